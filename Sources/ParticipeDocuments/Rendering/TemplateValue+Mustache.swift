import Mustache

/// The shapes swift-mustache renders, built from `TemplateValue`s.
extension TemplateValue {
    var mustacheValue: Any {
        switch self {
        case .null: MustacheNull()
        case .flag(let flag): flag
        case .text(let text): EscapedText(raw: text)
        case .markdown(let markdown): TrustedMarkdown(markdown: markdown)
        case .list(let items): items.map(\.mustacheValue)
        case .emptyList: [Any]()
        case .absent: MustacheNull()
        case .object(let object): MustacheObject(object: object)
        }
    }
}

struct MustacheNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// An answer: rendered escaped for Markdown, whichever tag shows it.
struct EscapedText: MustacheCustomRenderable, MustacheTransformable {
    let raw: String

    var renderText: String { MarkdownEscaper.escape(raw) }
    var isNull: Bool { raw.isEmpty }

    func transform(_ name: String) -> Any? {
        name == "cell" ? CellText(raw: raw) : nil
    }
}

/// An answer inside a table cell: line breaks become spaces.
struct CellText: MustacheCustomRenderable {
    let raw: String

    var renderText: String { MarkdownEscaper.escapeCell(raw) }
    var isNull: Bool { raw.isEmpty }
}

/// A kit author's Markdown, in which the answers are already escaped.
struct TrustedMarkdown: MustacheCustomRenderable, MustacheTransformable {
    let markdown: String

    var renderText: String { markdown }
    var isNull: Bool { markdown.isEmpty }

    func transform(_ name: String) -> Any? {
        guard name == "cell" else { return nil }
        return TrustedMarkdown(markdown: markdown.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}

struct MustacheObject: MustacheParent {
    let object: TemplateObject

    func child(named name: String) -> Any? { object[name]?.mustacheValue }
}
