import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Answers: errors name the line and column")
struct AnswersErrorTests {
    /// An answers text after the demo header, with a `⟨` where the error is, and its message.
    static let cases: [(marked: String, message: String)] = [
        (
            "answers:\n  ⟨identit:\n    nom: Ville\n",
            "unknown key 'identit' in 'answers' (sections of the kit); did you mean 'identite'? "
                + "(expected: 'identite', 'projet')"
        ),
        (
            "answers:\n  identite:\n    ⟨popualtion: 12\n",
            "unknown key 'popualtion' in section 'identite'; did you mean 'population'? "
                + "(expected: 'nom', 'presentation', 'type', 'population', 'public')"
        ),
        (
            "answers:\n  identite:\n    population: ⟨beaucoup\n",
            "'identite.population' expects a whole number, found 'beaucoup'"
        ),
        (
            "answers:\n  identite:\n    population: ⟨12.5\n",
            "'identite.population' expects a whole number, found '12.5'"
        ),
        (
            "answers:\n  identite:\n    public: ⟨peut-être\n",
            "'identite.public' expects true or false (oui/non, yes/no), found 'peut-être'"
        ),
        (
            "answers:\n  projet:\n    ouverture: ⟨2026-02-30\n",
            "'projet.ouverture': the date 2026-02-30 does not exist in the calendar"
        ),
        ("answers:\n  identite:\n    nom: ⟨[a, b]\n", "'identite.nom' expects a text, found a list"),
        (
            "answers:\n  identite:\n    type: ⟨comune\n",
            "unknown choice 'comune' for 'identite.type'; did you mean 'commune'? (choices: commune, epci, etat)"
        ),
        (
            "answers:\n  projet:\n    modules: [idees, ⟨vot]\n",
            "unknown choice 'vot' for 'projet.modules'; did you mean 'vote'? (choices: idees, vote, budget_participatif)"
        ),
        ("answers:\n  projet:\n    modules: [idees, ⟨idees]\n", "choice 'idees' is listed twice in 'projet.modules'"),
        (
            "answers:\n  projet:\n    ponderation: {technique: 50, ⟨cout: 50}\n",
            "unknown choice 'cout' for 'projet.ponderation' (choices: technique, prix)"
        ),
        (
            "answers:\n  projet:\n    equipe:\n      - nom: Anne\n        ⟨rol: dpo\n",
            "unknown key 'rol' in an item of 'projet.equipe'; did you mean 'role'? (expected: 'nom', 'role', 'temps')"
        ),
        (
            "answers:\n  projet:\n    offres:\n      - candidate: A\n        scores: {⟨techniqe: 3}\n",
            "unknown criterion 'techniqe'; did you mean 'technique'? "
                + "(criteria: technique, fonctionnel, accessibilite, prix)"
        ),
    ]

    @Test(arguments: cases)
    func reportsTheProblemWhereItIs(marked: String, message: String) throws {
        let input = MarkedText(demoAnswersHeader + marked)
        let fixture = try AnswersFixture(input.text)
        #expect(fixture.errors(for: try demoKit()) == ["\(input.location(in: fixture.path)): error: \(message)"])
    }

    @Test func reportsEveryProblemOfTheFile() throws {
        let fixture = try AnswersFixture(
            demoAnswersHeader + "answers:\n  identite:\n    type: x\n    population: y\n  projet:\n    modules: z\n")
        let errors = fixture.errors(for: try demoKit())
        #expect(errors.count == 3)
        #expect(errors.map { $0.split(separator: ":")[1] } == ["6", "7", "9"])
    }

    @Test func answersForAnotherKit() throws {
        let input = MarkedText("kit: ⟨autre\nversion: \"2\"\nanswers: {}\n")
        let fixture = try AnswersFixture(input.text)
        #expect(
            fixture.errors(for: try demoKit()) == [
                "\(input.location(in: fixture.path)): error: these answers are for the kit 'autre', not 'demo'"
            ])
    }

    @Test func answersForAnotherVersion() throws {
        let input = MarkedText("kit: demo\nversion: ⟨\"1\"\nanswers: {}\n")
        let fixture = try AnswersFixture(input.text)
        #expect(
            fixture.errors(for: try demoKit()) == [
                "\(input.location(in: fixture.path)): error: these answers were written for version 1 of the kit "
                    + "'demo', but the kit found is version 2"
            ])
    }

    @Test func aLanguageTheKitDoesNotHave() throws {
        let input = MarkedText("kit: demo\nversion: \"2\"\nlanguage: ⟨de\n")
        let fixture = try AnswersFixture(input.text)
        #expect(
            fixture.errors(for: try demoKit()) == [
                "\(input.location(in: fixture.path)): error: Participe does not speak 'de': 'language' is one of fr, en"
            ])
    }

    @Test func aMissingHeader() throws {
        let input = MarkedText("⟨answers: {}\n")
        let fixture = try AnswersFixture(input.text)
        #expect(
            fixture.errors(for: try demoKit()) == [
                "\(input.location(in: fixture.path)): error: missing key 'kit' in an answers file",
                "\(input.location(in: fixture.path)): error: missing key 'version' in an answers file",
            ])
    }

    @Test func numbersAsPeopleTypeThem() throws {
        let fixture = try AnswersFixture(
            demoAnswersHeader + "answers:\n  identite:\n    population: 15 000\n  projet:\n    budget: \"1,82\"\n")
        let sheet = try fixture.decode(for: try demoKit()).get()
        #expect(sheet[QuestionPath("identite", "population")] == .number(15_000))
        #expect(sheet[QuestionPath("projet", "budget")] == .number(1.82))
    }

    @Test func anEmptyAnswerIsUnanswered() throws {
        let fixture = try AnswersFixture(
            demoAnswersHeader + "answers:\n  identite:\n    nom:\n    type: ~\n  projet:\n")
        let sheet = try fixture.decode(for: try demoKit()).get()
        #expect(sheet.values.isEmpty)
        #expect(sheet.locations["identite.nom"] != nil)
    }
}
