/// Writes scalars so that reading them back gives the same text.
enum YAMLScalar {
    /// `text` as a plain scalar when that is safe and reads back as text, else double-quoted.
    static func quoted(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // What YAML cannot hold as it is: controls, line and byte-order marks, U+FFFE and U+FFFF.
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Plain only for words and sentences that YAML cannot read as anything else.
    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isAlphabetic, last != " ", text.count <= 200
        else { return false }
        let reserved: Set<String> = [
            "true", "false", "yes", "no", "on", "off", "null", "y", "n", "oui", "non", "vrai", "faux",
        ]
        if reserved.contains(text.lowercased()) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || " _-.,'’()/€%+?!àâ".unicodeScalars.contains(scalar)
        }
    }

    /// A multi-line text as a literal block, indented; nil when a block cannot represent it exactly.
    static func block(_ text: String, indent: String) -> String? {
        guard text.contains("\n"), !text.hasPrefix(" "), !text.hasPrefix("\n"),
            text.unicodeScalars.allSatisfy({
                $0 == "\n"
                    || ($0.value >= 0x20 && $0.value != 0x7F && $0.value != 0xFEFF) && $0.value != 0x2028
                        && $0.value != 0x2029 && $0.value != 0xFFFE && $0.value != 0xFFFF
            }),
            !text.contains("\r")
        else { return nil }
        let trailing = text.reversed().prefix { $0 == "\n" }.count
        let chomp = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
        let body = text.dropLast(trailing).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : indent + $0 }
        let tail = Array(repeating: "", count: max(0, trailing - 1))
        return ([chomp] + body + tail).joined(separator: "\n")
    }
}
