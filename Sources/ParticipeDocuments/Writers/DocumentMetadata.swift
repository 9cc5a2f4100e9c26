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

extension DocumentMetadata {
    /// A generated document's: its title, the body as author, the evaluation's date and language, the kit's title
    /// as subject.
    public init(of document: DocumentGenerator.RenderedDocument, evaluation: Evaluation) {
        self.init(
            title: document.title, author: evaluation.author ?? "", date: evaluation.today.description,
            language: evaluation.language.code,
            subject: evaluation.kit.title.resolve(evaluation.language, fallbacks: evaluation.kit.fallbacks))
    }
}

extension MarkdownDocument {
    /// The blocks to write under a title block: a first level-1 heading repeating the title is
    /// dropped, since the title block already shows it; the block quotes before it (the note of a
    /// provisional document) stay first.
    package func blocks(under metadata: DocumentMetadata, layout: DocumentLayout) -> [MarkdownBlock] {
        let lead = Self.leadingQuotes(in: blocks)
        guard layout.includesTitleBlock, blocks.indices.contains(lead), case .heading(1, let content) = blocks[lead],
            content.plainText.trimmingWhitespace == metadata.title.trimmingWhitespace
        else { return blocks }
        var kept = blocks
        kept.remove(at: lead)
        return kept
    }

    /// How many blocks come before the first heading: the note of a provisional document, a cover table, an
    /// introduction. Every writer puts them on the first page under the title block, before the table of
    /// contents, so that page 1 says what the document is and for whom.
    package static func opening(in blocks: [MarkdownBlock]) -> Int {
        blocks.prefix { block in
            if case .heading = block { return false }
            return true
        }.count
    }

    /// How many block quotes open `blocks` (the note of a provisional document, kept before the title's
    /// heading).
    package static func leadingQuotes(in blocks: [MarkdownBlock]) -> Int {
        blocks.prefix { block in
            if case .blockQuote = block { return true }
            return false
        }.count
    }
}
