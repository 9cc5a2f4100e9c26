/// Escapes answers for Markdown, so that no answer can open a heading, a list, a table column, a link or an HTML tag.
///
/// Works on Unicode scalars: every decision concerns ASCII punctuation, and scalars spare the cost of grapheme
/// breaking on every value of every document.
public enum MarkdownEscaper {
    /// Characters escaped wherever they stand: they open inline syntax or HTML.
    static let inlineSpecials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$"]

    /// For running text: a line break becomes a Markdown hard break; blank lines and indentation are folded.
    public static func escape(_ text: String) -> String {
        normalizedLines(text).map(escapeLine).joined(separator: "\\\n")
    }

    /// For a table cell: line breaks become spaces.
    public static func escapeCell(_ text: String) -> String {
        escapeLine(Array(normalizedLines(text).joined(separator: [" "])))
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    /// The text's lines, without blank ones; control characters replaced, continuation lines unindented.
    private static func normalizedLines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var line: [Unicode.Scalar] = []
        func endLine() {
            if !line.allSatisfy(isBlank) { lines.append(lines.isEmpty ? line : Array(line.drop(while: isBlank))) }
            line.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isNewline(scalar) {
                endLine()
            } else if scalar == "\t" || scalar.value >= 0x20 && scalar.value != 0x7F {
                line.append(scalar)
            } else {
                line.append("\u{FFFD}")
            }
        }
        endLine()
        return lines
    }

    /// Escapes one line. Block syntax is escaped only where it would open a block (`- ` but not `-5`, `1. `
    /// but not `0.44`), so that values read cleanly in the Markdown source as well.
    private static func escapeLine(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var index = 0
        // At most one leading space: four would open an indented code block.
        if let first = scalars.first, isBlank(first) {
            out.append(" ")
            while index < scalars.count, isBlank(scalars[index]) { index += 1 }
        }
        let first = index
        let escapedAtStart = opensBlock(scalars, at: first)
        let digits = scalars[first...].prefix { ("0"..."9").contains($0) }.count
        let orderedMarker = digits > 0 && digits <= 9 ? first + digits : -1
        while index < scalars.count {
            let scalar = scalars[index]
            let opensOrderedList =
                index == orderedMarker && (scalar == "." || scalar == ")")
                && (index + 1 >= scalars.count || isBlank(scalars[index + 1]))
            if inlineSpecials.contains(scalar) || (index == first && escapedAtStart) || opensOrderedList {
                out.append("\\")
            }
            out.append(scalar)
            index += 1
        }
        // Two trailing spaces would read as a hard break.
        var text = String(out)
        while text.hasSuffix("  ") { text.removeLast() }
        return text
    }

    /// Whether the text from `start` would open a block: a heading, a list item, a thematic break or a
    /// setext underline. Ordered-list markers (`12. `) are escaped on their `.` or `)` instead.
    private static func opensBlock(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start < scalars.count else { return false }
        func isBlankAt(_ offset: Int) -> Bool { offset >= scalars.count || isBlank(scalars[offset]) }
        let first = scalars[start]
        let rest = scalars[start...]
        switch first {
        case "#":
            let run = rest.prefix { $0 == "#" }.count
            return run <= 6 && isBlankAt(start + run)
        case "-", "+", "=":
            let onlyMarks = rest.allSatisfy { $0 == first || isBlank($0) }
            return onlyMarks || (first != "=" && isBlankAt(start + 1))
        default:
            return false
        }
    }
}
