/// The text of the source files read so far, to print the offending line under a diagnostic.
public struct SourceTexts: Sendable {
    private var texts: [String: String] = [:]

    public init() {}

    public mutating func register(_ text: String, for file: String) {
        texts[file] = text
    }

    public func line(_ number: Int, of file: String) -> Substring? {
        guard let text = texts[file], number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(where: \.isNewline) else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(where: \.isNewline) ?? text.endIndex
        return text[start..<end]
    }

    /// The diagnostic, then the source line and a caret under its column.
    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [
            diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        ]
        if let location = diagnostic.location, let source = line(location.line, of: location.file) {
            let shown = String(source.prefix(400))
            lines.append(shown)
            let padding = shown.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append(padding + "^")
        }
        lines += diagnostic.notes.map { "  note: \($0)" }
        return lines.joined(separator: "\n")
    }
}
