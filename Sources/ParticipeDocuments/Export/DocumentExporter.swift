import Foundation
import ParticipeCore

/// Writes rendered documents in the formats asked for: Markdown as rendered, then HTML, DOCX and ODT
/// through the Markdown reader; the decision matrices' tables as CSV; the kit's spreadsheets as XLSX, ODS and CSV.
public struct DocumentExporter {
    public var formats: [DocumentFormat]
    var docxWriter: DOCXWriter
    var odtWriter: ODTWriter
    var htmlWriter: HTMLWriter
    public var csvWriter: CSVWriter
    /// The body's name, logo and colour, which every document takes (`--branding`).
    public let branding: Branding?
    /// LibreOffice, which makes the PDF of each document from its ODT, found when PDF is asked for; nil when it is not,
    /// or when LibreOffice is not installed (asking for PDF then fails with a message naming the package).
    public var pdfConverter: PDFConverter?

    public init(
        formats: [DocumentFormat], referenceDocuments: [URL] = [], csvWriter: CSVWriter = CSVWriter(),
        branding: Branding? = nil
    ) throws {
        self.formats = formats
        self.pdfConverter = formats.contains(.pdf) ? PDFConverter.find().map(PDFConverter.init) : nil
        self.csvWriter = csvWriter
        self.branding = branding
        var docx = DOCXWriter()
        var odt = ODTWriter()
        for reference in referenceDocuments {
            switch reference.pathExtension.lowercased() {
            case "docx": docx = try DOCXWriter(referenceDocument: reference)
            case "odt": odt = try ODTWriter(referenceDocument: reference)
            default: throw ExportError.unknownReference(reference.path)
            }
        }
        docx.branding = branding
        odt.branding = branding
        self.docxWriter = docx
        self.odtWriter = odt
        self.htmlWriter = HTMLWriter(branding: branding)
    }

    enum ExportError: Error, CustomStringConvertible {
        case unknownReference(String)

        public var description: String {
            switch self {
            case .unknownReference(let path): "'\(path)' is neither a .docx nor an .odt reference document"
            }
        }
    }

    /// A file to write: its path in the output folder and its bytes.
    public struct OutputFile: Sendable {
        public var path: String
        public var data: Data
    }

    /// Writes every document, each file atomically; returns the paths written, in order.
    ///
    /// Every file is made in memory and its name checked first, so a problem there writes nothing; then the
    /// files are written one by one and `written` is called after each. On a failure the `ExportFailure`
    /// names the files written and those not written.
    public func export(
        _ documents: [DocumentGenerator.RenderedDocument], evaluation: Evaluation, to directory: String,
        written: (String) -> Void = { _ in }
    ) throws(ExportFailure) -> [String] {
        try write(try files(documents, evaluation: evaluation, in: directory), into: directory, written: written)
    }

    /// Every file of the documents and of the matrices' tables, made in memory, each name checked to be a
    /// plain file name that stays inside `directory`; nothing is written.
    public func files(
        _ documents: [DocumentGenerator.RenderedDocument], evaluation: Evaluation, in directory: String
    ) throws(ExportFailure) -> [OutputFile] {
        var files = try textFiles(
            documents.map { document in
                var metadata = DocumentMetadata(of: document, evaluation: evaluation)
                if let name = branding?.name { metadata.author = name }
                return (document.filename, document.markdown, metadata)
            }, in: directory)
        if formats.contains(.csv) {
            files += try tableFiles(evaluation: evaluation, in: directory)
        }
        files += try spreadsheetFiles(evaluation: evaluation, in: directory)
        return files
    }

    /// The files of Markdown documents in the text formats asked for, each named `<filename>.<format>` and checked
    /// to stay inside `directory`; PDFs are made by LibreOffice, all in one run.
    public func textFiles(
        _ documents: [(filename: String, markdown: String, metadata: DocumentMetadata)], in directory: String
    ) throws(ExportFailure) -> [OutputFile] {
        var files: [OutputFile] = []
        var pdfSources: [(path: String, name: String, odt: Data)] = []
        if formats.contains(.pdf), pdfConverter == nil {
            throw ExportFailure(kind: .officeMissing, written: [], notWritten: [])
        }
        let reader = MarkdownReader()
        for document in documents {
            if let refusal = FolderBoundary.fileNameRefusal(document.filename) {
                throw ExportFailure(kind: .unsafeName(document.filename, refusal), written: [], notWritten: [])
            }
            let metadata = document.metadata
            let parsed = formats.contains(where: { $0.isText && $0 != .md }) ? reader.read(document.markdown) : nil
            for format in formats where format.isText {
                let path = try Self.contained("\(document.filename).\(format.rawValue)", in: directory)
                do {
                    let data: Data
                    switch (format, parsed) {
                    case (.md, _): data = Data(document.markdown.utf8)
                    case (.html, let parsed?): data = Data(htmlWriter.write(parsed, metadata: metadata).utf8)
                    case (.docx, let parsed?): data = try docxWriter.write(parsed, metadata: metadata)
                    case (.odt, let parsed?): data = try odtWriter.write(parsed, metadata: metadata)
                    case (.pdf, let parsed?):
                        let odt = try odtWriter.write(parsed, metadata: metadata)
                        pdfSources.append((path, "\(document.filename).odt", odt))
                        continue
                    default: continue
                    }
                    files.append(OutputFile(path: path, data: data))
                } catch {
                    throw ExportFailure(kind: .render(path, error: error), written: [], notWritten: [])
                }
            }
        }
        if let pdfConverter, !pdfSources.isEmpty {
            do {
                let pdfs = try pdfConverter.convert(pdfSources.map { ($0.name, $0.odt) })
                files += zip(pdfSources, pdfs).map { OutputFile(path: $0.path, data: $1) }
            } catch {
                throw ExportFailure(kind: .pdf(error), written: [], notWritten: [])
            }
        }
        return files
    }

    /// Writes `files` in order, each atomically (`AtomicFile`), creating `directory` first; stops at the first
    /// failure. Returns the paths written.
    public func write(_ files: [OutputFile], into directory: String, written: (String) -> Void = { _ in })
        throws(ExportFailure) -> [String]
    {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ExportFailure(
                kind: .folder(directory, code: ExportFailure.errorCode(of: error)), written: [],
                notWritten: files.map(\.path))
        }
        var done: [String] = []
        for (index, file) in files.enumerated() {
            do {
                try AtomicFile.write(file.data, to: file.path)
            } catch {
                throw ExportFailure(
                    kind: .write(file.path, code: ExportFailure.errorCode(of: error)), written: done,
                    notWritten: files[index...].map(\.path))
            }
            done.append(file.path)
            written(file.path)
        }
        return done
    }

    /// `name` inside `directory`, refused when a symbolic link there would lead it outside.
    static func contained(_ name: String, in directory: String) throws(ExportFailure) -> String {
        switch FolderBoundary.resolve(name, in: directory) {
        case .success(let path): return path
        case .failure(let refusal):
            throw ExportFailure(
                kind: .outsideFolder(FolderBoundary.join(directory, name), refusal), written: [], notWritten: [])
        }
    }

    /// One CSV file per table of each decision matrix, `<matrix>-<table>.csv` named in the document's language (the
    /// matrix's `filename`, else its id; `notes`, `scores`…); per lot when the purchase is divided into lots
    /// (`<matrix>-lot-1-plateforme-<table>.csv`), since offers are compared within their lot.
    ///
    /// Numbers carry no thousands separator, and a decimal comma in French, so spreadsheets read them as numbers.
    func exportTables(evaluation: Evaluation, to directory: String) throws(ExportFailure) -> [String] {
        try write(try tableFiles(evaluation: evaluation, in: directory), into: directory)
    }

    func tableFiles(evaluation: Evaluation, in directory: String) throws(ExportFailure) -> [OutputFile] {
        let language = evaluation.language
        let decimalSeparator = DocumentWording.decimalSeparator.text(in: language)
        var files: [OutputFile] = []
        for part in evaluation.parts(perLot: true) {
            files += try tableFiles(of: part, in: directory, decimalSeparator: decimalSeparator)
        }
        return files
    }

    private func tableFiles(
        of evaluation: Evaluation, in directory: String, decimalSeparator: String
    ) throws(ExportFailure) -> [OutputFile] {
        let language = evaluation.language
        var files: [OutputFile] = []
        for matrix in evaluation.kit.matrices {
            guard let result = evaluation.matrices[matrix.id] else { continue }
            let base = matrix.filename?.resolve(language, fallbacks: evaluation.kit.fallbacks) ?? ""
            let name = evaluation.filename(base.isEmpty ? matrix.id : base, lot: evaluation.lot)
            for (file, table) in result.tables(language: language).files(in: language) {
                let rows = table.rows.map { row in
                    row.map { cell in
                        guard case .number = cell else { return cell.plainText }
                        return cell.plainText.replacingOccurrences(of: ".", with: decimalSeparator)
                    }
                }
                let path = try Self.contained("\(name)-\(file).csv", in: directory)
                files.append(OutputFile(path: path, data: csvWriter.data(header: table.columns, rows: rows)))
            }
        }
        return files
    }

    /// The kit's spreadsheets these answers call for, in the spreadsheet formats asked for; as CSV, a file per sheet
    /// (`<name>.csv`, `<name>-2.csv`…) with the values the formulas give.
    func spreadsheetFiles(evaluation: Evaluation, in directory: String) throws(ExportFailure) -> [OutputFile] {
        let asked = formats.filter { [.xlsx, .ods, .csv].contains($0) }
        guard !asked.isEmpty else { return [] }
        var files: [OutputFile] = []
        let decimalSeparator = DocumentWording.decimalSeparator.text(in: evaluation.language)
        for (_, filename, workbook) in SpreadsheetBuilder(evaluation: evaluation).spreadsheets() {
            if let refusal = FolderBoundary.fileNameRefusal(filename) {
                throw ExportFailure(kind: .unsafeName(filename, refusal), written: [], notWritten: [])
            }
            for format in asked {
                if format == .csv {
                    for (index, sheet) in workbook.sheets.enumerated() {
                        let name = index == 0 ? "\(filename).csv" : "\(filename)-\(index + 1).csv"
                        let rows = sheet.rows.map { $0.map { Self.csvText($0, decimalSeparator: decimalSeparator) } }
                        files.append(
                            OutputFile(
                                path: try Self.contained(name, in: directory),
                                data: csvWriter.data(header: rows.first ?? [], rows: Array(rows.dropFirst()))))
                    }
                    continue
                }
                let path = try Self.contained("\(filename).\(format.rawValue)", in: directory)
                do {
                    let data = format == .xlsx ? try XLSXWriter().data(workbook) : try ODSWriter().data(workbook)
                    files.append(OutputFile(path: path, data: data))
                } catch {
                    throw ExportFailure(kind: .render(path, error: error), written: [], notWritten: [])
                }
            }
        }
        return files
    }

    /// A cell as CSV shows it: the text, or the number or the value its formula gives as the matrices' tables
    /// write numbers (no thousands separator, the decimal separator of the language); nothing for a cell to fill.
    private static func csvText(_ cell: Workbook.Cell, decimalSeparator: String) -> String {
        switch cell {
        case .empty, .input, .missing: ""
        case .text(let text), .heading(let text): text
        case .number(let value, let format), .formula(_, let value, let format):
            format == .integer || (format == .general && value == value.rounded())
                ? XLSXWriter.number(value)
                : String(format: "%.2f", value).replacingOccurrences(of: ".", with: decimalSeparator)
        }
    }
}
