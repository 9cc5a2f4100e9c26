import Foundation
import ParticipeCore
import ParticipeTestSupport
import Testing

/// `participe generate --final`: documents meant to go out are written only when no blocking point remains.
@Suite("participe generate --final")
struct FinalGenerateTests {
    /// An answers file for a shipped kit with nothing answered: every required question blocks.
    static func emptyAnswers(for kit: String, in folder: TemporaryDirectory) throws -> String {
        var texts = SourceTexts()
        let version = try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/" + kit, texts: &texts).version
        return try folder.write(
            "kit: \(kit)\nversion: \"\(version)\"\nlanguage: fr\nanswers: {}\n", to: "\(kit).yaml")
    }

    @Test(arguments: ["outil-numerique", "tribunal-generations-futures"])
    func refusesAndWritesNothingWhileBlockersRemain(kit: String) throws {
        let folder = try TemporaryDirectory()
        let answers = try Self.emptyAnswers(for: kit, in: folder)
        let templates = Fixtures.packageRoot + "/Templates"
        let check = try runParticipe(["check", answers, "--templates", templates])
        #expect(check.exitCode == 1)
        let result = try runParticipe([
            "generate", answers, "--final", "-o", folder.path("out"), "--templates", templates, "--date", "2026-11-27",
        ])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty, "no path printed: \(result.stdout)")
        #expect(result.stderr.contains(#/--final : il reste \d+ point\(s\) bloquant\(s\) ; aucun document écrit/#))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")), "nothing written, not even the folder")

        let english = try runParticipe([
            "generate", answers, "--final", "-o", folder.path("out"), "--templates", templates, "--lang", "en",
        ])
        #expect(english.exitCode == 1)
        #expect(english.stderr.contains(#/--final: \d+ blocking point\(s\) remain; no document written/#))

        let json = try runParticipe([
            "generate", answers, "--final", "-o", folder.path("out"), "--templates", templates, "--report", "json",
        ])
        #expect(json.exitCode == 1)
        #expect(json.stdout.contains("\"failure\"") && json.stdout.contains("\"diagnostics\""), "\(json.stdout)")
        #expect(json.stdout.contains("aucun document écrit"), "\(json.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))

        // Without --final the same file is written, each document saying it is provisional.
        let provisional = try runParticipe([
            "generate", answers, "-o", folder.path("out"), "--templates", templates, "--format", "md",
        ])
        #expect(provisional.exitCode == 0)
        let first = try #require(try folder.contents("out").first { $0.hasSuffix(".md") })
        #expect(try folder.read("out/" + first).hasPrefix("> **Document provisoire : "))
    }

    @Test func writesWhenNothingBlocks() throws {
        let folder = try TemporaryDirectory()
        let result = try participe(
            "generate", demoAnswers, "--final", "-o", folder.path, "--date", "2026-11-27", "--format", "md")
        assertResult(result, exitCode: 0, stdout: "\(folder.path)/synthese.md\n", stderr: "")
        #expect(try folder.read("synthese.md").hasPrefix("# "), "no provisional note")
    }
}
