import ParticipeCore

/// What document templates say to kit authors when they cannot be read or rendered: their table of messages.
/// The words are in `TemplateMessage+French.swift` and `TemplateMessage+English.swift`.
enum TemplateMessage: Wording {
    case noTemplate(document: String, language: String)
    case notUTF8(path: String)
    case mustache(String)
    /// What swift-mustache's parser found wrong, reported at the line and column it names.
    case mustacheSyntax(MustacheProblem)
    case closesUnopened(name: String)
    case closesOther(name: String, opened: String, line: Int)
    case neverClosed(name: String)
    case partial(name: String)
    /// A name the values do not hold; `prefix` is where it was looked for, `names` those that exist there.
    case noValue(missing: String, prefix: String?, tag: String, hint: String, names: [String])
    case unclosedTag(triple: Bool)
    case delimiters
    case inheritance
    case unknownTransform(name: String, transforms: String)
    case notAValueName(String)

    /// The kinds of problem swift-mustache's parser reports, in Participe's words.
    enum MustacheProblem: Sendable {
        case closeNameIncorrect
        case unfinishedName
        case expectedSectionEnd
        case delimiters
        case inheritance
        case pragmaSyntax
        case unknownPragma
        case other(String)
    }

    /// The names listed after a missing one: 15 at most.
    static func listed(_ names: [String]) -> String {
        names.prefix(15).joined(separator: ", ") + (names.count > 15 ? ", …" : "")
    }
}
