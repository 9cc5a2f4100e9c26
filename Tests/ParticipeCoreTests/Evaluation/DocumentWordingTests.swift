import ParticipeCore
import ParticipeTestSupport
import Testing

@Suite("The fixed words of documents, one table for values and writers")
struct DocumentWordingTests {
    @Test func datesUseTheTablesMonths() {
        let date = CalendarDate(iso: "2026-11-01") ?? CalendarDate(dayNumber: 0)
        #expect(ValueFormatter(language: .french).date(date) == "1er novembre 2026")
        #expect(ValueFormatter(language: .english).date(date) == "1 November 2026")
        #expect(DocumentWording.month(8).french == "août")
        #expect(DocumentWording.date(day: 15, month: 1, year: 2025).english == "15 January 2025")
    }

    @Test func numbersTimesAndUnitsFollowTheLanguage() {
        let french = ValueFormatter(language: .french)
        let english = ValueFormatter(language: .english)
        #expect(french.number(15_000.5) == "15\u{00A0}000,5")
        #expect(english.number(15_000.5) == "15,000.5")
        #expect(french.number(1.5e18) == "1,5 × 10^18")
        #expect(english.number(-1.5e18) == "-1.5 × 10^18")
        #expect(french.time(19 * 60) == "19 h")
        #expect(french.time(9 * 60 + 5) == "9 h 05")
        #expect(english.time(9 * 60 + 5) == "09:05")
        #expect(french.withUnit("12", "%") == "12\u{00A0}%")
        #expect(english.withUnit("12", "%") == "12%")
        #expect(english.withUnit("3", "km") == "3\u{00A0}km")
        #expect(french.boolean(true) == "oui" && english.boolean(false) == "no")
    }

    @Test func labelsOfTemplatesAndWriters() {
        #expect(DocumentWording.unanswered.french == "non renseigné")
        #expect(KitWording.severity(.blocker).english == "Blocker")
        #expect(KitWording.priority(.souhaitable).english == "Scored")
        #expect(DocumentWording.contents.french == "Sommaire")
        #expect(DocumentWording.skipLink.english == "Skip to content")
        #expect(DocumentWording.labelled(label: "Prix", value: "40").french == "Prix : 40")
        #expect(DocumentWording.labelled(label: "Price", value: "40").english == "Price: 40")
    }

    @Test func whatIsMissingAndProvisionalDocuments() {
        #expect(DocumentWording.toBeSpecified("date d'ouverture").french == "[à préciser : date d'ouverture]")
        #expect(DocumentWording.toBeSpecified("opening date").english == "[to be specified: opening date]")
        #expect(
            DocumentWording.provisional(blocking: 57).french
                == "**Document provisoire : 57 points bloquants** — voir le diagnostic.")
        #expect(
            DocumentWording.provisional(blocking: 1).french
                == "**Document provisoire : 1 point bloquant** — voir le diagnostic.")
        #expect(
            DocumentWording.provisional(blocking: 2).english
                == "**Provisional document: 2 blocking points** — see the diagnostic.")
    }
}

/// Where a reader looks for what an answer says (a traceability annex, a diff, a review), a list is shown by its
/// items and offers by their candidates, not counted.
@Suite struct ListAnswerItemsTests {
    @Test func aListIsShownByTheFirstFieldOfItsItems() throws {
        var texts = SourceTexts()
        let kit = try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/outil-numerique", texts: &texts)
        let formatter = ValueFormatter(language: .french)
        let team = try #require(kit.question(QuestionPath("equipe", "membres")))
        let field = try #require(team.fields.first?.id)
        let members: Value = .list([
            .record([field: .text("Gaëlle Tanguy")]), .record([field: .text("Yannick Morvan")]),
        ])
        #expect(formatter.items(members, for: team) == "Gaëlle Tanguy, Yannick Morvan")
        #expect(formatter.answer(members, for: team) == "2")
        // An item without its first field: the list is counted, as before.
        #expect(formatter.items(.list([.record([:])]), for: team) == "1")
        let offers = try #require(kit.question(QuestionPath("marche", "offres")))
        let rows: Value = .list([.record(["candidate": .text("Civilab")]), .record(["candidate": .text("Votéo")])])
        #expect(formatter.items(rows, for: offers) == "Civilab, Votéo")
    }
}
