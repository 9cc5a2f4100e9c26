import Foundation
import ParticipeTestSupport
import Testing

/// An answers file that must be refused: its bytes and what the message must say.
struct BadAnswers: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () -> [UInt8]
    /// Text the standard error must hold; `$FILE` stands for the answers file's path.
    var message: String

    var testDescription: String { name }

    static func text(_ name: String, _ text: @autoclosure @escaping @Sendable () -> String, _ message: String)
        -> BadAnswers
    {
        BadAnswers(name: name, bytes: { Array(text().utf8) }, message: message)
    }
}

@Suite("Bad input: a clear message, exit code 2, never a crash, quickly")
struct BadInputTests {
    static let header = "kit: demo\nversion: \"2\"\n"

    static let cases: [BadAnswers] = [
        .text(
            "malformed YAML", header + "answers:\n  identite: {nom: Ville\n",
            "$FILE:5:1: error: YAML mal formé : « , » ou « } » était attendu (dans les accolades ouvertes à la ligne 4, colonne 13)"
        ),
        .text(
            "an alias bomb",
            header + "x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + (1...9).map { level in
                    "x\(level): &x\(level) [" + Array(repeating: "*x\(level - 1)", count: 9).joined(separator: ", ")
                        + "]\n"
                }.joined(),
            "$FILE:4:10: error: les alias YAML (*nom) ne sont pas acceptés : écrivez la valeur en entier"),
        .text(
            "10,000 nested flow sequences",
            header + "answers: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
            "error: une imbrication de plus de 64 niveaux n'est pas acceptée"),
        .text(
            "10,000 nested block sequences", header + "answers:\n" + String(repeating: "- ", count: 10_000) + "x\n",
            "error: une imbrication de plus de 64 niveaux n'est pas acceptée"),
        .text(
            "3,000 nested block mappings",
            header + (0..<3_000).map { String(repeating: " ", count: $0) + "answers:\n" }.joined(),
            "error: une imbrication de plus de 64 niveaux n'est pas acceptée"),
        BadAnswers(
            name: "a 50 MB file",
            bytes: { Array(header.utf8) + [UInt8](repeating: UInt8(ascii: "#"), count: 50 * 1024 * 1024) },
            message: "$FILE:1:1: error: fichier trop grand : 52428823 octets, la limite est de 8388608 octets"),
        BadAnswers(
            name: "binary garbage",
            bytes: { [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0xFE, 0x00, 0x00, 0xC3, 0x28] },
            message:
                "$FILE:1:9: error: UTF-8 invalide : le fichier doit être du texte encodé en UTF-8 (l'octet 9 ne l'est pas)"
        ),
        BadAnswers(
            name: "control characters", bytes: { Array((header + "answers:\u{0}\u{1}\n").utf8) },
            message:
                "$FILE:3:9: error: caractère de contrôle U+0000 interdit : supprimez-le (un copier-coller l'a peut-être apporté)"
        ),
        BadAnswers(
            name: "invalid UTF-8",
            bytes: { Array((header + "answers:\n  identite:\n    nom: Caf").utf8) + [0xE9] + Array("\n".utf8) },
            message:
                "$FILE:5:13: error: UTF-8 invalide : le fichier doit être du texte encodé en UTF-8 (l'octet 57 ne l'est pas)"
        ),
        .text(
            "answers for another kit", "kit: autre\nversion: \"1\"\nanswers: {}\n",
            "error: aucun kit « autre » dans « \(kitsFolder) », « Templates »"),
        .text(
            "answers for another version of the kit", "kit: demo\nversion: \"1\"\nanswers: {}\n",
            "$FILE:2:10: error: ces réponses ont été écrites pour la version 1 du kit « demo », mais le kit trouvé est en version 2"
        ),
        .text(
            "not a mapping", "- kit: demo\n",
            "$FILE:1:1: error: un fichier de réponses doit être fait de paires clé : valeur (trouvé : une liste)"),
        .text(
            "an empty file", "",
            "$FILE:1:1: error: un fichier de réponses doit être fait de paires clé : valeur (trouvé : rien)"),
    ]

    @Test(.timeLimit(.minutes(2)), arguments: cases)
    func checkRefusesIt(_ bad: BadAnswers) throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Data(bad.bytes()), to: "answers.yaml")
        let result = try participe("check", path)
        assertResult(result, exitCode: 2, stdout: "")
        #expect(result.stderr.contains(bad.message.replacingOccurrences(of: "$FILE", with: path)), "\(result.stderr)")
        #expect(!result.timedOut)
        #expect(result.duration < 10, "took \(result.duration) s")
    }

    @Test(.timeLimit(.minutes(2)), arguments: cases)
    func generateRefusesIt(_ bad: BadAnswers) throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Data(bad.bytes()), to: "answers.yaml")
        let result = try participe("generate", path, "-o", folder.path("out"))
        assertResult(result, exitCode: 2, stdout: "")
        #expect(result.stderr.contains(bad.message.replacingOccurrences(of: "$FILE", with: path)))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func aMissingAnswersFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("absent.yaml")
        assertResult(
            try participe("check", path), exitCode: 2, stdout: "",
            stderr: "\(path):1:1: error: impossible de lire « \(path) » : ce fichier n'existe pas\n")
    }
}
