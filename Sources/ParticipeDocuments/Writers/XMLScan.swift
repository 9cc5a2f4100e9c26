import Foundation

/// Just enough reading of someone else's XML (a reference document's parts) to find a few elements and their
/// attributes, without a parser: the parts are written by Word or LibreOffice, and what is read from them is
/// only ever copied into a package, never trusted as markup of ours.
enum XMLScan {
    /// The start tags (or empty elements) named `name`, each as its attributes by qualified name, in order.
    static func elements(_ name: String, in xml: String) -> [[String: String]] {
        var found: [[String: String]] = []
        var rest = xml[...]
        while let start = rest.range(of: "<" + name) {
            let after = rest[start.upperBound...]
            guard let next = after.first, next == " " || next == "/" || next == ">" || next == "\n" || next == "\t",
                let end = after.firstIndex(of: ">")
            else {
                rest = after
                continue
            }
            found.append(attributes(after[..<end]))
            rest = after[end...]
        }
        return found
    }

    /// The last element named `name` of `xml`, from its start tag to its end tag (or the empty element).
    static func lastElement(_ name: String, in xml: String) -> Substring? {
        var searched = xml[...]
        while let start = searched.range(of: "<" + name, options: .backwards) {
            let after = xml[start.upperBound...]
            guard let next = after.first, next == " " || next == "/" || next == ">" else {
                searched = xml[..<start.lowerBound]
                continue
            }
            guard let close = after.firstIndex(of: ">") else { return nil }
            if xml[xml.index(before: close)] == "/" { return xml[start.lowerBound...close] }
            guard let end = after.range(of: "</" + name + ">") else { return nil }
            return xml[start.lowerBound..<end.upperBound]
        }
        return nil
    }

    /// `a="1" b='2'` as its attributes, entity references resolved.
    static func attributes(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last
            var value = rest[rest.index(after: equals)...].drop { $0 == " " }
            guard let quote = value.first, quote == "\"" || quote == "'" else { break }
            value = value.dropFirst()
            guard let end = value.firstIndex(of: quote) else { break }
            if let name { result[String(name)] = unescaped(value[..<end]) }
            rest = value[value.index(after: end)...]
        }
        return result
    }

    private static func unescaped(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `target` relative to the folder `base` (`word/`), with `.` and `..` resolved; nil when it leaves the
    /// package or is empty.
    static func resolvedPath(_ target: String, from base: String) -> String? {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(piece))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
