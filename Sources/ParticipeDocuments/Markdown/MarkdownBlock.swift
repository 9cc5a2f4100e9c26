/// A block-level element.
public enum MarkdownBlock: Sendable, Equatable {
    /// An ATX (`## Title`) or setext heading, level 1 to 6.
    case heading(level: Int, content: [MarkdownInline])
    case paragraph([MarkdownInline])
    case list(MarkdownList)
    /// A block quote; writers render it as a call-out.
    case blockQuote([MarkdownBlock])
    case table(MarkdownTable)
    /// A fenced or indented code block; `info` is the fence's info string, if any.
    case codeBlock(info: String, text: String)
    case thematicBreak
    /// The line `<!-- pagebreak -->`: a forced page break in paged formats.
    case pageBreak
    /// The line `<!-- cut -->`: a dashed line across the page with scissors, where printed ballots or cards are cut
    /// apart.
    case cutLine
}
