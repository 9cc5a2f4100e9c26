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
    /// Top-level blocks that changed in place (words of a paragraph, rows of a table), by their index.
    package var changes: [Int: DocumentRedline.Change] = [:]

    package init(flavor: Flavor) {
        self.flavor = flavor
    }

    package func render(_ blocks: [MarkdownBlock]) -> String {
        render(blocks, range: blocks.indices)
    }

    /// The blocks of `range`, their indices those of `blocks` for the headings' ids and the revisions.
    package func render(_ blocks: [MarkdownBlock], range: Range<Int>) -> String {
        var output = ""
        for index in range {
            let block = blocks[index]
            let tag = revisions[index].map(Self.tag)
            if let tag { output += "<\(tag) class=\"revision\">\n" }
            switch (changes[index], block) {
            case (.words(let runs)?, .heading(let level, _)):
                let tag = "h\(Swift.min(level + headingShift, 6))"
                let idAttribute = headingIDs[index].map { " id=\"\(XMLText.escaped($0))\"" } ?? ""
                output += "<\(tag)\(idAttribute)>\(inlines(runs))</\(tag)>\n"
            case (.words(let runs)?, .paragraph):
                output += "<p>\(inlines(runs))</p>\n"
            case (.rows(let rowRevisions, _, _)?, .table(let table)):
                renderTable(table, rowRevisions: rowRevisions, into: &output)
            default:
                render(block, id: headingIDs[index], tight: false, into: &output)
            }
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
        case .cutLine:
            if flavor == .page { output += "<div class=\"cut-line\">✂</div>\n" }
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

    private static func tag(_ revision: DocumentRedline.Revision) -> String {
        revision == .inserted ? "ins" : "del"
    }

    /// The words of a changed paragraph, those that went struck through and those that came underlined.
    private func inlines(_ runs: [DocumentRedline.InlineRun]) -> String {
        runs.map { run in
            guard let revision = run.revision else { return inlines(run.inlines) }
            let tag = Self.tag(revision)
            return "<\(tag) class=\"revision-inline\">\(inlines(run.inlines))</\(tag)>"
        }.joined()
    }

    private func renderTable(
        _ table: MarkdownTable, rowRevisions: [DocumentRedline.Revision?] = [], into output: inout String
    ) {
        // The page right-aligns columns of numbers; the CommonMark flavour keeps to what the Markdown says.
        let alignments = flavor == .page ? table.displayAlignments : table.alignments
        output += "<table>\n<thead>\n<tr>\n"
        for (column, cell) in table.header.enumerated() {
            let scope = flavor == .page ? " scope=\"col\"" : ""
            output += "<th\(scope)\(alignment(alignments[column]))>\(inlines(cell))</th>\n"
        }
        output += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            output += "<tbody>\n"
            for (index, row) in table.rows.enumerated() {
                // A row that went or came: its cells' text struck through or underlined.
                let revision = rowRevisions.indices.contains(index) ? rowRevisions[index] : nil
                let tag = revision.map(Self.tag)
                output += tag.map { "<tr class=\"row-\($0)\">\n" } ?? "<tr>\n"
                for (column, cell) in row.enumerated() {
                    let text = tag.map { "<\($0) class=\"revision-inline\">\(inlines(cell))</\($0)>" } ?? inlines(cell)
                    output += "<td\(alignment(alignments[column]))>\(text)</td>\n"
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
