/// The text of the source files read so far, to print the offending line under a diagnostic.
public struct SourceTexts: Sendable {
    private var tables: [String: LineTable] = [:]

    public init() {}

    public mutating func register(_ text: String, for file: String) {
        tables[file] = LineTable(text)
    }

    /// The lines of `file`, if it was registered.
    public func lines(of file: String) -> LineTable? { tables[file] }

    public func line(_ number: Int, of file: String) -> String? {
        tables[file]?.line(number)
    }

    /// The diagnostic, then the source line and a caret under its column.
    ///
    /// Control characters of the source line are shown as visible symbols, so that a line holding a NUL
    /// or an escape sequence can neither cut the output nor drive the terminal.
    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [
            VisibleText.escapingControls(
                diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
                    ?? "")
        ]
        if let location = diagnostic.location, let source = line(location.line, of: location.file) {
            let shown = Array(source.unicodeScalars.prefix(400))
            lines.append(VisibleText.escapingControls(String(String.UnicodeScalarView(shown))))
            let padding = shown.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append(padding + "^")
        }
        lines += diagnostic.notes.map { "  note: \(VisibleText.escapingControls($0))" }
        return lines.joined(separator: "\n")
    }
}

extension SourceTexts {
    /// Every diagnostic rendered, but at most `shownPerKind` of each kind, then one line saying how many more
    /// of that kind there are: 10,000 unknown keys print 20 diagnostics and a count, not 30,000 lines.
    public func render(_ diagnostics: [Diagnostic], shownPerKind: Int = 20, language: Language) -> [String] {
        var shownByKind: [String: Int] = [:]
        var hiddenByKind: [String: Int] = [:]
        var kinds: [String] = []
        var rendered: [String] = []
        for diagnostic in diagnostics {
            let kind = diagnostic.kind
            let shown = shownByKind[kind, default: 0]
            if shown < shownPerKind {
                shownByKind[kind] = shown + 1
                rendered.append(render(diagnostic))
            } else {
                if hiddenByKind[kind] == nil { kinds.append(kind) }
                hiddenByKind[kind, default: 0] += 1
            }
        }
        for kind in kinds {
            let count = hiddenByKind[kind] ?? 0
            rendered.append(
                language == .english
                    ? "… and \(count) more of the same kind (--format json lists them all)"
                    : "… et \(count) autre(s) du même genre (--format json les liste tous)")
        }
        return rendered
    }
}

extension Diagnostic {
    /// The message without what varies between two diagnostics of the same kind: quoted names and numbers.
    var kind: String {
        var result = severity.rawValue + ":"
        var closing: Character?
        for character in message {
            if let end = closing {
                if character == end { closing = nil }
                continue
            }
            switch character {
            case "«": closing = "»"
            case "'": closing = "'"
            case "\"": closing = "\""
            case "0"..."9": continue
            default: result.append(character)
            }
        }
        return result
    }
}
