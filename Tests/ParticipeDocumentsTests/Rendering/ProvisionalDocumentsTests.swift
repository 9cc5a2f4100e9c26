import Foundation
import ParticipeCore
import ParticipeDocuments
import ParticipeTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The documents of an unanswered file, for every shipped kit, in both languages and every format: no bare
/// hole where a value is missing, a placeholder naming it instead, and the provisional note as the first block.
@Suite("Provisional documents")
struct ProvisionalDocumentsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var kit: String
        var language: Language
        var testDescription: String { "\(kit) (\(language.code))" }
        /// The placeholder's opening words and the banner's, in the document's language.
        var placeholder: String { language == .french ? "[à préciser : " : "[to be specified: " }
        var banner: String { language == .french ? "Document provisoire : " : "Provisional document: " }
        var contents: String { language == .french ? "Sommaire" : "Contents" }
        /// The tribunal's kit texts only interpolate computed values with defaults: nothing there to specify.
        var hasPlaceholders: Bool { kit == "outil-numerique" }
    }

    static let cases: [Case] = ["outil-numerique", "tribunal-generations-futures"].flatMap { kit in
        [Case(kit: kit, language: .french), Case(kit: kit, language: .english)]
    }

    /// What a missing value used to leave in a sentence.
    static let holes = ["«  »", "()", "( )", "du  au", "from  to", " : .", " : ,"]

    /// Writes every format of `sheet` (the kit's documents with no answer by default) into `folder`.
    static func generate(_ test: Case, in folder: TemporaryDirectory, sheet edit: ((inout AnswerSheet) -> Void)? = nil)
        throws -> (evaluation: Evaluation, files: [URL])
    {
        var texts = SourceTexts()
        let library = KitLibrary(folders: [Fixtures.packageRoot + "/Templates"])
        let kit = try KitLoader().load(directory: try library.directory(of: test.kit), texts: &texts)
        var sheet = AnswerSheet(for: kit, language: test.language)
        edit?(&sheet)
        let evaluation = Evaluation(kit: kit, sheet: sheet, language: test.language, today: testToday)
        let documents = try DocumentGenerator(evaluation: evaluation).render(texts: &texts)
        let exporter = try DocumentExporter(formats: DocumentFormat.standard, csvWriter: .frenchSpreadsheet)
        let files = try exporter.export(documents, evaluation: evaluation, to: folder.path)
        return (evaluation, files.map { URL(fileURLWithPath: $0) })
    }

    static func holes(in text: String) -> [String] { holes.filter { text.contains($0) } }

    @Test(arguments: cases)
    func markdownHasPlaceholdersAndNoHoles(_ test: Case) throws {
        let folder = try TemporaryDirectory()
        let (evaluation, files) = try Self.generate(test, in: folder)
        #expect(evaluation.blockingCount > 0, "an unanswered file has blocking points")
        let markdown = files.filter { $0.pathExtension == "md" }
        #expect(!markdown.isEmpty)
        var placeholders = 0
        for file in markdown {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(Self.holes(in: text).isEmpty, "\(file.lastPathComponent): \(Self.holes(in: text))")
            placeholders +=
                text.components(separatedBy: test.placeholder.replacingOccurrences(of: "[", with: "\\["))
                .count - 1
            let first = text.split(separator: "\n").first.map(String.init) ?? ""
            #expect(
                first.hasPrefix("> **" + test.banner + "\(evaluation.blockingCount) "),
                "\(file.lastPathComponent) opens with \(first)")
        }
        #expect((placeholders > 0) == test.hasPlaceholders, "the kit's texts name what is missing")
    }

    @Test(arguments: cases)
    func theBannerIsTheFirstBlockOfEveryFormat(_ test: Case) throws {
        let folder = try TemporaryDirectory()
        let (evaluation, files) = try Self.generate(test, in: folder)
        let banner = test.banner + "\(evaluation.blockingCount) "
        for file in files where file.pathExtension == "html" {
            let html = try String(contentsOf: file, encoding: .utf8)
            let main = try #require(html.range(of: "<main id=\"contenu\" tabindex=\"-1\">\n"))
            let body = html[main.upperBound...]
            #expect(body.hasPrefix("<blockquote"), "\(file.lastPathComponent): \(body.prefix(80))")
            #expect(body.prefix(200).contains(banner))
        }
        for file in files where file.pathExtension == "docx" || file.pathExtension == "odt" {
            let package = try InspectedPackage(Data(contentsOf: file))
            let part = file.pathExtension == "docx" ? "word/document.xml" : "content.xml"
            let entry = try #require(package.text(part))
            let document = try XMLDocument(data: Data(entry.utf8))
            let body = file.pathExtension == "docx" ? "body" : "text"
            // Paragraphs and headings in order, whatever wraps them: the note comes right after the title
            // block (title, subtitle, author, date), before the table of contents, on the first page.
            let blocks = try document.nodes(
                forXPath: "//*[local-name()='\(body)']//*[local-name()='p' or local-name()='h']"
            ).compactMap(\.stringValue).filter { !$0.isEmpty }
            let note = try #require(blocks.firstIndex { $0.contains(banner) }, "\(file.lastPathComponent)")
            // A document without sections (a letter, the RC when nobody is consulted) has no table of contents.
            let contents = blocks.firstIndex(of: test.contents) ?? blocks.count
            #expect(note < contents && note <= 4, "\(file.lastPathComponent): \(blocks.prefix(6))")
        }
    }

    @Test(
        .enabled(if: ShippedDocumentsTests.pandoc != nil, "pandoc is not installed: DOCX and ODT are not read back"),
        arguments: cases)
    func pandocReadsNoHoleInDOCXAndODT(_ test: Case) throws {
        let pandoc = try #require(ShippedDocumentsTests.pandoc)
        let folder = try TemporaryDirectory()
        let (evaluation, files) = try Self.generate(test, in: folder)
        for file in files where file.pathExtension == "docx" || file.pathExtension == "odt" {
            let result = try pandoc.run(["-t", "plain", "--wrap=none", file.path])
            #expect(result.status == 0, "pandoc failed on \(file.lastPathComponent): \(result.errors)")
            #expect(
                Self.holes(in: result.output).isEmpty, "\(file.lastPathComponent): \(Self.holes(in: result.output))")
            // pandoc keeps DOCX's title block as metadata and ODT's as paragraphs: the note is among the first lines.
            let lines = result.output.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.prefix(5)
            #expect(
                lines.contains { $0.contains(test.banner + "\(evaluation.blockingCount) ") },
                "\(file.lastPathComponent): \(lines)")
        }
        let readBack = try files.filter { $0.pathExtension == "docx" }.map {
            try pandoc.run(["-t", "plain", "--wrap=none", $0.path]).output
        }.joined()
        #expect(readBack.contains(test.placeholder) == test.hasPlaceholders)
    }

    @Test func noBannerWithoutBlockingPoints() throws {
        var texts = SourceTexts()
        let evaluation = try demoEvaluation()
        #expect(evaluation.blockingCount == 0)
        let documents = try DocumentGenerator(evaluation: evaluation).render(texts: &texts)
        #expect(!documents.isEmpty)
        for document in documents {
            #expect(document.markdown.hasPrefix("# "), "the title comes first: \(document.markdown.prefix(60))")
        }
    }
}
