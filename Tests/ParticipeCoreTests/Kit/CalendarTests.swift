import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// A kit's calendars list their milestones in date order, whatever order the answers give the dates; a milestone
/// whose date is not known keeps its place.
@Suite("Kit calendars")
struct CalendarTests {
    static let sections = """
        sections:
          - id: dates
            title: Dates
            questions:
              - {id: ouverture, type: date, label: Ouverture}
              - {id: decision, type: date, label: Décision}
              - {id: restitution, type: date, label: Restitution}
              - {id: evaluation, type: boolean, label: Évaluation}
              - {id: rapport, type: date, label: Rapport}

        """

    static let calendars = """
        calendars:
          - id: demarche
            milestones:
              - {label: Ouverture, date: dates.ouverture}
              - {label: Décision, date: dates.decision}
              - {label: Restitution, date: dates.restitution}
              - {label: Rapport, date: dates.rapport, when: dates.evaluation}
              - {label: Bilan, date: "dates.ouverture + 60"}

        """

    static func milestones(_ answers: [String: Value]) throws -> [String] {
        let kit = try KitFixture(kitText(sections: Self.sections, Self.calendars)).load()
        var sheet = AnswerSheet(for: kit)
        for (id, value) in answers { sheet[QuestionPath("dates", id)] = value }
        let evaluation = Evaluation(kit: kit, sheet: sheet, language: .french, today: testToday)
        let calendar = try #require(kit.calendars.first)
        return evaluation.milestones(of: calendar).map { milestone, date in
            "\(milestone.label.resolve(.french)) \(date?.description ?? "?")"
        }
    }

    static func date(_ iso: String) -> Value { CalendarDate(iso: iso).map(Value.date) ?? .null }

    @Test func milestonesAreInDateOrder() throws {
        // The decision planned before the restitution comes first, as does the report of the evaluation.
        let listed = try Self.milestones([
            "ouverture": Self.date("2027-04-12"), "decision": Self.date("2027-12-13"),
            "restitution": Self.date("2027-11-27"), "evaluation": .boolean(true), "rapport": Self.date("2027-05-01"),
        ])
        #expect(
            listed == [
                "Ouverture 2027-04-12", "Rapport 2027-05-01", "Bilan 2027-06-11", "Restitution 2027-11-27",
                "Décision 2027-12-13",
            ])
    }

    @Test func aMilestoneWithoutADateKeepsItsPlaceAndOneWhoseWhenFailsIsLeftOut() throws {
        let listed = try Self.milestones([
            "ouverture": Self.date("2027-04-12"), "restitution": Self.date("2027-03-01"), "evaluation": .boolean(false),
        ])
        #expect(listed == ["Restitution 2027-03-01", "Décision ?", "Ouverture 2027-04-12", "Bilan 2027-06-11"])
    }

    @Test func aMilestoneDateThatIsNotADateIsAnErrorAtItsPlace() throws {
        let marked = MarkedText(
            kitText(
                sections: Self.sections,
                """
                calendars:
                  - id: demarche
                    milestones:
                      - {label: Évaluation, date: ⟨dates.evaluation}

                """))
        let fixture = try KitFixture(marked.text)
        let messages = fixture.errors().diagnostics.map(\.description)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("\(marked.location(in: fixture.kitFile)): error:") == true, "\(messages)")
        #expect(messages.first?.contains("date") == true, "\(messages)")
    }

    @Test func aCalendarIdGivenTwiceAndAnUnknownKeyAreErrors() throws {
        let fixture = try KitFixture(
            kitText(
                sections: Self.sections,
                """
                calendars:
                  - {id: demarche, milestones: [{label: A, date: dates.ouverture, quand: oui}]}
                  - {id: demarche, milestones: []}

                """))
        let messages = fixture.errors().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("duplicate calendar id 'demarche'") }, "\(messages)")
        #expect(messages.contains { $0.contains("quand") }, "\(messages)")
    }
}

/// A choice's form inside a sentence: kit texts that interpolate an answer use it, tables keep the label.
@Suite("Choices inside sentences")
struct ChoiceInSentenceTests {
    static let kit = """
        id: t
        version: "1"
        languages: [fr, en]
        title: Test
        sections:
          - id: equipe
            title: Équipe
            questions:
              - id: moderation
                type: single
                label: {fr: Qui modère, en: Who moderates}
                choices:
                  - id: agents
                    label: {fr: Des agents de la collectivité, en: Staff of the body}
                    in_sentence: {fr: des agents de la collectivité, en: staff of the body}
                  - {id: prestataire, label: {fr: Le prestataire, en: The provider}}
        rules:
          - id: qui
            severity: advice
            when: "equipe.moderation != null"
            message: {fr: "Les modérateurs ({{ equipe.moderation }}) publient la charte.", en: "The moderators ({{ equipe.moderation }}) publish the charter."}

        """

    static func evaluation(_ choice: String, _ language: Language) throws -> Evaluation {
        let kit = try KitFixture(Self.kit).load()
        var sheet = AnswerSheet(for: kit)
        sheet[QuestionPath("equipe", "moderation")] = .text(choice)
        return Evaluation(kit: kit, sheet: sheet, language: language, today: testToday)
    }

    @Test func anInterpolatedChoiceTakesItsFormInsideASentence() throws {
        let french = try Self.evaluation("agents", .french)
        #expect(
            french.diagnostics.map(\.message).contains(
                "Les modérateurs (des agents de la collectivité) publient la charte."))
        let english = try Self.evaluation("agents", .english)
        #expect(english.diagnostics.map(\.message).contains("The moderators (staff of the body) publish the charter."))
        // Without a form of its own, the label.
        let provider = try Self.evaluation("prestataire", .french)
        #expect(provider.diagnostics.map(\.message).contains("Les modérateurs (Le prestataire) publient la charte."))
    }

    @Test func theFormatterGivesTheLabelOrTheFormInsideASentence() throws {
        let evaluation = try Self.evaluation("agents", .french)
        let question = try #require(evaluation.kit.question(QuestionPath("equipe", "moderation")))
        let formatter = ValueFormatter(language: .french)
        #expect(formatter.answer(.text("agents"), for: question) == "Des agents de la collectivité")
        #expect(formatter.answer(.text("agents"), for: question, inSentence: true) == "des agents de la collectivité")
    }
}
