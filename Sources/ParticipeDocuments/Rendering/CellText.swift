import Mustache

/// An answer inside a table cell: line breaks become spaces.
struct CellText: MustacheCustomRenderable {
    let raw: String

    var renderText: String { MarkdownEscaper.escapeCell(raw) }
    var isNull: Bool { raw.isEmpty }
}
