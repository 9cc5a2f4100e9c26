import Foundation
import ParticipeDocuments
import PropertyBased

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Hostile Unicode text for the writers' property tests.
enum HostileText {
    typealias RNG = any SeededRandomNumberGenerator

    /// Controls, noncharacters, lone combining marks, right-to-left, emoji, markup, Markdown, formula starters.
    static let pieces: [String] = [
        "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\t", "\n", "\n\n", "\u{B}", "\u{C}", "\r", "\r\n", "\u{1B}[2J",
        "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{200B}", "\u{200F}", "\u{202E}", "\u{2028}",
        "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{1FFFE}", "\u{10FFFF}", "\u{301}",
        "\u{20DD}", "e\u{301}", "\"\u{301}", ",\u{301}", ";\u{308}", "مرحبا", "שלום", "👩‍👩‍👧‍👦", "🇫🇷", "👍🏽", "<",
        ">", "&", "&amp;", "&#0;", "&nbsp;", "]]>", "<![CDATA[", "\"", "'", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "<!--", "-->", "{{x}}", "{{{x}}}", "*", "**", "_", "`", "```", "~~~",
        "# ", "- ", "1. ", "> ", "|", "| --- |", "---", "\\", "[a](javascript:alert(1))", "<https://a.fr>",
        "<javascript:alert(1)>", "![i](x)", "<!-- pagebreak -->", "    ", " ", "  ", "=", "+", "-", "@", ",", ";",
        "=1+2", "=HYPERLINK(\"x\")", "a", "mot", "é", "Œuvre", "ß", "15 000", "1,5", "%", "€",
    ]

    static func text(using rng: inout RNG, maximumPieces: Int = 14) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...maximumPieces, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: text += pieces.randomElement(using: &rng) ?? ""
            case 6..<8: text.unicodeScalars.append(scalar(using: &rng))
            case 8: text.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0...0x1F, using: &rng)))
            default: text += String(Int.random(in: -99_999...99_999, using: &rng))
            }
        }
        if Int.random(in: 0..<25, using: &rng) == 0 {
            text += String(repeating: pieces.randomElement(using: &rng) ?? "x", count: 3_000)
        }
        return text
    }

    /// Any scalar but a surrogate, half the time from the basic plane.
    static func scalar(using rng: inout RNG) -> Unicode.Scalar {
        while true {
            let bound: UInt32 = Bool.random(using: &rng) ? 0xFFFF : 0x10_FFFF
            if let scalar = Unicode.Scalar(UInt32.random(in: 0...bound, using: &rng)) { return scalar }
        }
    }

    static var generator: Generator<String, Shrink.None<String>> {
        Generator(run: { text(using: &$0) })
    }
}

/// Checks that what a writer produced is a valid document, and says what is wrong otherwise.
enum DocumentValidity {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// The elements and attributes the HTML writer emits; anything else came from unescaped text.
    static let htmlElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "h5", "h6", "p",
        "time", "nav", "ul", "ol", "li", "main", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "pre",
        "code", "hr", "div", "em", "strong", "br",
    ]
    static let htmlAttributes: Set<String> = [
        "lang", "xml:lang", "charset", "name", "content", "class", "href", "title", "datetime", "aria-labelledby",
        "id", "tabindex", "scope", "start", "align",
    ]

    /// The page parses as XML (the writer uses XHTML syntax), holds only the writer's elements and attributes, and
    /// no link runs script.
    static func checkHTML(_ data: Data) throws {
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data)
        } catch {
            throw Invalid(description: "HTML is not well-formed: \(error)")
        }
        for case let element as XMLElement in try document.nodes(forXPath: "//*") {
            let name = element.localName ?? element.name ?? ""
            guard htmlElements.contains(name) else { throw Invalid(description: "unexpected element <\(name)>") }
            for attribute in element.attributes ?? [] {
                let attributeName = attribute.name ?? ""
                guard htmlAttributes.contains(attributeName) else {
                    throw Invalid(description: "unexpected attribute \(attributeName) on <\(name)>")
                }
                let value = (attribute.stringValue ?? "").lowercased().filter { !$0.isWhitespace }
                if attributeName == "href", ["javascript:", "vbscript:", "data:"].contains(where: value.hasPrefix) {
                    throw Invalid(description: "a link runs script: \(value)")
                }
            }
        }
    }

    /// The package is a ZIP archive that opens, with CRC checks, holds `required`, and whose every XML part parses.
    static func checkPackage(_ data: Data, required: [String]) throws {
        let entries: [(path: String, data: Data, isStored: Bool)]
        do {
            entries = try ZipPackage.entries(of: data)
        } catch {
            throw Invalid(description: "the ZIP archive does not open: \(error)")
        }
        let paths = Set(entries.map(\.path))
        for part in required where !paths.contains(part) {
            throw Invalid(description: "the package has no \(part)")
        }
        for entry in entries where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            let parser = XMLParser(data: entry.data)
            guard parser.parse() else {
                let line = parser.lineNumber
                let column = parser.columnNumber
                let error = parser.parserError.map { "\($0)" } ?? "unknown error"
                throw Invalid(description: "\(entry.path) is not well-formed XML at \(line):\(column): \(error)")
            }
        }
    }

    static let docxParts = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml"]
    static let odtParts = ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"]
    static let xlsxParts = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml"]
    static let odsParts = ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "settings.xml"]
}

/// A strict RFC 4180 reader: fields quoted or not, `""` inside quotes, records ended by CR LF.
///
/// It works on Unicode scalars, not characters, so a combining mark after a quote or a separator cannot hide them.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func records(_ data: Data, separator: Unicode.Scalar, byteOrderMark: Bool) throws -> [[String]] {
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
            throw Malformed(description: "not UTF-8")
        }
        var scalars = Array(text.unicodeScalars)[...]
        if byteOrderMark {
            guard scalars.first == "\u{FEFF}" else { throw Malformed(description: "no byte-order mark") }
            scalars = scalars.dropFirst()
        }
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var index = scalars.startIndex
        func next() -> Unicode.Scalar? { index < scalars.endIndex ? scalars[index] : nil }
        while index < scalars.endIndex {
            if scalars[index] == "\"" {
                index += 1
                while true {
                    guard let scalar = next() else { throw Malformed(description: "unterminated quoted field") }
                    index += 1
                    if scalar == "\"" {
                        guard next() == "\"" else { break }
                        index += 1
                    }
                    field.append(scalar)
                }
            } else {
                while let scalar = next(), scalar != separator, scalar != "\r" {
                    guard scalar != "\"", scalar != "\n" else {
                        throw Malformed(description: "\(scalar.escaped(asASCII: true)) in an unquoted field")
                    }
                    field.append(scalar)
                    index += 1
                }
            }
            record.append(String(field))
            field = String.UnicodeScalarView()
            if next() == separator {
                index += 1
                continue
            }
            guard next() == "\r", index + 1 < scalars.endIndex, scalars[index + 1] == "\n" else {
                throw Malformed(description: "a field is not followed by a separator or CR LF")
            }
            index += 2
            records.append(record)
            record = []
        }
        guard record.isEmpty else { throw Malformed(description: "the last record has no CR LF") }
        return records
    }

    /// What `CSVWriter` promises a cell reads back as: `'` before a formula starter, the rest unchanged.
    static func protected(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
            return cell
        }
        return "'" + cell
    }

    /// Whether two texts hold the same scalars (not only canonically equivalent ones).
    static func same(_ left: [[String]], _ right: [[String]]) -> Bool {
        left.count == right.count
            && zip(left, right).allSatisfy { leftRow, rightRow in
                leftRow.count == rightRow.count
                    && zip(leftRow, rightRow).allSatisfy { Array($0.unicodeScalars) == Array($1.unicodeScalars) }
            }
    }
}
