import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// `exclusive: true` on a choice: read by the kit loader for `multiple` questions, refused elsewhere, and checked
/// by the validator that both the interview and `check` use.
@Suite struct ExclusiveChoiceKitTests {
    static func load(_ type: String) throws -> Result<Kit, DiagnosticList> {
        let folder = try TemporaryDirectory()
        _ = try folder.write(
            """
            id: outils
            version: "1"
            languages: [fr, en]
            title: Outils
            sections:
              - id: s
                title: Section
                questions:
                  - id: outils
                    type: \(type)
                    label: Outils
                    choices:
                      - {id: tableur, label: Tableur}
                      - {id: aucun, label: {fr: Aucun, en: None}, exclusive: true}
            """, to: "outils/kit.yaml")
        var texts = SourceTexts()
        do {
            return .success(try KitLoader().load(directory: folder.path("outils"), texts: &texts))
        } catch {
            return .failure(error)
        }
    }

    @Test func aMultipleQuestionKeepsTheFlag() throws {
        let kit = try Self.load("multiple").get()
        let path = try #require(QuestionPath("s.outils"))
        let question = try #require(kit.question(path))
        #expect(question.choice("aucun")?.exclusive == true)
        #expect(question.choice("tableur")?.exclusive == false)
    }

    @Test func anotherTypeIsAKitError() throws {
        guard case .failure(let list) = try Self.load("single") else {
            Issue.record("a single question took 'exclusive'")
            return
        }
        #expect(list.diagnostics.contains { $0.code == "kit.exclusive-outside-multiple" })
    }

    @Test func theValidatorNamesTheExclusiveChoiceInEitherLanguage() throws {
        let kit = try Self.load("multiple").get()
        let path = try #require(QuestionPath("s.outils"))
        let question = try #require(kit.question(path))
        let both = Value.list([.text("tableur"), .text("aucun")])
        let french = AnswerValidator(kit: kit, sheet: AnswerSheet(for: kit), language: .french)
        #expect(
            french.problems(both, question: question, key: "s.outils").map(\.1) == [
                "« Aucun » se choisit seul, sans autre choix"
            ])
        let english = AnswerValidator(kit: kit, sheet: AnswerSheet(for: kit), language: .english)
        #expect(
            english.problems(both, question: question, key: "s.outils").map(\.1) == [
                "'None' is chosen alone, with no other choice"
            ])
        #expect(french.problems(.list([.text("aucun")]), question: question, key: "s.outils").isEmpty)
    }
}
