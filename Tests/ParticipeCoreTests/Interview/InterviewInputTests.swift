import Testing

@testable import ParticipeCore

@Suite struct InterviewInputTests {
    let french = InterviewInput(language: .french)
    let english = InterviewInput(language: .english)

    @Test func numbersWithFrenchAndEnglishSeparators() {
        #expect(french.number("12 500") == 12_500)
        #expect(french.number("12\u{202F}500") == 12_500)
        #expect(french.number("1,5") == 1.5)
        #expect(french.number("1.5") == 1.5)
        #expect(french.number("1,500") == 1.5)
        #expect(english.number("1,500") == 1_500)
        #expect(english.number("12,500.25") == 12_500.25)
        #expect(english.number("1,5") == 1.5)
        #expect(french.number("douze") == nil)
        #expect(french.number("") == nil)
    }

    @Test(arguments: ["oui", "o", "Yes", "y", "true", "vrai"]) func yes(_ text: String) {
        #expect(french.boolean(text) == true)
    }

    @Test(arguments: ["non", "N", "no", "false", "faux"]) func no(_ text: String) {
        #expect(french.boolean(text) == false)
    }

    @Test func dates() {
        #expect(french.date("2026-03-01") == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(french.date("01/03/2026") == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(french.date("1/3/2026") == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(french.date("31/02/2026") == nil)
        #expect(english.date("01/03/2026") == nil)
        #expect(english.date("2026-03-01") != nil)
    }

    @Test func integersRefuseDecimals() throws {
        let question = try DemoKit.question("identite.population")
        #expect(french.parse("12 500", for: question) == .success(.number(12_500)))
        #expect(
            french.parse("1,5", for: question)
                == .failure(
                    InterviewInputError(
                        message: "un nombre entier est attendu", code: "interview.whole-number-expected"))
        )
        #expect(
            english.parse("abc", for: question)
                == .failure(
                    InterviewInputError(message: "a whole number is expected", code: "interview.whole-number-expected"))
        )
    }

    @Test func singleChoiceByNumberOrId() throws {
        let question = try DemoKit.question("identite.type")
        #expect(french.parse("2", for: question) == .success(.text("epci")))
        #expect(french.parse("etat", for: question) == .success(.text("etat")))
        #expect(french.parse("Commune", for: question) == .success(.text("commune")))
        #expect(
            french.parse("4", for: question)
                == .failure(
                    InterviewInputError(
                        message: "choisissez un numéro entre 1 et 3", code: "interview.choice-number-out-of-range")))
        guard case .failure(let error) = french.parse("mairie", for: question) else {
            Issue.record("an unknown choice is refused")
            return
        }
        #expect(error.message.contains("choix inconnu « mairie »"))
    }

    @Test func multipleWithCommasOrSpaces() throws {
        let question = try DemoKit.question("projet.modules")
        let expected = Value.list([.text("idees"), .text("budget_participatif")])
        #expect(french.parse("1,3", for: question) == .success(expected))
        #expect(french.parse("1 3", for: question) == .success(expected))
        #expect(french.parse(" 1 ; budget_participatif ", for: question) == .success(expected))
        #expect(
            french.parse("1, 1", for: question)
                == .failure(InterviewInputError(message: "« 1 » est donné deux fois", code: "interview.given-twice")))
    }

    @Test func rankingIsAnOrder() throws {
        let question = try DemoKit.question("projet.priorites")
        #expect(
            french.parse("2 1 3", for: question)
                == .success(.list([.text("tracer"), .text("toucher"), .text("decider")])))
    }

    @Test func pointsOnOneLine() throws {
        let question = try DemoKit.question("projet.ponderation")
        #expect(
            french.parse("70 30", for: question) == .success(.record(["technique": .number(70), "prix": .number(30)])))
        #expect(french.parse("70", for: question).isFailure)
    }

    @Test func textKeepsTheLineAndEmptyIsRefused() throws {
        let question = try DemoKit.question("identite.nom")
        #expect(french.parse("  Ville de Lorient ", for: question) == .success(.text("Ville de Lorient")))
        #expect(
            french.parse("   ", for: question)
                == .failure(InterviewInputError(message: "une réponse est attendue", code: "interview.answer-expected"))
        )
    }

    @Test func commands() {
        #expect(InterviewCommand(line: "<") == .back)
        #expect(InterviewCommand(line: " > ") == .skip)
        #expect(InterviewCommand(line: ":Q") == .quit)
        #expect(InterviewCommand(line: ":retour") == .back)
        #expect(InterviewCommand(line: "?") == .help)
        #expect(InterviewCommand(line: "oui") == nil)
        #expect(InterviewCommand.summary(language: .english).count == InterviewCommand.allCases.count)
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
