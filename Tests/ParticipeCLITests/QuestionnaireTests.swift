import Foundation
import ParticipeTestSupport
import Testing

/// `participe questionnaire`: the kit's questions on paper, numbered, with boxes and lines, each question's
/// identifier, and when to answer it in words.
@Suite("participe questionnaire")
struct QuestionnaireTests {
    static func make(_ kit: String, _ extra: [String] = []) throws -> (CommandResult, TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        let run = try runParticipe(
            ["questionnaire", kit, "-o", folder.path("q"), "--date", "2026-12-07"] + extra, in: Fixtures.packageRoot)
        return (run, folder)
    }

    /// The kit's questions, as `section.question`, read from its answers schema.
    static func questions(_ kit: String) throws -> [String] {
        let run = try runParticipe(["schema", kit], in: Fixtures.packageRoot)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let answers = (schema["properties"] as? [String: Any])?["answers"] as? [String: Any]
        let sections = answers?["properties"] as? [String: [String: Any]] ?? [:]
        return sections.flatMap { section, value in
            ((value["properties"] as? [String: Any]) ?? [:]).keys.map { "\(section).\($0)" }
        }
    }

    @Test(arguments: ["outil-numerique", "tribunal-generations-futures"])
    func everyQuestionIsThereWithItsIdentifierAndItsBoxes(_ kit: String) throws {
        let (run, folder) = try Self.make(kit)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("q")).sorted()
        #expect(
            files == [
                "questionnaire-\(kit).docx", "questionnaire-\(kit).html", "questionnaire-\(kit).md",
                "questionnaire-\(kit).odt",
            ])
        let html = try String(contentsOfFile: folder.path("q/questionnaire-\(kit).html"), encoding: .utf8)
        let ids = try Self.questions(kit)
        #expect(ids.count > 50)
        for id in ids {
            #expect(html.contains("[\(id)]"), "\(id) is missing")
        }
        #expect(html.contains("☐"))
        #expect(html.contains("<table"), "a list question gets a table to fill in")
        #expect(html.contains("@media print"), "the page prints")
    }

    @Test func aQuestionAskedInSomeCasesSaysWhenInWords() throws {
        let (run, folder) = try Self.make("outil-numerique")
        #expect(run.exitCode == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: folder.path("q/questionnaire-outil-numerique.html"), encoding: .utf8)
        // 7.1 asks whether a tool is chosen; 7.2 (which one?) is for those who said yes.
        #expect(html.contains("7.1 Un outil est-il déjà choisi ?"))
        #expect(
            html.contains(
                "Répondez seulement si vous avez répondu « oui » à la question 7.1 ; sinon, passez à la question 7.3."))
        // The participatory budget's questions in a row say their condition once, and where to go without it.
        #expect(
            html.contains(
                "Questions 7.12 à 7.16 : répondez seulement si vous avez coché « Budget participatif (dépôt, instruction, "
                    + "vote) » à la question 7.7 ; sinon, passez à la question 7.17."))
        let markdown = try String(
            contentsOfFile: folder.path("q/questionnaire-outil-numerique.md"), encoding: .utf8)
        let conditions = markdown.split(separator: "\n").filter {
            $0.hasPrefix("*Répondez") || $0.hasPrefix("*Questions")
        }
        #expect(zip(conditions, conditions.dropFirst()).allSatisfy { $0 != $1 } || conditions.count < 2)
        #expect(
            html.contains("Répondez seulement si vous avez coché « Budget participatif (dépôt, instruction, vote) »"))
        #expect(!html.contains("condition du kit"), "every condition of the shipped kit is put in words")
        let (english, englishFolder) = try Self.make("outil-numerique", ["--lang", "en"])
        #expect(english.exitCode == 0)
        let page = try String(
            contentsOfFile: englishFolder.path("q/questionnaire-outil-numerique.html"), encoding: .utf8)
        #expect(page.contains("Answer only if you answered 'yes' to question 7.1; otherwise, go to question 7.3."))
    }

    @Test func pandocReadsTheBoxesOfTheDOCXAndTheODT() throws {
        guard let pandoc = PDFFormatTests.tool("pandoc") else { return }
        let (run, folder) = try Self.make("tribunal-generations-futures")
        #expect(run.exitCode == 0, "\(run.stderr)")
        for format in ["docx", "odt"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: pandoc)
            process.arguments = ["-t", "plain", folder.path("q/questionnaire-tribunal-generations-futures.\(format)")]
            let text = try runProcess(process, timeout: 60).text("stdout")
            #expect(text.contains("☐") && text.contains("[evenement.titre]"), "\(format)")
        }
    }

    @Test func aFormatThatIsNotADocumentIsRefused() throws {
        let (run, folder) = try Self.make("outil-numerique", ["--format", "xlsx"])
        #expect(run.exitCode == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.path("q")))
    }
}
