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
