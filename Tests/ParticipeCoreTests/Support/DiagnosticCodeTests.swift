import Foundation
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

    @Test func everyProblemOfEveryBrokenKitHasACode() throws {
        for errorCase in KitLoaderErrorTests.cases {
            var files = errorCase.files.merging(["kit.yaml": errorCase.kit], uniquingKeysWith: { $1 })
            files[errorCase.markedFile] = files[errorCase.markedFile].map { MarkedText($0).text }
            let fixture = try KitFixture(files["kit.yaml"] ?? "", files: files.filter { $0.key != "kit.yaml" })
            let (diagnostics, _) = fixture.errors()
            #expect(!diagnostics.isEmpty, "\(errorCase.name)")
            for diagnostic in diagnostics {
                #expect(diagnostic.code != nil, "\(errorCase.name): \(diagnostic)")
            }
        }
    }

    @Test func everyProblemOfEveryBadAnswersFileHasACode() throws {
        let kit = try demoKit()
        let texts =
            AnswersErrorTests.cases.map { demoAnswersHeader + MarkedText($0.marked).text } + [
                "kit: autre\nversion: \"2\"\nanswers: {}\n", "kit: demo\nversion: \"1\"\nanswers: {}\n",
                "kit: demo\nversion: \"2\"\nlanguage: de\n", "answers: {}\n", "- a\n- b\n", "kit: [\n", "",
                demoAnswersHeader + "answers:\n  projet:\n    offres: 3\n",
            ]
        for text in texts {
            let fixture = try AnswersFixture(text)
            guard case .failure(let list) = fixture.decode(for: kit) else {
                Issue.record("no error for \(text)")
                continue
            }
            for diagnostic in list.diagnostics {
                #expect(diagnostic.code != nil, "\(diagnostic)")
            }
        }
        var texts2 = SourceTexts()
        let missing = try TemporaryDirectory().path + "/absent.yaml"
        #expect(throws: DiagnosticList.self) { try AnswersFile.read(missing, texts: &texts2) }
        do {
            _ = try AnswersFile.read(missing, texts: &texts2)
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.code == "yaml.cannot-read" })
        }
    }

    @Test func aMisspeltAnswerKeyHasTheCodeOfItsMessage() throws {
        let fixture = try AnswersFixture(demoAnswersHeader + "answers:\n  identite:\n    popluation: 12\n")
        var texts = SourceTexts()
        let decoded = try AnswersFile.read(fixture.path, texts: &texts).decodeValid(for: try demoKit())
        #expect(decoded.invalid.map(\.code) == ["decoding.unknown-key"])
    }

    @Test func matrixNotesInputErrorsAndWriteFailuresGiveCodedDiagnostics() throws {
        let note = MatrixDiagnostic(.note, .noPositiveWeight).diagnostic(in: .french)
        #expect(note.code == "matrix.no-positive-weight")
        #expect(note.severity == .note)
        let write = AtomicFileError(path: "out/cctp.docx", code: ENOSPC).diagnostic(in: .english)
        #expect(write.code == "file.cannot-write")
        #expect(write.message == AtomicFileError(path: "out/cctp.docx", code: ENOSPC).message(language: .english))
        let question = try #require(try demoKit().question(QuestionPath("identite", "population")))
        guard case .failure(let refused) = InterviewInput(language: .french).parse("1,5", for: question) else {
            Issue.record("1,5 is not a whole number")
            return
        }
        #expect(refused.diagnostic().code == "interview.whole-number-expected")
        #expect(refused.diagnostic().message == refused.message)
    }

    /// Codes are made of a table's name and a case's name: two cases of a table never share a name, and two
    /// tables never share a concern.
    @Test func codesAreUniquePerMessageCase() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../Sources"
        ).standardizedFileURL
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var concerns: [String: String] = [:]
        var tables = 0
        while let url = enumerator?.nextObject() as? URL {
            let name = url.deletingPathExtension().lastPathComponent
            guard url.pathExtension == "swift", name.hasSuffix("Message") || name.hasSuffix("Wording") else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            guard text.contains(" \(name): Wording") else { continue }
            tables += 1
            let concern = name.hasSuffix("Message") ? String(name.dropLast("Message".count)) : name
            #expect(concerns.updateValue(name, forKey: concern.lowercased()) == nil, "\(name)")
            // The table's own cases: those at the first level of indentation inside the enum.
            var seen: Set<String> = []
            for line in text.split(separator: "\n") where line.hasPrefix("    case ") {
                // `case a, b(x: Int, y: [String])`: the names outside the parentheses.
                var depth = 0
                var names = ""
                for character in line.dropFirst("    case ".count) {
                    if character == "(" || character == "[" { depth += 1 }
                    if depth == 0 { names.append(character) }
                    if character == ")" || character == "]" { depth -= 1 }
                }
                for part in names.split(separator: ",") {
                    let caseName = String(part.drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                    guard !caseName.isEmpty else { continue }
                    #expect(seen.insert(caseName.lowercased()).inserted, "\(name).\(caseName) twice")
                }
            }
        }
        #expect(tables >= 10)
    }
}
