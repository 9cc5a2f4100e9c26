/// A document read from the Markdown subset that Participe's templates produce.
///
/// The model is deliberately small: every writer (HTML, DOCX, ODT) must render each case, so a
/// construct enters the model only when all of them can show it faithfully.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [MarkdownBlock]

    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }
}
