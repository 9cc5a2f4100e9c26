import Foundation
import ParticipeCore
import ParticipeDocuments
import ParticipeTestSupport
import PropertyBased
import Testing

/// Whatever text the answers hold — controls, noncharacters, lone combining marks, right-to-left, emoji, markup,
/// Markdown, formula starters, very long lines — every writer yields a valid document: HTML that parses as XML with
/// only the writer's own elements, DOCX and ODT archives that open and whose XML parts parse, CSV that reads back to
/// the same cells (a `'` before formula starters, as `CSVWriter` documents).
@Suite("Writers: properties")
struct WriterPropertyTests {
    static let metadataInput = zip(
        HostileText.generator, HostileText.generator, HostileText.generator,
        Generator(run: { rng in
            // A real date, or anything: the writers show it long-form only when it parses.
            Bool.random(using: &rng) ? "2026-0\(Int.random(in: 1...9, using: &rng))-15" : HostileText.text(using: &rng)
        }))

    @Test func everyWriterGivesAValidDocumentForArbitraryText() async {
        let body = Generator(run: { HostileText.text(using: &$0, maximumPieces: 80) })
        let languages = Generator(run: { rng in
            ["fr", "en", "fr", "en", HostileText.text(using: &rng, maximumPieces: 2)].randomElement(using: &rng) ?? "fr"
        })
        await propertyCheck(count: 120, input: body, Self.metadataInput, languages, Gen.bool, Gen.bool) {
            markdown, texts, language, titleBlock, contents in
            let (title, author, subject, date) = texts
            let metadata = DocumentMetadata(
                title: title, author: author, date: date, language: language, subject: subject.isEmpty ? nil : subject)
            let layout = DocumentLayout(includesTitleBlock: titleBlock, includesTableOfContents: contents)
            let document = MarkdownReader().read(markdown)
            let context = "markdown \(Self.brief(markdown.debugDescription, limit: 1_500)), metadata \(metadata)"
            #expect(throws: Never.self, "\(context)") {
                try DocumentValidity.checkHTML(
                    Data(HTMLWriter(layout: layout).write(document, metadata: metadata).utf8))
            }
            #expect(throws: Never.self, "DOCX of \(context)") {
                let data = try DOCXWriter(layout: layout).write(document, metadata: metadata)
                try DocumentValidity.checkPackage(data, required: DocumentValidity.docxParts)
            }
            #expect(throws: Never.self, "ODT of \(context)") {
                let data = try ODTWriter(layout: layout).write(document, metadata: metadata)
                try DocumentValidity.checkPackage(data, required: DocumentValidity.odtParts)
            }
        }
    }

    @Test func csvCellsReadBackAsWritten() async {
        let cell = Generator(run: { HostileText.text(using: &$0, maximumPieces: 5) })
        let header = cell.array(of: 1...5)
        let rows = cell.array(of: 0...7).array(of: 0...6)
        await propertyCheck(count: 300, input: zip(header, rows, Gen.bool, Gen.bool)) { header, rows, comma, bom in
            let writer = CSVWriter(separator: comma ? .comma : .semicolon, includesByteOrderMark: bom)
            let data = writer.data(header: header, rows: rows)
            let padded = rows.map { $0 + Array(repeating: "", count: max(0, header.count - $0.count)) }
            let expected = ([header] + padded).map { $0.map(CSVReader.protected) }
            Self.expectCSV(data, writer: writer, reads: expected, "\(([header] + rows).debugDescription)")
        }
    }

    /// The demo kit's documents, with arbitrary texts in every text answer, through the export `generate` runs.
    @Test func demoKitDocumentsAreValidWithArbitraryAnswers() async throws {
        let (kit, sheet) = try Self.load(
            answers: Fixtures.path("answers/demo-complete.yaml"), kits: Fixtures.path("kits"))
        await propertyCheck(count: 20, input: Self.hostileSheets(kit: kit, base: sheet)) { edited in
            try Self.checkExport(kit: kit, sheet: edited.sheet, language: edited.language, csvWriter: edited.writer)
        }
    }

    /// The same for a sample of each shipped kit, whose templates show many more answers.
    @Test(arguments: [
        "samples/outil-numerique/metropole-mobilite.yaml", "samples/tribunal-generations-futures/avion.yaml",
    ])
    func shippedKitDocumentsAreValidWithArbitraryAnswers(sample: String) async throws {
        let (kit, sheet) = try Self.load(
            answers: Fixtures.packageRoot + "/" + sample, kits: Fixtures.packageRoot + "/Templates")
        await propertyCheck(count: 6, input: Self.hostileSheets(kit: kit, base: sheet)) { edited in
            try Self.checkExport(kit: kit, sheet: edited.sheet, language: edited.language, csvWriter: edited.writer)
        }
    }

    // MARK: - Whole documents

    struct EditedSheet: Sendable, CustomStringConvertible {
        var sheet: AnswerSheet
        var language: Language
        var writer: CSVWriter

        /// The answers, each cut short, so that a failure stays readable.
        var description: String {
            let answers = sheet.values.sorted { $0.key < $1.key }.map { "\($0.key): \(brief("\($0.value)"))" }
            return "language \(language), \(writer), answers [\(answers.joined(separator: ", "))]"
        }
    }

    static func brief(_ text: String, limit: Int = 300) -> String {
        text.count <= limit ? text : text.prefix(limit) + "… (\(text.count) characters)"
    }

    static func load(answers: String, kits: String) throws -> (Kit, AnswerSheet) {
        var texts = SourceTexts()
        let file = try AnswersFile.read(answers, texts: &texts)
        let kit = try KitLoader().load(
            directory: try KitLibrary(folders: [kits]).directory(of: file.kitID), texts: &texts)
        return (kit, try file.decode(for: kit))
    }

    /// `base` with every text answer, list field and candidate name or note replaced by hostile text.
    static func hostileSheets(kit: Kit, base: AnswerSheet) -> Generator<EditedSheet, Shrink.None<EditedSheet>> {
        Generator(run: { rng in
            var sheet = base
            for (path, question) in kit.allQuestions {
                sheet[path] = hostile(sheet[path], question: question, using: &rng)
            }
            let writer = CSVWriter(
                separator: Bool.random(using: &rng) ? .comma : .semicolon,
                includesByteOrderMark: Bool.random(using: &rng))
            return EditedSheet(
                sheet: sheet, language: kit.languages.randomElement(using: &rng) ?? .french, writer: writer)
        })
    }

    private static func hostile(_ value: Value, question: Question, using rng: inout any SeededRandomNumberGenerator)
        -> Value
    {
        switch (question.type, value) {
        case (.text, _), (.paragraph, _):
            return Int.random(in: 0..<5, using: &rng) == 0 ? value : .text(HostileText.text(using: &rng))
        case (.list, .list(let items)):
            return .list(
                items.map { item in
                    guard case .record(var fields) = item else { return item }
                    for field in question.fields where field.type == .text || field.type == .paragraph {
                        fields[field.id] = .text(HostileText.text(using: &rng))
                    }
                    return .record(fields)
                })
        case (.scores, .list(let rows)):
            return .list(
                rows.map { row in
                    guard case .record(var fields) = row else { return row }
                    fields["candidate"] = .text(HostileText.text(using: &rng))
                    if Bool.random(using: &rng) { fields["notes"] = .text(HostileText.text(using: &rng)) }
                    return .record(fields)
                })
        default:
            return value
        }
    }

    /// Evaluates, renders and exports every format as `participe generate --format all` does, then checks each file.
    static func checkExport(kit: Kit, sheet: AnswerSheet, language: Language, csvWriter: CSVWriter) throws {
        let evaluation = Evaluation(
            kit: kit, sheet: sheet, language: language,
            today: CalendarDate(year: 2026, month: 11, day: 27) ?? CalendarDate(dayNumber: 0))
        var texts = SourceTexts()
        let documents = try DocumentGenerator(evaluation: evaluation).render(texts: &texts)
        let folder = try TemporaryDirectory()
        let exporter = try DocumentExporter(formats: DocumentFormat.standard, csvWriter: csvWriter)
        let files = try exporter.export(documents, evaluation: evaluation, to: folder.url.path)
        #expect(files.count >= documents.count * 4)
        let context = "\(kit.id) in \(language)"
        for file in files {
            let url = URL(fileURLWithPath: file)
            let data = try Data(contentsOf: url)
            let name = "\(url.lastPathComponent) of \(context)"
            switch url.pathExtension {
            case "md": #expect(String(validating: [UInt8](data), as: UTF8.self) != nil, "\(name) is not UTF-8")
            case "html": #expect(throws: Never.self, "\(name)") { try DocumentValidity.checkHTML(data) }
            case "docx":
                #expect(throws: Never.self, "\(name)") {
                    try DocumentValidity.checkPackage(data, required: DocumentValidity.docxParts)
                }
            case "odt":
                #expect(throws: Never.self, "\(name)") {
                    try DocumentValidity.checkPackage(data, required: DocumentValidity.odtParts)
                }
            case "xlsx":
                #expect(throws: Never.self, "\(name)") {
                    try DocumentValidity.checkPackage(data, required: DocumentValidity.xlsxParts)
                }
            case "ods":
                #expect(throws: Never.self, "\(name)") {
                    try DocumentValidity.checkPackage(data, required: DocumentValidity.odsParts)
                }
            case "csv": break
            default: Issue.record("unexpected file \(file)")
            }
        }
        // Each matrix table as CSV: its cells, numbers with a decimal comma in French, formula starters protected;
        // a matrix per lot when the purchase is divided.
        let french = evaluation.language == .french
        for part in evaluation.parts(perLot: true) {
            try checkTables(of: part, in: folder, files: files, french: french, csvWriter: csvWriter, context: context)
        }
    }

    static func checkTables(
        of evaluation: Evaluation, in folder: TemporaryDirectory, files: [String], french: Bool, csvWriter: CSVWriter,
        context: String
    ) throws {
        for matrix in evaluation.kit.matrices {
            guard let result = evaluation.matrices[matrix.id] else { continue }
            let language: Language = french ? .french : .english
            let base = matrix.filename?.resolve(language) ?? matrix.id
            let name = evaluation.lot.map { "\(base)-lot-\(evaluation.number(of: $0) ?? 0)-\($0.id)" } ?? base
            for (id, table) in result.tables(language: language).files(in: language) {
                let path = folder.url.appendingPathComponent("\(name)-\(id).csv").path
                try #require(files.contains(path), "no \(path)")
                let rows = table.rows.map { row in
                    row.map { cell in
                        guard case .number = cell, french else { return cell.plainText }
                        return cell.plainText.replacingOccurrences(of: ".", with: ",")
                    }
                }
                let expected = ([table.columns] + rows).map { $0.map(CSVReader.protected) }
                expectCSV(
                    try Data(contentsOf: URL(fileURLWithPath: path)), writer: csvWriter, reads: expected,
                    "\(name)-\(id).csv of \(context)")
            }
        }
    }

    static func expectCSV(
        _ data: Data, writer: CSVWriter, reads expected: [[String]], _ context: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        do {
            let records = try CSVReader.records(
                data, separator: writer.separator == .comma ? "," : ";", byteOrderMark: writer.includesByteOrderMark)
            #expect(
                CSVReader.same(records, expected),
                "read \(brief(records.debugDescription)), expected \(brief(expected.debugDescription)) for \(context)",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "\(error) in \(brief(String(decoding: data, as: UTF8.self).debugDescription, limit: 600)) for \(context)",
                sourceLocation: sourceLocation)
        }
    }
}
