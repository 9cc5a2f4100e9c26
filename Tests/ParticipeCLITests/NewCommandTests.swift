import Foundation
import ParticipeTestSupport
import Testing

@Suite("participe new")
struct NewCommandTests {
    @Test(arguments: ["fr", "en"])
    func anUntouchedSkeletonIsValidInput(language: String) throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("answers.yaml")
        assertResult(try participe("new", "demo", "-o", path, "--lang", language), exitCode: 0, stdout: path + "\n")
        let skeleton = try folder.read("answers.yaml")
        #expect(skeleton.contains("kit: demo\nversion: \"2\"\nlanguage: \(language)\nanswers:\n"))
        let result = try participe("check", path)
        // Required answers are missing (exit 1), but nothing in the file is invalid (which would be 2).
        #expect([0, 1].contains(result.exitCode), "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(try folder.contents() == ["answers.yaml"])
    }

    @Test func aFilledSkeletonPasses() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("answers.yaml")
        assertResult(try participe("new", "demo", "-o", path), exitCode: 0)
        var text = try folder.read("answers.yaml")
        for (question, answer) in [
            ("nom", "Commune de Plouha"), ("type", "commune"), ("population", "4700"), ("budget", "12000"),
            ("modules", "[idees, budget_participatif]"), ("enveloppe", "5000"),
        ] {
            let empty = "\n    \(question):\n"
            let range = try #require(text.range(of: empty), "no empty '\(question):' in the skeleton")
            text.replaceSubrange(range, with: "\n    \(question): \(answer)\n")
        }
        try folder.write(text, to: "answers.yaml")
        let result = try participe("check", path, "--date", "2026-11-27")
        assertResult(result, exitCode: 0, stderr: "")
        #expect(result.stdout.contains("questions renseignées"))
        #expect(!result.stdout.contains("Réponses à compléter"))
    }

    @Test func toStandardOutput() throws {
        let result = try participe("new", "demo")
        assertResult(result, exitCode: 0, stderr: "")
        #expect(result.stdout.hasPrefix("# Kit de démonstration\n"))
        #expect(
            result.stdout.contains(
                "    # (nombre entier (habitants) · obligatoire selon les réponses)\n    population:\n"))
        #expect(result.stdout.contains("    public: true\n"))
    }

    @Test func theHeaderSaysHowToWriteColonsHashesAndSeveralLines() throws {
        let french = try participe("new", "demo")
        #expect(french.stdout.contains("\n# Un texte qui contient « : » ou « # » s'écrit entre guillemets droits, "))
        #expect(french.stdout.contains("\n# Un texte de plusieurs lignes : « | » après les deux-points"))
        let english = try participe("new", "demo", "--lang", "en")
        #expect(english.stdout.contains("\n# A text holding ': ' or ' #' goes between double quotes, "))
        #expect(english.stdout.contains("\n# A text of several lines: '|' after the colon"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("mes réponses\n", to: "answers.yaml")
        assertResult(
            try participe("new", "demo", "-o", path), exitCode: 2, stdout: "",
            stderr: "« \(path) » existe déjà : --force pour le remplacer\n")
        #expect(try folder.read("answers.yaml") == "mes réponses\n")
        assertResult(
            try participe("new", "demo", "-o", path, "--lang", "en"), exitCode: 2,
            stderr: "'\(path)' already exists: use --force to replace it\n")

        assertResult(try participe("new", "demo", "-o", path, "--force"), exitCode: 0, stdout: path + "\n")
        #expect(try folder.read("answers.yaml").hasPrefix("# Kit de démonstration\n"))
        #expect(try folder.contents() == ["answers.yaml"])
    }

    @Test func anUnknownKit() throws {
        let result = try participe("new", "dmeo")
        assertResult(result, exitCode: 2, stdout: "")
        #expect(result.stderr.hasPrefix("error: aucun kit « dmeo » dans « \(kitsFolder) », « Templates », « "))
        #expect(
            result.stderr.contains(" ; vouliez-vous dire « demo » ?\n  note: kits disponibles : demo\n"),
            "\(result.stderr)")
    }
}
