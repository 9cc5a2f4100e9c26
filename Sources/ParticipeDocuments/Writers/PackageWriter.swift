import Foundation

/// A writer of a word-processing package (DOCX, ODT): a document's blocks, or a redline's with each block's
/// revision, under a title block and a table of contents.
public protocol PackageWriter: Sendable {
    var layout: DocumentLayout { get }

    /// The package's bytes: `parts` under the title block, each with what changed in it.
    func write(_ parts: [DocumentRedline.Part], metadata: DocumentMetadata) throws -> Data
}

extension PackageWriter {
    /// The file's bytes.
    public func write(_ document: MarkdownDocument, metadata: DocumentMetadata) throws -> Data {
        try write(document.blocks(under: metadata, layout: layout).map { DocumentRedline.Part($0) }, metadata: metadata)
    }

    /// The file of a redline: what went and what came are tracked changes by the document's author at its date,
    /// which Word and LibreOffice show as revisions to accept or reject.
    public func write(_ redline: DocumentRedline, metadata: DocumentMetadata) throws -> Data {
        try write(redline.parts(under: metadata, layout: layout), metadata: metadata)
    }

    /// Writes the file at `url`.
    public func write(_ document: MarkdownDocument, metadata: DocumentMetadata, to url: URL) throws {
        try write(document, metadata: metadata).write(to: url, options: .atomic)
    }
}
