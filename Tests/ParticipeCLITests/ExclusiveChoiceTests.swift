import Foundation
import ParticipeTestSupport
import Testing

/// A choice marked `exclusive: true` (« Aucun ») is picked alone: `ask` refuses it with others, and so does
/// `check`, with the answer's position.
@Suite(.serialized) struct ExclusiveChoiceTests {
    static let kit = """
        id: outils
        version: "1"
        languages: [fr, en]
        title: Outils
        sections:
          - id: s
            title: Section
            questions:
              - id: outils
                type: multiple
                label: Outils utilisés
                choices:
                  - {id: tableur, label: Tableur}
                  - {id: forum, label: Forum}
                  - {id: aucun, label: Aucun, exclusive: true}
        """

    static let environment = ["LANG": "fr_FR.UTF-8", "NO_COLOR": "1"]

    func run(_ arguments: [String], input: [String] = [], in folder: TemporaryDirectory) throws -> CommandResult {
        try runParticipe(
            arguments + ["--templates", "kits"], stdin: input.map { $0 + "\n" }.joined(),
            environment: Self.environment, in: folder.path)
    }

    @Test func askRefusesTheExclusiveChoiceWithOthers() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.kit, to: "kits/outils/kit.yaml")
        let ask = try run(["ask", "--kit", "outils", "-o", "a.yaml"], input: ["1,3", "3", "o"], in: folder)
        #expect(ask.exitCode == 0, "\(ask.stderr)")
        #expect((ask.stdout + ask.stderr).contains("« Aucun » se choisit seul, sans autre choix"), "\(ask.stdout)")
        #expect(try folder.read("a.yaml").contains("outils: [aucun]"))
    }

    @Test func checkRefusesItWithItsPosition() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.kit, to: "kits/outils/kit.yaml")
        try folder.write(
            "kit: outils\nversion: \"1\"\nanswers:\n  s:\n    outils: [forum, aucun]\n", to: "a.yaml")
        let check = try run(["check", "a.yaml"], in: folder)
        #expect(check.exitCode == 1)
        let output = check.stdout + check.stderr
        #expect(output.contains("a.yaml:5:13"), "\(output)")
        #expect(output.contains("« Aucun » se choisit seul, sans autre choix"), "\(output)")

        try folder.write("kit: outils\nversion: \"1\"\nanswers:\n  s:\n    outils: [aucun]\n", to: "b.yaml")
        #expect(try run(["check", "b.yaml"], in: folder).exitCode == 0)
    }
}
