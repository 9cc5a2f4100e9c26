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

    var columnCount: Int { alignments.count }
}
