import Foundation
import ParticipeTestSupport
import Testing

/// `participe ask` on a file from `participe new`: each save changes the lines of the answer given, nothing else.
@Suite struct AskKeepsCommentsTests {
    @Test func aNewFileKeepsItsCommentsAndTheBuyersNoteAfterAnAnswer() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("a.yaml")
        #expect(try participe("new", "demo", "-o", path, "--lang", "fr").exitCode == 0)
        var lines = try folder.read("a.yaml").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let nom = try #require(lines.firstIndex(of: "    nom:"))
        lines.insert("    # à valider avec la DG", at: nom + 1)
        let before = lines.joined(separator: "\n")
        _ = try folder.write(before, to: "a.yaml")

        let run = try runParticipe(
            ["ask", "a.yaml", "--templates", Fixtures.kits, "--date", "2026-01-15"], stdin: "Ville de Test\n:q\n",
            environment: ["LANG": "fr_FR.UTF-8", "NO_COLOR": "1"], in: folder.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let after = try folder.read("a.yaml")
        var expected = lines
        expected[nom] = "    nom: Ville de Test"
        assertLines(after, expected.joined(separator: "\n"))
        #expect(after.split(separator: "\n").count { $0.contains("#") } > 10)
    }
}
