import Foundation
import ParticipeTestSupport
import Testing

/// A shipped sample with one line replaced, as a hostile or careless answers file would have it.
private func sampleEdited(_ sample: String, _ old: String, _ new: String, in folder: TemporaryDirectory) throws
    -> String
{
    let text = try String(contentsOfFile: Fixtures.packageRoot + "/" + sample, encoding: .utf8)
    precondition(text.contains(old), "\(sample) does not contain '\(old)'")
    return try folder.write(text.replacingOccurrences(of: old, with: new), to: "answers.yaml")
}

/// The line (from 1) of the sample where `text` first appears.
private func lineNumber(of text: String, in sample: String) throws -> Int {
    let lines = try String(contentsOfFile: Fixtures.packageRoot + "/" + sample, encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
}

/// `participe` on the shipped kits, as a user runs it from the package root.
private func shipped(_ arguments: String..., stdin: String? = nil) throws -> CommandResult {
    try runParticipe(arguments + ["--date", "2026-12-07"], stdin: stdin, in: Fixtures.packageRoot)
}

@Suite("Hardening: numbers out of range, huge files, hostile text never crash nor stall")
struct HardeningTests {
    static let metropole = "samples/outil-numerique/metropole-mobilite.yaml"
    static let avion = "samples/tribunal-generations-futures/avion.yaml"

    /// Each of these used to trap (exit 132): now refused with the file, line and column, or accepted.
    static let outOfRange: [(sample: String, old: String, new: String)] = [
        (metropole, "population: 452 300", "population: 9223372036854775808"),
        (metropole, "etp_projet: 3.2", "etp_projet: 1e19"),
        (metropole, "price: 148 600", "price: 1e19"),
        (metropole, "etp_projet: 3.2", "etp_projet: 1.7e308"),
        (metropole, "population: 452 300", "population: -1e400"),
        (avion, "ouverture: 10", "ouverture: -1e19"),
        (avion, "questions_public: 10", "questions_public: 1e300"),
    ]

    @Test(arguments: outOfRange.indices)
    func numbersOutOfRangeAreRefusedWithTheirPosition(_ index: Int) throws {
        let (sample, old, new) = Self.outOfRange[index]
        let line = try lineNumber(of: old, in: sample)
        let folder = try TemporaryDirectory()
        let path = try sampleEdited(sample, old, new, in: folder)
        for command in ["check", "generate"] {
            let arguments = command == "check" ? [command, path] : [command, path, "-o", folder.path("out")]
            let result = try runParticipe(arguments, in: Fixtures.packageRoot)
            // `check` counts the answer as invalid among the others; `generate` refuses the file.
            #expect(result.exitCode == (command == "check" ? 1 : 2), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("\(path):\(line):"), "\(result.stderr)")
            #expect(result.stderr.contains("les nombres sont limités à 10^15 en valeur absolue"), "\(result.stderr)")
        }
    }

    /// At the limit, every computed value, matrix and document still comes out.
    @Test(arguments: [
        (metropole, "population: 452 300", "population: 1e15"),
        (metropole, "etp_projet: 3.2", "etp_projet: -1e15"),
        (metropole, "price: 148 600", "price: 1e15"),
        (metropole, "price: 148 600", "price: 0.000001"),
        (avion, "ouverture: 10", "ouverture: -1e15"),
        (avion, "questions_public: 10", "questions_public: 1e15"),
    ])
    func numbersAtTheLimitGiveDocuments(sample: String, old: String, new: String) throws {
        let folder = try TemporaryDirectory()
        let path = try sampleEdited(sample, old, new, in: folder)
        let check = try runParticipe(["check", path], in: Fixtures.packageRoot)
        #expect([0, 1].contains(check.exitCode), "\(check.stderr)")
        let generate = try runParticipe(["generate", path, "-o", folder.path("out")], in: Fixtures.packageRoot)
        #expect(generate.exitCode == 0, "\(generate.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("out"))
        #expect(files.contains { $0.hasSuffix(".docx") })
    }

    @Test func aNumberTooLargeTypedInTheInterviewIsAskedAgain() throws {
        let folder = try TemporaryDirectory()
        let answers = folder.path("a.yaml")
        let input = ["Ville", "", "1", "1e19", "12 500", ":q"].map { $0 + "\n" }.joined()
        let run = try runParticipe(
            ["ask", "--kit", "demo", "-o", answers, "--templates", Fixtures.kits], stdin: input,
            environment: ["NO_COLOR": "1", "LANG": "fr_FR.UTF-8"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("un nombre entier est attendu ; les nombres sont limités à 10^15 en valeur absolue"))
        #expect(try folder.read("a.yaml").contains("population: 12500"))
        let resumed = try runParticipe(["check", answers, "--templates", Fixtures.kits])
        #expect([0, 1].contains(resumed.exitCode), "\(resumed.stderr)")
    }

    @Test func aDateThatDoesNotExistIsNamed() throws {
        let folder = try TemporaryDirectory()
        let path = try sampleEdited(
            Self.metropole, "date_ouverture: 2027-03-15", "date_ouverture: 2027-02-30", in: folder)
        let result = try runParticipe(["check", path], in: Fixtures.packageRoot)
        #expect(result.exitCode == 1)
        #expect(
            result.stderr.contains(
                ":\(try lineNumber(of: "date_ouverture: 2027-03-15", in: Self.metropole)):21: error: « outil.date_ouverture » : "
                    + "la date 2027-02-30 n'existe pas"),
            "\(result.stderr)")
    }

    @Test(.timeLimit(.minutes(1)))
    func tenThousandUnknownKeysShowTwentyThenACountAndJSONListsThemAll() throws {
        let folder = try TemporaryDirectory()
        let text =
            "kit: demo\nversion: \"2\"\nlanguage: fr\nanswers:\n  identite:\n"
            + (0..<10_000).map { "    inconnu\($0): 1\n" }.joined()
        let path = try folder.write(text, to: "answers.yaml")
        let result = try participe("check", path)
        #expect(result.exitCode == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count < 100, "\(lines.count) lines")
        #expect(result.stderr.contains("… et 9980 autre(s) du même genre (--format json les liste tous)"))
        let json = try participe("check", path, "--format", "json")
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let problems = try #require(report?["problems"] as? [[String: Any]])
        let unknown = problems.filter { $0["code"] as? String == "decoding.unknown-key" }
        #expect(unknown.count == 10_000)
        #expect(unknown.last?["line"] as? Int == 10_005)
    }

    @Test(.timeLimit(.minutes(1)))
    func aFlowListOfFortyThousandItems() throws {
        let folder = try TemporaryDirectory()
        let text =
            "kit: demo\nversion: \"2\"\nlanguage: fr\nanswers:\n  projet:\n    modules: ["
            + Array(repeating: "idees", count: 40_000).joined(separator: ", ") + "]\n"
        let path = try folder.write(text, to: "answers.yaml")
        let result = try participe("check", path)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("figure deux fois"))
    }

    /// An answer can hold escape sequences: on the terminal they are shown, never obeyed.
    @Test func escapeSequencesInAnswersNeverReachTheTerminal() throws {
        let folder = try TemporaryDirectory()
        let hostile = "\"\\e]0;pwned\\a\\e[2J\\x9b31m\""
        let path = try demoAnswersEdited(in: folder, [("population: 57000", "population: \(hostile)")])
        let result = try participe("check", path)
        #expect(result.exitCode == 1)
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(result.stderr.contains("␛]0;pwned␇␛[2J\\u{9B}31m"), "\(result.stderr)")
        let text = try demoAnswersEdited(
            in: folder, name: "b.yaml", [("nom: Ville de Lorient & <environs>", "nom: \(hostile)")])
        let checked = try participe("check", text)
        #expect(!(checked.stdout + checked.stderr).unicodeScalars.contains { $0.value == 0x1B })
    }
}

@Suite("Saving answers: the file's mode and links are kept, stale temporaries go")
struct SavingTests {
    private func ask(_ file: String, _ lines: [String], in folder: TemporaryDirectory) throws -> CommandResult {
        try runParticipe(
            ["ask", file, "--templates", Fixtures.kits], stdin: lines.map { $0 + "\n" }.joined(),
            environment: ["NO_COLOR": "1"], in: folder.path)
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func aPrivateFileStaysPrivate() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("kit: demo\nversion: \"2\"\nlanguage: fr\n", to: "a.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let run = try ask("a.yaml", ["Ville", ":q"], in: folder)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try folder.read("a.yaml").contains("nom: Ville"))
        #expect(try mode(path) == 0o600)
    }

    @Test func aLinkKeepsPointingAtTheFileItNames() throws {
        let folder = try TemporaryDirectory()
        let target = try folder.write("kit: demo\nversion: \"2\"\nlanguage: fr\n", to: "shared/answers.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("a.yaml"), withDestinationPath: "shared/answers.yaml")
        let run = try ask("a.yaml", ["Ville", ":q"], in: folder)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("a.yaml")) == "shared/answers.yaml")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("nom: Ville"))
    }

    /// An answers file `a.yaml` and the temporary file a save killed halfway left beside it.
    private func answersWithAStaleTemporary() throws -> (folder: TemporaryDirectory, stale: String) {
        let folder = try TemporaryDirectory()
        try folder.write("kit: demo\nversion: \"2\"\nlanguage: fr\n", to: "a.yaml")
        // A process that has ended: its pid no longer runs.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let stale = ".a.yaml.\(finished.processIdentifier).5eed.tmp"
        try folder.write("kit: de", to: stale)
        return (folder, stale)
    }

    @Test func temporariesOfAProcessThatDiedAreRemovedOnTheNextSave() throws {
        let (folder, stale) = try answersWithAStaleTemporary()
        let unrelated = try folder.write("keep", to: ".other.yaml.1.tmp")
        let run = try ask("a.yaml", ["Ville", ":q"], in: folder)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!entries.contains(stale))
        #expect(FileManager.default.fileExists(atPath: unrelated))
        #expect(!entries.contains { $0.hasPrefix(".a.yaml.") })
    }

    /// Resumed and left at once, without a save: the temporary of the killed save is gone all the same.
    @Test func temporariesOfAProcessThatDiedAreRemovedWhenTheInterviewStartsAgain() throws {
        let (folder, _) = try answersWithAStaleTemporary()
        let run = try ask("a.yaml", [":q"], in: folder)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.yaml"])
    }

    @Test func aSaveThatCannotHappenSaysWhyInASentence() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a file, not a folder", to: "blocker")
        let run = try runParticipe(
            ["new", "demo", "-o", folder.path("blocker/answers.yaml"), "--templates", Fixtures.kits, "--lang", "en"])
        #expect(run.exitCode == 2)
        #expect(
            run.stderr
                == "cannot write \(folder.path("blocker/answers.yaml")): part of the path is a file, not a folder\n")
    }
}
