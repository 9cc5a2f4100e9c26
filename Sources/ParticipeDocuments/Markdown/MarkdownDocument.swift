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
}

/// A bullet or ordered list.
public struct MarkdownList: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case bullet
        /// An ordered list and the number of its first item.
        case ordered(start: Int)
    }

    public var kind: Kind
    /// A tight list's items hold their paragraphs without spacing between them.
    public var isTight: Bool
    /// Each item is a sequence of blocks.
    public var items: [[MarkdownBlock]]

    public init(kind: Kind, isTight: Bool, items: [[MarkdownBlock]]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

/// The horizontal alignment of a table column, from the delimiter row (`:--`, `:-:`, `--:`).
public enum TableAlignment: Sendable, Equatable {
    case none
    case left
    case center
    case right
}

/// A GFM pipe table: one header row and body rows, all with as many cells as there are columns.
public struct MarkdownTable: Sendable, Equatable {
    public var alignments: [TableAlignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]

    public init(alignments: [TableAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    public var columnCount: Int { alignments.count }
}

/// An inline element.
public enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case code(String)
    /// A link; `destination` is empty when the reader refused an unsafe scheme (`javascript:`…).
    case link(destination: String, title: String, content: [MarkdownInline])
    /// A line ending inside a paragraph: a space in every output.
    case softBreak
    /// A hard line break (two trailing spaces or a trailing backslash).
    case lineBreak
}
