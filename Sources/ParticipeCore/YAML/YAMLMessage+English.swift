extension YAMLMessage {
    var english: String {
        switch self {
        case .tooLarge(let size, let limit): "file too large: \(size) bytes, the limit is \(limit) bytes"
        case .tooDeep(let limit): "nesting deeper than \(limit) levels is not accepted"
        case .alias: "YAML aliases (*name) are not accepted: write the value out in full"
        case .secondDocument: "a single YAML document was expected, found a second one"
        case .mergeKey: "merge keys (<<) are not supported: write the keys out in full"
        case .tag(let tag): "YAML tags (\(tag)) are not supported: write the value alone, in quotes if it is a text"
        case .complexKey(let kind):
            switch kind {
            case .list: "a mapping key must be a plain word, not a list"
            case .mapping: "a mapping key must be a plain word, not a mapping"
            case .other: "a mapping key must be a plain word"
            }
        case .invalidUTF8(let byte): "invalid UTF-8: the file must be text encoded in UTF-8 (byte \(byte) is not)"
        case .otherEncoding(let encoding): "this file is \(encoding); save it as UTF-8"
        case .controlCharacter(let scalar):
            "control character \(Self.code(of: scalar)) is not allowed: remove it (a copy and paste may have brought it)"
        case .cannotRead(let path, let reason):
            switch reason {
            case .missing: "cannot read '\(path)': no such file"
            case .folder: "cannot read '\(path)': it is a folder"
            case .denied: "cannot read '\(path)': permission denied"
            case .other(let text): "cannot read '\(path)': \(text)"
            }
        case .cannotStart: "cannot start the YAML parser"
        case .syntax(let problem, let context, let line, let column):
            "malformed YAML: \(problem)" + (context.map { " (\($0) at line \(line), column \(column))" } ?? "")
        case .hint(.quoteAColon):
            "a text that holds ': ' (a colon and a space) must be in quotes: name: \"Cycling plan: have your say\""
        case .hint(.noTabs): "indent with spaces, never tabs; a text that starts with @, ` or % must be in quotes"
        case .hint(.unclosedQuote):
            "a quote is opened and not closed; to put a quote inside, double it between single quotes ('it''s') or escape it between double quotes (\"a \\\"word\\\"\")"
        }
    }
}
