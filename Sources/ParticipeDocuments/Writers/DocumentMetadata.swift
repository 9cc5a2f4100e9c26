import ParticipeCore

/// What every writer needs to know about a document besides its content.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String
    /// The public body publishing the document; DOCX and ODT record it as the creator.
    public var author: String
    /// The date as `YYYY-MM-DD`; shown long-form ("15 janvier 2025") when it parses.
    public var date: String
    /// `fr` or `en`: the document's language and that of the writers' own labels.
    public var language: String
    public var subject: String?

    public init(title: String, author: String, date: String, language: String, subject: String? = nil) {
        self.title = title
        self.author = author
        self.date = date
        self.language = language
        self.subject = subject
    }
}

extension MarkdownDocument {
    /// The blocks to write under a title block: a first level-1 heading repeating the title is
    /// dropped, since the title block already shows it.
    package func blocks(under metadata: DocumentMetadata, layout: DocumentLayout) -> [MarkdownBlock] {
        guard layout.includesTitleBlock, case .heading(1, let content)? = blocks.first,
            content.plainText.trimmingWhitespace == metadata.title.trimmingWhitespace
        else { return blocks }
        return Array(blocks.dropFirst())
    }
}
