/// Builds the `office:text` content of `content.xml` from blocks, and the automatic styles
/// its tables need.
struct ODTBody {
    var xml = ""
    /// Automatic styles for table widths and columns, added to `content.xml`.
    private(set) var automaticStyles = ""
    /// The changed regions of a redline, for `text:tracked-changes`.
    private(set) var trackedChanges = ""
    /// The `office:change-info` (author and date) of every revision.
    var changeInfo = ""
    private var tableCount = 0
    private var numberingStarts: Set<Int> = []
    private var lastChangeID = 0
    /// How many headings of the table of contents have their bookmark: the n-th is `_Toc{n}`.
    private var headingBookmarks = 0
    /// Whether the blocks being added are deleted ones of a redline, which the table of contents leaves out.
    private var addingDeleted = false

    mutating func add(_ blocks: [MarkdownBlock], quoteDepth: Int = 0, inList: Bool = false) {
        for block in blocks {
            add(block, quoteDepth: quoteDepth, inList: inList)
        }
    }

    /// Adds the parts of a redline: inserted blocks sit between a change start and end, deleted ones are kept in
    /// their changed region and marked where they were, as LibreOffice writes them; words are marked the same way
    /// inside their paragraph. A table whose rows changed is marked whole, the earlier one deleted and the later
    /// one inserted: ODF has no tracked change of a table row.
    mutating func add(_ parts: [DocumentRedline.Part]) {
        var expanded: [DocumentRedline.Part] = []
        for part in parts {
            if case .rows(_, let old, let new)? = part.change {
                expanded += [.init(.table(old), revision: .deleted), .init(.table(new), revision: .inserted)]
            } else {
                expanded.append(part)
            }
        }
        var index = 0
        while index < expanded.count {
            let part = expanded[index]
            if case .words(let runs)? = part.change {
                changedParagraph(part.block, runs)
                index += 1
                continue
            }
            var end = index + 1
            while end < expanded.count, expanded[end].revision == part.revision, expanded[end].change == nil {
                end += 1
            }
            add(expanded[index..<end].map(\.block), revision: part.revision, endsTheText: end == expanded.count)
            index = end
        }
    }

    private mutating func add(_ blocks: [MarkdownBlock], revision: DocumentRedline.Revision?, endsTheText: Bool) {
        guard let revision else {
            add(blocks)
            return
        }
        let id = newChangedRegion()
        switch revision {
        case .inserted:
            trackedChanges += "<text:insertion>\(changeInfo)</text:insertion>"
            xml += "<text:change-start text:change-id=\"\(id)\"/>"
            add(blocks)
            xml += "<text:change-end text:change-id=\"\(id)\"/>\n"
            // LibreOffice drops an insertion that ends the text, and gives an empty paragraph after it the style
            // of what it rejects (an empty list item would stay): a paragraph of one space follows it.
            if endsTheText { xml += "<text:p text:style-name=\"Text_20_body\"><text:s/></text:p>\n" }
        case .deleted:
            let body = xml
            xml = ""
            addingDeleted = true
            add(blocks)
            addingDeleted = false
            // Deleted text ends with its paragraph break, an empty paragraph after it; a table has none.
            if case .table? = blocks.last {} else { xml += "<text:p/>" }
            trackedChanges += "<text:deletion>\(changeInfo)\(xml)</text:deletion>"
            xml = body + "<text:change text:change-id=\"\(id)\"/>\n"
        }
        trackedChanges += "</text:changed-region>\n"
    }

    /// A paragraph or heading that stays, its words that went and came marked inside it.
    private mutating func changedParagraph(_ block: MarkdownBlock, _ runs: [DocumentRedline.InlineRun]) {
        var content = ""
        for run in runs {
            guard let revision = run.revision else {
                content += spans(run.inlines)
                continue
            }
            let id = newChangedRegion()
            switch revision {
            case .inserted:
                trackedChanges += "<text:insertion>\(changeInfo)</text:insertion>"
                content += "<text:change-start text:change-id=\"\(id)\"/>\(spans(run.inlines))"
                content += "<text:change-end text:change-id=\"\(id)\"/>"
            case .deleted:
                trackedChanges += "<text:deletion>\(changeInfo)<text:p>\(spans(run.inlines))</text:p></text:deletion>"
                content += "<text:change text:change-id=\"\(id)\"/>"
            }
            trackedChanges += "</text:changed-region>\n"
        }
        if case .heading(let level, _) = block {
            heading(level: level, content: content, listed: level <= MarkdownDocument.Outline.deepestLevel)
        } else {
            xml += "<text:p text:style-name=\"Text_20_body\">\(content)</text:p>\n"
        }
    }

    /// A heading; one the table of contents lists holds the bookmark its entry links to and takes its page number
    /// from.
    private mutating func heading(level: Int, content: String, listed: Bool) {
        xml += "<text:h text:style-name=\"Heading_20_\(level)\" text:outline-level=\"\(level)\">"
        guard listed, !addingDeleted else {
            xml += "\(content)</text:h>\n"
            return
        }
        headingBookmarks += 1
        let name = MarkdownDocument.Outline.bookmark(headingBookmarks)
        xml += "<text:bookmark-start text:name=\"\(name)\"/>\(content)<text:bookmark-end text:name=\"\(name)\"/>"
        xml += "</text:h>\n"
    }

    /// Opens the changed region of a new change, and returns its id.
    private mutating func newChangedRegion() -> String {
        lastChangeID += 1
        trackedChanges += "<text:changed-region text:id=\"ct\(lastChangeID)\">"
        return "ct\(lastChangeID)"
    }

    private mutating func add(_ block: MarkdownBlock, quoteDepth: Int, inList: Bool) {
        switch block {
        case .heading(let level, let content):
            // The table of contents lists the top-level headings of levels 1 to 3 that the document keeps.
            let listed = level <= MarkdownDocument.Outline.deepestLevel && quoteDepth == 0 && !inList
            heading(level: level, content: spans(content), listed: listed)
        case .paragraph(let content):
            let style: String
            if quoteDepth > 0 {
                style = quoteDepth == 1 ? "Quotations" : "Quotations_\(Swift.min(quoteDepth, 8))"
            } else {
                style = inList ? "List_20_Contents" : "Text_20_body"
            }
            paragraph(style: style, content: content)
        case .list(let list):
            addList(list, quoteDepth: quoteDepth)
        case .blockQuote(let blocks):
            add(blocks, quoteDepth: quoteDepth + 1, inList: inList)
        case .table(let table):
            addTable(table)
        case .codeBlock(_, let text):
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            xml += "<text:p text:style-name=\"Preformatted_20_Text\">"
            xml += lines.map { ODTText.escaped(String($0)) }.joined(separator: "<text:line-break/>")
            xml += "</text:p>\n"
        case .thematicBreak:
            xml += "<text:p text:style-name=\"Horizontal_20_Line\"/>\n"
        case .pageBreak:
            xml += "<text:p text:style-name=\"Page_20_Break\"/>\n"
        case .cutLine:
            xml += "<text:p text:style-name=\"Cut_20_Line\">✂</text:p>\n"
        }
    }

    mutating func paragraph(style: String, content: [MarkdownInline]) {
        xml += "<text:p text:style-name=\"\(style)\">\(spans(content))</text:p>\n"
    }

    private mutating func addList(_ list: MarkdownList, quoteDepth: Int) {
        switch list.kind {
        case .bullet:
            xml += "<text:list text:style-name=\"List_20_1\">\n"
        case .ordered(let start) where start != 1:
            // Readers such as pandoc take the start from the list style, LibreOffice from the
            // item: a list that does not start at 1 gets its own style, and the item its value.
            let style = "Numerotation_\(start)"
            if !numberingStarts.contains(start) {
                numberingStarts.insert(start)
                automaticStyles += ODTStyles.numberingStyle(named: style, start: start) + "\n"
            }
            xml += "<text:list text:style-name=\"\(style)\" text:continue-numbering=\"false\">\n"
        case .ordered:
            xml += "<text:list text:style-name=\"Numbering_20_123\" text:continue-numbering=\"false\">\n"
        }
        for (position, item) in list.items.enumerated() {
            if position == 0, case .ordered(let start) = list.kind, start != 1 {
                xml += "<text:list-item text:start-value=\"\(start)\">"
            } else {
                xml += "<text:list-item>"
            }
            if item.isEmpty {
                xml += "<text:p text:style-name=\"List_20_Contents\"/>"
            }
            add(item, quoteDepth: quoteDepth, inList: true)
            xml += "</text:list-item>\n"
        }
        xml += "</text:list>\n"
    }

    private mutating func addTable(_ table: MarkdownTable) {
        tableCount += 1
        let name = "Tableau\(tableCount)"
        automaticStyles += "<style:style style:name=\"\(name)\" style:family=\"table\">"
        // Neighbouring cells share one border, and the text after the table keeps its distance.
        automaticStyles += "<style:table-properties style:width=\"17cm\" table:align=\"margins\""
        automaticStyles += " table:border-model=\"collapsing\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.35cm\"/>"
        automaticStyles += "</style:style>\n"
        let widths = DOCXBody.columnWidths(table)
        let alignments = table.displayAlignments
        for (column, width) in widths.enumerated() {
            automaticStyles += "<style:style style:name=\"\(name).C\(column + 1)\" style:family=\"table-column\">"
            automaticStyles += "<style:table-column-properties style:rel-column-width=\"\(width)*\"/></style:style>\n"
        }
        xml += "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">\n"
        for column in widths.indices {
            xml += "<table:table-column table:style-name=\"\(name).C\(column + 1)\"/>\n"
        }
        xml += "<table:table-header-rows>"
        row(table.header, alignments: alignments, isHeader: true)
        xml += "</table:table-header-rows>\n"
        for cells in table.rows {
            row(cells, alignments: alignments, isHeader: false)
        }
        xml += "</table:table>\n"
    }

    private mutating func row(_ cells: [[MarkdownInline]], alignments: [TableAlignment], isHeader: Bool) {
        xml += "<table:table-row>"
        for (column, cell) in cells.enumerated() {
            let cellStyle = isHeader ? "Cellule_En_Tete" : "Cellule"
            xml += "<table:table-cell table:style-name=\"\(cellStyle)\" office:value-type=\"string\">"
            var style = isHeader ? "Table_20_Heading" : "Table_20_Contents"
            switch alignments[column] {
            case .none, .left: break
            case .center: style += "_Centre"
            case .right: style += "_Droite"
            }
            paragraph(style: style, content: cell)
            xml += "</table:table-cell>"
        }
        xml += "</table:table-row>\n"
    }

    /// Inlines as ODF spans, links and line breaks.
    func spans(_ content: [MarkdownInline]) -> String {
        var output = ""
        for inline in content {
            switch inline {
            case .text(let text):
                output += ODTText.escaped(text)
            case .emphasis(let inner):
                output += "<text:span text:style-name=\"Emphasis\">\(spans(inner))</text:span>"
            case .strong(let inner):
                output += "<text:span text:style-name=\"Strong_20_Emphasis\">\(spans(inner))</text:span>"
            case .code(let code):
                output += "<text:span text:style-name=\"Source_20_Text\">\(ODTText.escaped(code))</text:span>"
            case .link(let destination, _, let inner):
                guard !destination.isEmpty else {
                    output += spans(inner)
                    continue
                }
                let href = XMLText.escaped(HTMLRenderer.percentEncoded(destination))
                output += "<text:a xlink:type=\"simple\" xlink:href=\"\(href)\""
                output += " text:style-name=\"Internet_20_link\">\(spans(inner))</text:a>"
            case .softBreak:
                output += " "
            case .lineBreak:
                output += "<text:line-break/>"
            }
        }
        return output
    }
}
