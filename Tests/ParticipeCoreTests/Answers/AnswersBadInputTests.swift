import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Answers files: hostile input is refused with a clear message")
struct AnswersBadInputTests {
    private func readErrors(_ path: String) -> [String] {
        var texts = SourceTexts()
        do {
            _ = try AnswersFile.read(path, texts: &texts)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aFiftyMegabyteFileIsRefusedBySize() throws {
        let folder = try TemporaryDirectory()
        let line = "    nom: " + String(repeating: "x", count: 90) + "\n"
        let text =
            demoAnswersHeader + "answers:\n  identite:\n" + String(repeating: line, count: 50 * 1024 * 1024 / 100)
        let path = try folder.write(text, to: "answers.yaml")
        #expect(text.utf8.count > 50_000_000)
        #expect(
            readErrors(path) == [
                "\(path):1:1: error: file too large: \(text.utf8.count) bytes, the limit is \(YAMLReader.defaultMaximumSize) bytes"
            ])
    }

    @Test func aMissingFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("absent.yaml")
        #expect(readErrors(path) == ["\(path):1:1: error: cannot read '\(path)': no such file"])
    }

    @Test func anEmptyFile() throws {
        let fixture = try AnswersFixture("")
        #expect(
            readErrors(fixture.path) == ["\(fixture.path):1:1: error: an answers file must be a mapping, found nothing"]
        )
    }

    @Test func aListInsteadOfAMapping() throws {
        let fixture = try AnswersFixture("- kit: demo\n")
        #expect(
            readErrors(fixture.path) == ["\(fixture.path):1:1: error: an answers file must be a mapping, found a list"])
    }
}
