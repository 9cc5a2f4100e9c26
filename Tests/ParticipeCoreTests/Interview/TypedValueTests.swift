import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// Dates and numbers read the same typed at the prompt and written in the answers file, in the forms the
/// interview shows its defaults in.
@Suite struct TypedValueTests {
    let french = InterviewInput(language: .french)
    let english = InterviewInput(language: .english)
    let firstOfFebruary = CalendarDate(year: 2027, month: 2, day: 1)

    @Test(arguments: ["2027-02-01", "01/02/2027", "1/2/2027", "1er février 2027", "1 février 2027", "1er fevrier 2027"])
    func frenchDates(_ text: String) {
        #expect(french.date(text) == firstOfFebruary)
        #expect(CalendarDate(reading: text) == firstOfFebruary)
    }

    @Test(arguments: ["2027-02-01", "1 February 2027", "1 february 2027", "1er février 2027"])
    func englishDates(_ text: String) {
        #expect(english.date(text) == firstOfFebruary)
    }

    @Test func theDefaultShownIsReadBack() throws {
        let date = try #require(firstOfFebruary)
        for language in [Language.french, .english] {
            let shown = ValueFormatter(language: language).date(date)
            #expect(InterviewInput(language: language).date(shown) == date)
        }
    }

    @Test func slashesAreDayFirstAndOnlyInFrenchAtThePrompt() {
        #expect(french.date("01/03/2027") == CalendarDate(year: 2027, month: 3, day: 1))
        #expect(english.date("01/03/2027") == nil)
        #expect(french.date("31/02/2027") == nil)
        #expect(french.date("32 janvier 2027") == nil)
        #expect(french.date("1 brumaire 2027") == nil)
        #expect(CalendarDate.hasDateShape("31/02/2027"))
        #expect(!CalendarDate.hasDateShape("demain"))
    }

    @Test func aDateThatDoesNotExistIsNamed() throws {
        let question = try DemoKit.question("projet.ouverture")
        guard case .failure(let error) = french.parse("31/02/2027", for: question) else {
            Issue.record("31/02/2027 accepted")
            return
        }
        #expect(error.code == "interview.date-does-not-exist")
    }

    @Test func numbersTypedWithTheirUnit() throws {
        let budget = try DemoKit.question("projet.budget")
        #expect(french.parse("12 500 €", for: budget) == .success(.number(12_500)))
        #expect(french.parse("12\u{00A0}500\u{00A0}€", for: budget) == .success(.number(12_500)))
        #expect(english.parse("12,500 €", for: budget) == .success(.number(12_500)))
        #expect(french.parse("12500€", for: budget) == .success(.number(12_500)))
        let population = try DemoKit.question("identite.population")
        #expect(french.parse("3 000 habitants", for: population) == .success(.number(3_000)))
        #expect(english.parse("3,000 inhabitants", for: population) == .success(.number(3_000)))
        #expect(french.parse("3 000 €", for: population) != .success(.number(3_000)))
        #expect(french.parse("3000habitants", for: population) != .success(.number(3_000)))
    }

    @Test func theNumberShownWithItsUnitIsReadBack() throws {
        let budget = try DemoKit.question("projet.budget")
        for language in [Language.french, .english] {
            let shown = ValueFormatter(language: language).answer(.number(12_500), for: budget)
            #expect(InterviewInput(language: language).parse(shown, for: budget) == .success(.number(12_500)))
        }
    }

    @Test func theAnswersFileReadsTheSameForms() throws {
        let kit = try DemoKit.load()
        let fixture = try AnswersFixture(
            """
            kit: demo
            version: "2"
            answers:
              identite:
                population: 3 000 habitants
              projet:
                budget: 12 500 €
                ouverture: 1er février 2027
                cloture: 01/03/2027
            """)
        let sheet = try fixture.decode(for: kit).get()
        #expect(sheet[QuestionPath("identite", "population")] == .number(3_000))
        #expect(sheet[QuestionPath("projet", "budget")] == .number(12_500))
        #expect(sheet[QuestionPath("projet", "ouverture")] == firstOfFebruary.map(Value.date))
        #expect(sheet[QuestionPath("projet", "cloture")] == CalendarDate(year: 2027, month: 3, day: 1).map(Value.date))
    }

    @Test func theAnswersFileNamesADateThatDoesNotExist() throws {
        let kit = try DemoKit.load()
        let fixture = try AnswersFixture(
            "kit: demo\nversion: \"2\"\nanswers:\n  projet:\n    ouverture: 31/02/2027\n")
        let errors = fixture.errors(for: kit)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("31/02/2027") == true)
    }
}
