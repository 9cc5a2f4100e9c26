import Mustache

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
