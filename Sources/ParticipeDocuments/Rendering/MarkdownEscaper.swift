/// Escapes answers for Markdown, so that no answer can open a heading, a list, a table column, a link or an HTML tag.
public enum MarkdownEscaper {
    /// Characters escaped wherever they stand: they open inline syntax or HTML.
    static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$"]
    /// Characters escaped only at the start of a line, where they open a block.
    static let lineStartSpecials: Set<Character> = ["#", "+", "-", "=", ">", ":"]

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
            .map { $0.drop(while: { $0 == " " || $0 == "\t" }) }
            .filter { !$0.isEmpty }
            .map(String.init)
    }

    private static func escapeLine(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var atStart = true
        // `12.` or `3)` at the start of a line would open an ordered list.
        var onlyDigitsSoFar = true
        var sawDigit = false
        for character in line {
            let isDigit = character.isASCII && character.isNumber
            if inlineSpecials.contains(character) || (atStart && lineStartSpecials.contains(character)) {
                out.append("\\")
            } else if onlyDigitsSoFar, sawDigit, character == "." || character == ")" {
                out.append("\\")
            }
            onlyDigitsSoFar = onlyDigitsSoFar && isDigit
            sawDigit = sawDigit || isDigit
            out.append(character)
            atStart = false
        }
        // A trailing space pair would read as a hard break; a trailing backslash would escape what follows.
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
