/// What the YAML reader says: its table of messages. The words are in `YAMLMessage+French.swift` and
/// `YAMLMessage+English.swift`.
enum YAMLMessage: Wording {
    case tooLarge(size: Int, limit: Int)
    case tooDeep(limit: Int)
    case alias
    case secondDocument
    case mergeKey
    case tag(String)
    /// A key that is a list or a mapping; `kind` is what it is.
    case complexKey(kind: Kind)
    case invalidUTF8(byte: Int)
    case otherEncoding(String)
    case controlCharacter(Unicode.Scalar)
    case cannotRead(path: String, reason: BoundedFile.Failure.Reason)
    case cannotStart
    /// libyaml's own message, translated where a translation is known, with the place it started.
    case syntax(problem: String, context: String?, line: Int, column: Int)
    /// A hint for a common cause of a syntax error.
    case hint(Hint)

    enum Kind: Sendable {
        case list
        case mapping
        case other
    }

    enum Hint: Sendable {
        case quoteAColon
        case noTabs
        case unclosedQuote
    }

    /// The hint for libyaml's `problem`, where its cause is common.
    static func hint(problem: String, context: String?) -> Hint? {
        if problem == "mapping values are not allowed in this context" { return .quoteAColon }
        if problem.contains("tab character") || problem == "found character that cannot start any token" {
            return .noTabs
        }
        if context == "while scanning a quoted scalar" { return .unclosedQuote }
        return nil
    }

    static func code(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
