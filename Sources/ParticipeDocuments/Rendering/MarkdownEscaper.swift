/// Escapes answers for Markdown, so that no answer can open a heading, a list, a table column, a link or an HTML tag.
public enum MarkdownEscaper {
    /// Characters escaped wherever they stand: they open inline syntax or HTML.
    static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$"]

    /// For running text: a line break becomes a Markdown hard break; blank lines and indentation are folded.
    public static func escape(_ text: String) -> String {
        let lines = normalizedLines(text)
        return lines.map(escapeLine).joined(separator: "\\\n")
    }

    /// For a table cell: line breaks become spaces.
    public static func escapeCell(_ text: String) -> String {
        escapeLine(normalizedLines(text).joined(separator: " "))
    }

    private static func normalizedLines(_ text: String) -> [String] {
        var cleaned = ""
        cleaned.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D: cleaned.unicodeScalars.append("\n")
            case 0x09, 0x0A: cleaned.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F: cleaned.unicodeScalars.append("\u{FFFD}")
            default: cleaned.unicodeScalars.append(scalar)
            }
        }
        return cleaned.split(whereSeparator: \.isNewline)
            .enumerated().map { offset, line in offset == 0 ? line : line.drop(while: { $0 == " " || $0 == "\t" }) }
            .filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }
            .map(String.init)
    }

    /// Escapes one line. Block syntax is escaped only where it would open a block (`- ` but not `-5`, `1. `
    /// but not `0.44`), so that values read cleanly in the Markdown source as well.
    private static func escapeLine(_ line: String) -> String {
        let characters = Array(line)
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var index = 0
        // At most one leading space: four would open an indented code block.
        if characters.first == " " || characters.first == "\t" {
            out.append(" ")
            while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        }
        let first = index
        let escapedAtStart = opensBlock(characters, at: first)
        let digits = characters[first...].prefix { $0.isASCII && $0.isNumber }.count
        let orderedMarker = digits > 0 && digits <= 9 ? first + digits : -1
        while index < characters.count {
            let character = characters[index]
            let opensOrderedList =
                index == orderedMarker && (character == "." || character == ")")
                && (index + 1 >= characters.count || characters[index + 1] == " " || characters[index + 1] == "\t")
            if inlineSpecials.contains(character) || (index == first && escapedAtStart) || opensOrderedList {
                out.append("\\")
            }
            out.append(character)
            index += 1
        }
        // Two trailing spaces would read as a hard break.
        while out.hasSuffix("  ") { out.removeLast() }
        return out
    }

    /// Whether the text from `start` would open a block: a heading, a list item, a thematic break or a
    /// setext underline. Ordered-list markers (`12. `) are escaped on their `.` or `)` instead.
    private static func opensBlock(_ characters: [Character], at start: Int) -> Bool {
        guard start < characters.count else { return false }
        func isBlank(_ offset: Int) -> Bool {
            offset >= characters.count || characters[offset] == " " || characters[offset] == "\t"
        }
        let first = characters[start]
        let rest = characters[start...]
        switch first {
        case "#":
            let run = rest.prefix { $0 == "#" }.count
            return run <= 6 && isBlank(start + run)
        case "-", "+", "=":
            let onlyMarks = rest.allSatisfy { $0 == first || $0 == " " || $0 == "\t" }
            return onlyMarks || (first != "=" && isBlank(start + 1))
        default:
            return false
        }
    }
}
