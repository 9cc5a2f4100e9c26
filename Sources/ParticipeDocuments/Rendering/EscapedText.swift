import Mustache

/// An answer: rendered escaped for Markdown, whichever tag shows it.
struct EscapedText: MustacheCustomRenderable, MustacheTransformable {
    let raw: String

    var renderText: String { MarkdownEscaper.escape(raw) }
    var isNull: Bool { raw.isEmpty }

    func transform(_ name: String) -> Any? {
        name == "cell" ? CellText(raw: raw) : nil
    }
}
