import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Diagnostics: one type with a stable code for every problem")
struct DiagnosticCodeTests {
    @Test func aTableMessageCarriesItsCode() {
        #expect(YAMLMessage.mergeKey.code == "yaml.merge-key")
        #expect(YAMLMessage.tooDeep(limit: 64).code == "yaml.too-deep")
        #expect(YAMLMessage.controlCharacter("\u{1}").code == "yaml.control-character")
        let diagnostic = Diagnostic(YAMLMessage.alias, in: .french, at: nil)
        #expect(diagnostic.code == "yaml.alias")
        #expect(diagnostic.message == "les alias YAML (*nom) ne sont pas acceptés : écrivez la valeur en entier")
    }

    @Test func invalidAnswersAndFiredRulesAreDiagnostics() throws {
        let (evaluation, fixture) = try evaluation(
            ofAnswers: demoAnswersHeader + "answers:\n  identite:\n    type: epci\n  projet:\n    maturite: 0\n",
            kit: try demoKit(), language: .english)
        let diagnostics = evaluation.diagnostics
        let outOfRange = try #require(diagnostics.first { $0.code == "validation.out-of-range" })
        #expect(outOfRange.severity == .error)
        #expect(outOfRange.location?.file == fixture.path)
        #expect(outOfRange.location?.line == 8)
        #expect(diagnostics.contains { $0.code == "validation.missing-required" })
        let rules = diagnostics.filter { $0.code?.hasPrefix("rule.") == true }
        #expect(rules.count == evaluation.firedRules.count)
        #expect(rules.map(\.message) == evaluation.firedRules.map(\.message.description))
        for (rule, fired) in zip(rules, evaluation.firedRules) {
            #expect(rule.code == "rule.\(fired.rule.id)")
            let expected: Diagnostic.Severity =
                fired.rule.severity == .blocker ? .error : fired.rule.severity == .warning ? .warning : .note
            #expect(rule.severity == expected)
        }
    }

    @Test func aMisspeltKeyLeavesTheOtherAnswersReadable() throws {
        let kit = try demoKit()
        let fixture = try AnswersFixture(
            demoAnswersHeader + "answers:\n  identite:\n    nom: Ville\n    popluation: 12\n    type: commune\n")
        var texts = SourceTexts()
        let file = try AnswersFile.read(fixture.path, texts: &texts)
        let decoded = try file.decodeValid(for: kit)
        #expect(decoded.sheet[QuestionPath("identite", "nom")] == .text("Ville"))
        #expect(decoded.sheet[QuestionPath("identite", "type")] == .text("commune"))
        #expect(decoded.invalid.count == 1)
        #expect(decoded.invalid.first?.location?.line == 7)
        #expect(decoded.invalid.first?.message.contains("did you mean 'population'") == true)
        #expect(throws: DiagnosticList.self) { try file.decode(for: kit) }
    }
}
