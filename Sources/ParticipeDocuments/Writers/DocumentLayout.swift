/// What the writers add around the document's own blocks.
public struct DocumentLayout: Sendable, Equatable {
    /// A title block from the metadata (title, body, date) before the content.
    public var includesTitleBlock: Bool
    /// A table of contents built from the level 1–3 headings (HTML: levels 2–3 after the title).
    public var includesTableOfContents: Bool

    public init(includesTitleBlock: Bool = true, includesTableOfContents: Bool = true) {
        self.includesTitleBlock = includesTitleBlock
        self.includesTableOfContents = includesTableOfContents
    }

    /// Title block and table of contents: what a finished document has.
    public static let standard = DocumentLayout()
    /// The content alone.
    public static let contentOnly = DocumentLayout(includesTitleBlock: false, includesTableOfContents: false)
}
