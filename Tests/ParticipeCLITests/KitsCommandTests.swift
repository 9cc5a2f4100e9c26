import Foundation
import ParticipeTestSupport
import Testing

@Suite("participe kits")
struct KitsCommandTests {
    @Test func listsTheKitsAsText() throws {
        assertResult(
            try participe("kits"), exitCode: 0,
            stdout: """
                demo (version 2) — Kit de démonstration
                  langues : fr, en · \(kitsFolder)/demo
                  2 sections, 15 questions, 3 règles, 7 valeurs calculées, 1 document
                  catalogues : criteres 4, exigences 2

                """, stderr: "")
    }

    @Test func inEnglish() throws {
        let result = try participe("kits", "--lang", "en")
        assertResult(
            result, exitCode: 0,
            stdout: """
                demo (version 2) — Demonstration kit
                  languages: fr, en · \(kitsFolder)/demo
                  2 sections, 15 questions, 3 rules, 7 computed values, 1 document
                  catalogues: criteres 4, exigences 2

                """)
    }

    @Test func asJSON() throws {
        let result = try participe("kits", "--format", "json")
        assertResult(result, exitCode: 0, stderr: "")
        let kits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let demo = try #require(kits.first)
        #expect(kits.count == 1)
        #expect(demo["id"] as? String == "demo")
        #expect(demo["version"] as? String == "2")
        #expect(demo["languages"] as? [String] == ["fr", "en"])
        #expect(demo["sections"] as? Int == 2)
        #expect(demo["questions"] as? Int == 15)
        #expect(demo["rules"] as? Int == 3)
        #expect(demo["computed"] as? Int == 7)
        #expect(demo["grids"] as? Int == 1)
        #expect(demo["matrices"] as? Int == 1)
        #expect(demo["documents"] as? Int == 1)
        #expect(demo["glossary"] as? Int == 1)
        #expect(demo["misconceptions"] as? Int == 1)
        #expect(demo["catalogues"] as? [String: Int] == ["criteres": 4, "exigences": 2])
    }

    @Test func noKitFound() throws {
        let folder = try TemporaryDirectory()
        // Then the share folder beside the binary.
        let result = try runParticipe(["kits", "--templates", folder.path])
        assertResult(result, exitCode: 0, stderr: "")
        #expect(result.stdout.hasPrefix("Aucun kit trouvé dans : \(folder.path), Templates, "))
        #expect(result.stdout.hasSuffix("/share/participe/Templates\n"))
    }

    @Test func theTemplatesEnvironmentVariableIsHonoured() throws {
        let result = try runParticipe(
            ["kits", "--format", "json"], environment: ["PARTICIPE_TEMPLATES": "/nonexistent:" + kitsFolder])
        assertResult(result, exitCode: 0)
        #expect(result.stdout.contains("\"id\" : \"demo\""))
        // And for the commands that find a kit by id.
        assertResult(
            try runParticipe(
                ["check", demoAnswers, "--date", "2026-11-27"], environment: ["PARTICIPE_TEMPLATES": kitsFolder]),
            exitCode: 0)
    }

    @Test func anInvalidKitAmongTheKitsExits2() throws {
        let folder = try TemporaryDirectory()
        try folder.write("id: casse\nversion: 1\n", to: "casse/kit.yaml")
        let result = try runParticipe(["kits", "--templates", folder.path, "--templates", kitsFolder])
        assertResult(result, exitCode: 2)
        #expect(result.stdout.hasPrefix("demo (version 2)"))
        #expect(result.stderr.contains("\(folder.path)/casse/kit.yaml:1:1: error: missing key 'languages' in the kit"))
    }
}
