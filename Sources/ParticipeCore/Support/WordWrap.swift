/// Long lines cut at word boundaries, for a terminal of a known width: a word is never split at the
/// terminal's edge. Colour sequences (`ESC [ … m`) take no room.
public enum WordWrap {
    /// `text`'s lines, each cut before `width` columns at a space; a continuation keeps the line's indent.
    /// A word longer than the width stays whole on its own line.
    public static func wrap(_ text: String, width: Int) -> String {
        guard width > 10 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            wrapLine(String(line), width: width)
        }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard columns(line) > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        // A continuation keeps the line's indent, unless that indent would leave too little room.
        let hanging = indent.count < width / 2 ? indent : ""
        var lines: [String] = []
        var current = ""
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let start = lines.isEmpty ? indent : hanging
            if current.isEmpty {
                current = start + word
            } else if columns(current) + 1 + columns(String(word)) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = start + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// The columns `text` takes: its characters, less colour sequences.
    static func columns(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
