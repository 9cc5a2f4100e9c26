import Foundation

/// A writer of a word-processing package (DOCX, ODT): a document's blocks, or a redline's with each block's
/// revision, under a title block and a table of contents.
public protocol PackageWriter: Sendable {
    var layout: DocumentLayout { get }

    /// The package's bytes: `blocks` under the title block, each marked with its revision (nil: unchanged).
    func write(_ blocks: [MarkdownBlock], revisions: [DocumentRedline.Revision?], metadata: DocumentMetadata) throws
        -> Data
}

extension PackageWriter {
    /// The file's bytes.
    public func write(_ document: MarkdownDocument, metadata: DocumentMetadata) throws -> Data {
        let blocks = document.blocks(under: metadata, layout: layout)
        return try write(blocks, revisions: Array(repeating: nil, count: blocks.count), metadata: metadata)
    }

    /// The file of a redline: what went and what came are tracked changes by the document's author at its date,
    /// which Word and LibreOffice show as revisions to accept or reject.
    public func write(_ redline: DocumentRedline, metadata: DocumentMetadata) throws -> Data {
        let (blocks, revisions) = redline.blocks(under: metadata, layout: layout)
        return try write(blocks, revisions: revisions, metadata: metadata)
    }

    /// Writes the file at `url`.
    public func write(_ document: MarkdownDocument, metadata: DocumentMetadata, to url: URL) throws {
        try write(document, metadata: metadata).write(to: url, options: .atomic)
    }
}
