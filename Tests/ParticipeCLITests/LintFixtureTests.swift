import Foundation
import ParticipeTestSupport
import Testing

/// Each kit of `Tests/Fixtures/lint` is made to hold kinds of mistakes; `participe lint` must report exactly the
/// diagnostics of its `expected.txt` (in English) and, where there is one, its `expected.fr.txt`, positions
/// included, and exit as they say: 1 with an error, 0 otherwise, 1 with a warning under `--strict`.
@Suite("participe lint on kits made to hold mistakes")
struct LintFixtureTests {
    static let folder = Fixtures.path("lint")
    static let kits = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    /// The diagnostic lines of lint's output: `path:line:column: severity: message`, without the source lines.
    static func diagnostics(_ output: String) -> String {
        output.split(separator: "\n").filter { line in
            line.wholeMatch(of: /\S+:\d+:\d+: (error|warning|note): .*/) != nil
        }.map { $0 + "\n" }.joined()
    }

    @Test func everyKindOfMistakeHasAFixture() {
        #expect(Self.kits == ["errors", "migration-gaps", "migrations", "never-holds", "templates", "texts"])
    }

    @Test(arguments: kits)
    func reportsExactlyWhatIsExpected(_ kit: String) throws {
        for (language, file) in [("en", "expected.txt"), ("fr", "expected.fr.txt")] {
            let path = "\(Self.folder)/\(kit)/\(file)"
            guard FileManager.default.fileExists(atPath: path) else {
                #expect(language == "fr", "\(kit) has no \(file)")
                continue
            }
            let expected = try String(contentsOfFile: path, encoding: .utf8)
            let result = try runParticipe(["lint", kit, "--lang", language], in: Self.folder)
            assertLines(Self.diagnostics(result.stderr), expected, "\(kit), \(language)")
            let hasError = expected.contains(": error: ")
            #expect(result.exitCode == (hasError ? 1 : 0), "\(kit): \(result.stderr)")
            let strict = try runParticipe(["lint", kit, "--strict", "--lang", language], in: Self.folder)
            #expect(strict.exitCode == (hasError || expected.contains(": warning: ") ? 1 : 0))
        }
    }
}
