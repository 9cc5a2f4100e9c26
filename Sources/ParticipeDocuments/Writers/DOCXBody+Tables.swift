extension DOCXBody {
    /// A table in the `TableGrid` style whose header row repeats on each page; in a redline, `rowRevisions` marks
    /// each row that went or came (else the table's revision marks them all).
    mutating func addTable(_ table: MarkdownTable, rowRevisions: [DocumentRedline.Revision?] = []) {
        let whole = revision
        if endsWithRevisedParagraph {
            plainSpacer()
        }
        let widths = Self.columnWidths(table, textWidth: textWidth)
        let alignments = table.displayAlignments
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        xml += "<w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
        xml += " w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for width in widths {
            xml += "<w:gridCol w:w=\"\(width)\"/>"
        }
        xml += "</w:tblGrid>\n"
        row(table.header, widths: widths, alignments: alignments, isHeader: true)
        for (index, cells) in table.rows.enumerated() {
            if rowRevisions.indices.contains(index) { revision = rowRevisions[index] }
            row(cells, widths: widths, alignments: alignments, isHeader: false)
        }
        revision = whole
        xml += "</w:tbl>\n"
        // Word merges two tables that follow each other; an empty paragraph keeps them apart.
        openParagraph(style: "BodyText")
        xml += "</w:p>\n"
    }

    private mutating func row(
        _ cells: [[MarkdownInline]], widths: [Int], alignments: [TableAlignment], isHeader: Bool
    ) {
        // A row of a revision is inserted or deleted whole, cells and all.
        xml += "<w:tr><w:trPr><w:cantSplit/>\(isHeader ? "<w:tblHeader/>" : "")\(revisionMark())</w:trPr>"
        for (column, cell) in cells.enumerated() {
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/>"
            if isHeader { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DCE3EF\"/>" }
            xml += "</w:tcPr>"
            var properties = ""
            switch alignments[column] {
            case .none, .left: break
            case .center: properties = "<w:jc w:val=\"center\"/>"
            case .right: properties = "<w:jc w:val=\"right\"/>"
            }
            paragraph(style: isHeader ? "TableHeading" : "TableContents", properties: properties, content: cell)
            xml += "</w:tc>"
        }
        xml += "</w:tr>\n"
    }

    /// Column widths in twentieths of a point: each column first gets room for its longest word (so that no
    /// word, such as a number or "Total", is broken across lines), then the rest of the line is shared out by
    /// the length of the longest text in each column, so text columns get the room.
    static func columnWidths(_ table: MarkdownTable, textWidth: Int = a4TextWidth) -> [Int] {
        let columns = table.header.count
        guard columns > 0 else { return [] }
        var longestWord = Array(repeating: 1, count: columns)
        var longestText = Array(repeating: 4, count: columns)
        for row in [table.header] + table.rows {
            for (column, cell) in row.enumerated() where column < columns {
                let text = cell.plainText
                longestText[column] = Swift.max(longestText[column], Swift.min(text.count, 60))
                let word = text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
                longestWord[column] = Swift.max(longestWord[column], Swift.min(word, 16))
            }
        }
        // About 105 twips a character at 10 pt, plus the cell's margins.
        let minimums = longestWord.map { $0 * 105 + 230 }
        let needed = minimums.reduce(0, +)
        guard needed < textWidth else { return minimums.map { Swift.max($0 * textWidth / needed, 300) } }
        let spare = textWidth - needed
        let total = Swift.max(longestText.reduce(0, +), 1)
        return zip(minimums, longestText).map { minimum, length in minimum + spare * length / total }
    }
}
