import Foundation
import ParticipeTestSupport
import Testing

/// Every command that reports problems gives them all as JSON, with stable codes, and one exit status.
@Suite("Diagnostics as JSON and exit status")
struct DiagnosticsOutputTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    @Test func lintAsJSONListsWarningsAndErrorsWithTheirCodes() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            "id: k\nversion: 1\nlanguages: [fr, en]\ntitle: {fr: Titre}\nsections: [{id: s, title: S, questions: [{id: q, type: text, label: Q}]}]\n",
            to: "k/kit.yaml")
        let warned = try runParticipe(["lint", folder.path("k"), "--format", "json"])
        #expect(warned.exitCode == 0)
        #expect(warned.stderr == "")
        let found = try #require(try json(warned.stdout)["diagnostics"] as? [[String: Any]])
        #expect(found.count == 2)
        #expect(found.first?["severity"] as? String == "warning")
        #expect(found.first?["line"] as? Int == 4)
        // Nothing reads the question: a note, with its code, which `--strict` lets pass.
        #expect(found.last?["severity"] as? String == "note")
        #expect(found.last?["code"] as? String == "analysis.question-unused")
        #expect(try runParticipe(["lint", folder.path("k"), "--format", "json", "--strict"]).exitCode == 1)

        try folder.write("id: k\nversion: 1\nlanguages: [fr]\ntitle: T\nsections: *x\n", to: "bad/kit.yaml")
        let broken = try runParticipe(["lint", folder.path("bad"), "--format", "json"])
        #expect(broken.exitCode == 1)
        #expect(broken.stderr == "")
        let errors = try #require(try json(broken.stdout)["diagnostics"] as? [[String: Any]])
        #expect(errors.first?["severity"] as? String == "error")
        #expect(errors.first?["line"] as? Int == 5)
        #expect(errors.first?["column"] as? Int == 11)
    }

    @Test func generateReportsTheFilesWrittenAndEveryDiagnostic() throws {
        let folder = try TemporaryDirectory()
        let result = try participe(
            "generate", demoAnswers, "-o", folder.path("out"), "--format", "md", "--report", "json", "--date",
            "2026-11-27")
        #expect(result.exitCode == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        let written = try #require(report["written"] as? [String])
        #expect(!written.isEmpty)
        #expect(written.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.allSatisfy { ($0["code"] as? String)?.isEmpty == false })
        #expect(report["failure"] == nil)
    }

    @Test func generateAsJSONSaysWhatFailed() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a file, not a folder", to: "blocker")
        let result = try participe(
            "generate", demoAnswers, "-o", folder.path("blocker/out"), "--format", "md", "--report", "json", "--lang",
            "en")
        #expect(result.exitCode == 2)
        let report = try json(result.stdout)
        #expect((report["failure"] as? String)?.contains("blocker") == true)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { ($0["code"] as? String)?.hasPrefix("file.") == true }, "\(diagnostics)")
        #expect((report["written"] as? [String]) == [])
    }

    @Test func anUnknownOptionExits64() throws {
        let result = try participe("check", demoAnswers, "--no-such-option")
        #expect(result.exitCode == 64)
    }
}
