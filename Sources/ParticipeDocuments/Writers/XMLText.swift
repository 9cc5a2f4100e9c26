/// Escaping for XML and XHTML text and attribute values.
///
/// `&`, `<`, `>` and `"` become references (so `]]>` cannot occur either). Characters XML 1.0
/// forbids — C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF — are
/// replaced by U+FFFD: the reader sees that something was there, and the document stays valid.
package enum XMLText {
    package static func escaped(_ text: String) -> String {
        // Most text needs nothing: check its bytes before building a copy.
        if text.utf8.allSatisfy({
            $0 >= 0x20
                ? ($0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22) : ($0 == 0x09 || $0 == 0x0A || $0 == 0x0D)
        }),
            !text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF })
        {
            return text
        }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// Text safe for XML without escaping markup characters (for values already known to hold none).
    package static func sanitized(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return result
    }

    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
