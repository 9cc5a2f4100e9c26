import Foundation

/// Renders blocks and inlines as HTML elements, in XHTML syntax so the output parses as XML.
///
/// The `.commonMark` flavour mirrors cmark-gfm's output so tests can compare the reader with
/// it; `.page` adds what the standalone page needs (heading ids, `scope` on header cells,
/// call-out classes, page breaks).
package struct HTMLRenderer {
    package enum Flavor {
        case commonMark
        case page
    }

    package var flavor: Flavor
    /// Added to heading levels (capped at 6), so that the page's own title stays the only h1.
    package var headingShift = 0
    /// Identifiers for the top-level headings, by their index in the rendered blocks.
    package var headingIDs: [Int: String] = [:]
    /// Top-level blocks that a redline marks as deleted or inserted, by their index.
    package var revisions: [Int: DocumentRedline.Revision] = [:]

    package init(flavor: Flavor) {
        self.flavor = flavor
    }

    package func render(_ blocks: [MarkdownBlock]) -> String {
        var output = ""
        for (index, block) in blocks.enumerated() {
            let tag = revisions[index].map { $0 == .inserted ? "ins" : "del" }
            if let tag { output += "<\(tag) class=\"revision\">\n" }
            render(block, id: headingIDs[index], tight: false, into: &output)
            if let tag { output += "</\(tag)>\n" }
        }
        return output
    }

    private func render(_ block: MarkdownBlock, id: String?, tight: Bool, into output: inout String) {
        switch block {
        case .heading(let level, let content):
            let tag = "h\(Swift.min(level + headingShift, 6))"
            let idAttribute = id.map { " id=\"\(XMLText.escaped($0))\"" } ?? ""
            output += "<\(tag)\(idAttribute)>\(inlines(content))</\(tag)>\n"
        case .paragraph(let content):
            output += tight ? inlines(content) : "<p>\(inlines(content))</p>\n"
        case .list(let list):
            renderList(list, into: &output)
        case .blockQuote(let blocks):
            output += flavor == .page ? "<blockquote class=\"callout\">\n" : "<blockquote>\n"
            for block in blocks { render(block, id: nil, tight: false, into: &output) }
            output += "</blockquote>\n"
        case .table(let table):
            renderTable(table, into: &output)
        case .codeBlock(let info, let text):
            let language = info.isEmpty ? "" : " class=\"language-\(XMLText.escaped(info))\""
            output += "<pre><code\(language)>\(XMLText.escaped(text))</code></pre>\n"
        case .thematicBreak:
            output += "<hr />\n"
        case .pageBreak:
            if flavor == .page { output += "<div class=\"page-break\"></div>\n" }
        }
    }

    private func renderList(_ list: MarkdownList, into output: inout String) {
        switch list.kind {
        case .bullet: output += "<ul>\n"
        case .ordered(let start): output += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
        }
        for item in list.items {
            output += "<li>"
            for (position, block) in item.enumerated() {
                if case .paragraph = block, list.isTight {
                    if position > 0 { output += "\n" }
                    render(block, id: nil, tight: true, into: &output)
                } else {
                    if position == 0 || list.isTight { output += "\n" }
                    render(block, id: nil, tight: false, into: &output)
                }
            }
            output += "</li>\n"
        }
        output += list.kind == .bullet ? "</ul>\n" : "</ol>\n"
    }

    private func renderTable(_ table: MarkdownTable, into output: inout String) {
        output += "<table>\n<thead>\n<tr>\n"
        for (column, cell) in table.header.enumerated() {
            let scope = flavor == .page ? " scope=\"col\"" : ""
            output += "<th\(scope)\(alignment(table.alignments[column]))>\(inlines(cell))</th>\n"
        }
        output += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            output += "<tbody>\n"
            for row in table.rows {
                output += "<tr>\n"
                for (column, cell) in row.enumerated() {
                    output += "<td\(alignment(table.alignments[column]))>\(inlines(cell))</td>\n"
                }
                output += "</tr>\n"
            }
            output += "</tbody>\n"
        }
        output += "</table>\n"
    }

    private func alignment(_ alignment: TableAlignment) -> String {
        let value: String
        switch alignment {
        case .none: return ""
        case .left: value = "left"
        case .center: value = "center"
        case .right: value = "right"
        }
        return flavor == .page ? " class=\"align-\(value)\"" : " align=\"\(value)\""
    }

    /// - Parameter insideStrong: cmark-gfm leaves out `strong` tags directly inside `strong`;
    ///   the `.commonMark` flavour does the same so the two can be compared.
    package func inlines(_ content: [MarkdownInline], insideStrong: Bool = false) -> String {
        var output = ""
        for inline in content {
            switch inline {
            case .text(let text): output += XMLText.escaped(text)
            case .emphasis(let inner): output += "<em>\(inlines(inner))</em>"
            case .strong(let inner) where insideStrong && flavor == .commonMark:
                output += inlines(inner, insideStrong: true)
            case .strong(let inner): output += "<strong>\(inlines(inner, insideStrong: true))</strong>"
            case .code(let code): output += "<code>\(XMLText.escaped(code))</code>"
            case .link(let destination, let title, let inner):
                let titleAttribute = title.isEmpty ? "" : " title=\"\(XMLText.escaped(title))\""
                output += "<a href=\"\(Self.escapedHref(destination))\"\(titleAttribute)>\(inlines(inner))</a>"
            case .softBreak: output += "\n"
            case .lineBreak: output += "<br />\n"
            }
        }
        return output
    }

    /// A URL in `href` syntax: percent-encoded as cmark does, `&` and `'` as references.
    package static func escapedHref(_ url: String) -> String {
        percentEncoded(url).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#x27;")
    }

    /// Percent-encodes the bytes of a URL that may not appear in one, leaving existing escapes
    /// and URL punctuation alone.
    package static func percentEncoded(_ url: String) -> String {
        var output = ""
        for byte in url.utf8 {
            if ByteClass.isAlphanumeric(byte) || Self.hrefSafe.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return output
    }

    private static let hrefSafe: Set<UInt8> = Set("-_.+!*(),%#@?=;:/$~&'".utf8)
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
