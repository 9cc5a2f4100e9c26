import Foundation
import ParticipeCore

/// Writes rendered documents in the formats asked for: Markdown as rendered, then HTML, DOCX and ODT
/// through the Markdown reader, and the decision matrices' tables as CSV.
public struct DocumentExporter {
    public var formats: [DocumentFormat]
    public var docxWriter: DOCXWriter
    public var odtWriter: ODTWriter
    public var csvWriter: CSVWriter

    public init(
        formats: [DocumentFormat], referenceDocuments: [URL] = [], csvWriter: CSVWriter = CSVWriter()
    ) throws {
        self.formats = formats
        self.csvWriter = csvWriter
        var docx = DOCXWriter()
        var odt = ODTWriter()
        for reference in referenceDocuments {
            switch reference.pathExtension.lowercased() {
            case "docx": docx = try DOCXWriter(referenceDocument: reference)
            case "odt": odt = try ODTWriter(referenceDocument: reference)
            default: throw ExportError.unknownReference(reference.path)
            }
        }
        self.docxWriter = docx
        self.odtWriter = odt
    }

    public enum ExportError: Error, CustomStringConvertible {
        case unknownReference(String)

        public var description: String {
            switch self {
            case .unknownReference(let path): "'\(path)' is neither a .docx nor an .odt reference document"
            }
        }
    }

    /// Writes every document, each file atomically; returns the paths written, in order.
    public func export(
        _ documents: [DocumentGenerator.RenderedDocument], evaluation: Evaluation, to directory: String
    ) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        let reader = MarkdownReader()
        for document in documents {
            let base = KitLoader.join(directory, document.filename)
            let metadata = DocumentMetadata(
                title: document.title, author: evaluation.author ?? "", date: evaluation.today.description,
                language: evaluation.language,
                subject: evaluation.kit.title.resolve(evaluation.language, fallbacks: evaluation.kit.fallbacks))
            let parsed = formats.contains(where: { $0 != .md && $0 != .csv }) ? reader.read(document.markdown) : nil
            for format in formats {
                let path = "\(base).\(format.rawValue)"
                switch format {
                case .md:
                    try AtomicFile.write(document.markdown, to: path)
                case .html:
                    guard let parsed else { continue }
                    try AtomicFile.write(HTMLWriter().write(parsed, metadata: metadata), to: path)
                case .docx:
                    guard let parsed else { continue }
                    try AtomicFile.write(try docxWriter.write(parsed, metadata: metadata), to: path)
                case .odt:
                    guard let parsed else { continue }
                    try AtomicFile.write(try odtWriter.write(parsed, metadata: metadata), to: path)
                case .csv:
                    continue
                }
                written.append(path)
            }
        }
        if formats.contains(.csv) {
            written += try exportTables(evaluation: evaluation, to: directory)
        }
        return written
    }

    /// One CSV file per table of each decision matrix, `<matrix>-<table>.csv`.
    ///
    /// Numbers carry no thousands separator, and a decimal comma in French, so spreadsheets read them as numbers.
    func exportTables(evaluation: Evaluation, to directory: String) throws -> [String] {
        let french = evaluation.language != "en"
        var written: [String] = []
        for matrix in evaluation.kit.matrices {
            guard let result = evaluation.matrices[matrix.id] else { continue }
            for (id, table) in result.tables(language: french ? .french : .english).named {
                let rows = table.rows.map { row in
                    row.map { cell in
                        guard case .number = cell, french else { return cell.plainText }
                        return cell.plainText.replacingOccurrences(of: ".", with: ",")
                    }
                }
                let path = KitLoader.join(directory, "\(matrix.id)-\(id).csv")
                try AtomicFile.write(csvWriter.data(header: table.columns, rows: rows), to: path)
                written.append(path)
            }
        }
        return written
    }
}
