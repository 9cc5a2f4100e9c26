import Foundation
import ParticipeTestSupport
import Testing

/// What `participe ask` shows: a unit once, a misconception once, a progress that says why it grows,
/// long lines wrapped between words on a terminal only.
@Suite struct AskDisplayTests {
    /// The demo kit, with a label that names its unit and a misconception named by both sections.
    static func kits() throws -> TemporaryDirectory {
        let kits = try TemporaryDirectory()
        let edits = [
            "kit.yaml": [
                (
                    "label: {fr: Population, en: Population}",
                    "label: {fr: Population (habitants), en: Population (inhabitants)}"
                )
            ],
            "more.yaml": [("    sections: [projet]\n", "    sections: [identite, projet]\n")],
        ]
        for (name, replacements) in edits {
            var text = try String(contentsOfFile: kitsFolder + "/demo/" + name, encoding: .utf8)
            for (old, new) in replacements {
                #expect(text.contains(old), "\(name) lacks \(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            _ = try kits.write(text, to: "demo/" + name)
        }
        try FileManager.default.copyItem(
            atPath: kitsFolder + "/demo/documents", toPath: kits.path("demo/documents"))
        return kits
    }

    static func ask(_ input: [String], kits: String, environment: [String: String] = [:]) throws -> CommandResult {
        let folder = try TemporaryDirectory()
        return try runParticipe(
            ["ask", "--kit", "demo", "-o", "a.yaml", "--templates", kits, "--date", "2026-01-15"],
            stdin: input.map { $0 + "\n" }.joined(),
            environment: ["LANG": "fr_FR.UTF-8", "NO_COLOR": "1"].merging(environment) { $1 }, in: folder.path)
    }

    @Test func aUnitAlreadyInTheLabelIsNotAddedAgain() throws {
        let kits = try Self.kits()
        let run = try Self.ask(["Ville", "", "1", ":q"], kits: kits.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\nPopulation (habitants) (obligatoire)\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("(habitants) (habitants)"))
        // Without the unit in the label, the unit is added.
        let plain = try Self.ask(["Ville", "", "1", ":q"], kits: kitsFolder)
        #expect(plain.stdout.contains("\nPopulation (habitants) (obligatoire)\n"), "\(plain.stdout)")
    }

    @Test func aMisconceptionIsShownOncePerInterview() throws {
        let kits = try Self.kits()
        let run = try Self.ask(["Ville", "", "1", "12 500", "", "25 000", ":q"], kits: kits.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let claim = "Idée reçue : Le numérique attire de nouveaux publics."
        #expect(run.stdout.components(separatedBy: claim).count == 2, "\(run.stdout)")
        // Shown with the first section that names it.
        let first = try #require(run.stdout.range(of: claim))
        let projet = try #require(run.stdout.range(of: "== Section 2/2"))
        #expect(first.lowerBound < projet.lowerBound)
    }

    @Test func theProgressSaysWhyTheTotalGrows() throws {
        let kits = try Self.kits()
        // Answering « ouverture » opens « cloture »: the total grows by one, and the position says why.
        let run = try Self.ask(
            ["Ville", "", "1", "12 500", "", "25 000", "01/03/2026", ":q"], kits: kits.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        let reason = try #require(
            lines.firstIndex(of: "1 question de plus, ouverte par vos réponses"), "\(run.stdout)")
        #expect(lines[reason + 1].hasPrefix("Section 2/2 · "))
        #expect(lines[reason + 2].hasPrefix("Date de clôture"))
        // Never a reason where the total did not grow.
        #expect(lines.filter { $0.contains("de plus, ouverte") }.count == 1)
    }

    @Test func longLinesAreNeverCutWhenPiped() throws {
        let run = try Self.ask([":q"], kits: kitsFolder, environment: ["COLUMNS": "30"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "\nChaque réponse est enregistrée aussitôt dans a.yaml. Tapez :h pour les commandes, ? pour l'aide "
                    + "d'une question.\n"), "\(run.stdout)")
    }

    /// On a terminal (a pseudo-terminal through `script`), lines wrap to `COLUMNS` between words.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func longLinesWrapBetweenWordsOnATerminal() throws {
        let folder = try TemporaryDirectory()
        let input = try folder.write(":q\n", to: "input.txt")
        let command = [
            try ParticipeBinary.path(), "ask", "--kit", "demo", "-o", "a.yaml", "--templates", kitsFolder,
        ].map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(command) < '\(input)'", "/dev/null"]
        process.environment = [
            "LANG": "fr_FR.UTF-8", "NO_COLOR": "1", "COLUMNS": "40", "TERM": "dumb", "PATH": "/usr/bin:/bin",
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stdout = String(decoding: data, as: UTF8.self)
        let lines = stdout.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
        #expect(lines.contains("Chaque réponse est enregistrée aussitôt"), "\(stdout)")
        #expect(lines.contains("dans a.yaml. Tapez :h pour les"), "\(stdout)")
        // Every line of the interview fits, but for the progress bar, one word of 22 columns. (The closing
        // « Réponses enregistrées… » line is written by the command, not the interview, and is not wrapped.)
        #expect(
            lines.filter { !$0.hasPrefix("Réponses enregistrées") }.allSatisfy { $0.count < 40 || !$0.contains(" ") },
            "\(stdout)")
    }
}
