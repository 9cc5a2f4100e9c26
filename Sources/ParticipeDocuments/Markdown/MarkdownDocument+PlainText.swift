extension [MarkdownInline] {
    /// The text of these inlines without markup, as a table-of-contents entry or a tooltip shows it.
    package var plainText: String {
        var result = ""
        appendPlainText(to: &result)
        return result
    }

    private func appendPlainText(to result: inout String) {
        for inline in self {
            switch inline {
            case .text(let text), .code(let text):
                result += text
            case .emphasis(let content), .strong(let content), .link(_, _, let content):
                content.appendPlainText(to: &result)
            case .softBreak, .lineBreak:
                result += " "
            }
        }
    }
}

extension MarkdownDocument {
    /// A heading of level 1 to 3 with its text, in document order, for tables of contents.
    package struct Outline: Sendable, Equatable {
        package var level: Int
        package var text: String

        /// The deepest heading level a table of contents lists.
        package static let deepestLevel = 3

        /// The bookmark of the n-th heading of the table of contents (from 1), which its entry links to and takes
        /// its page number from, in DOCX and ODT alike.
        package static func bookmark(_ number: Int) -> String { "_Toc\(number)" }
    }

    /// The headings of levels 1–3 found at the top level of the document.
    ///
    /// Headings nested in lists or quotes are left out: a table of contents lists sections.
    package var outline: [Outline] {
        blocks.compactMap { block in
            guard case .heading(let level, let content) = block, level <= Outline.deepestLevel else { return nil }
            return Outline(level: level, text: content.plainText)
        }
    }
}

extension [MarkdownBlock] {
    /// The text of these blocks without markup, a line per paragraph, heading or list item: a spreadsheet cell's
    /// text.
    package var plainText: String {
        var lines: [String] = []
        for block in self {
            switch block {
            case .heading(_, let content), .paragraph(let content): lines.append(content.plainText)
            case .list(let list):
                lines += list.items.map { "- " + $0.plainText.replacingOccurrences(of: "\n", with: " ") }
            case .blockQuote(let blocks): lines.append(blocks.plainText)
            case .table(let table): lines += table.rows.map { $0.map(\.plainText).joined(separator: " | ") }
            case .codeBlock(_, let text): lines.append(text)
            case .thematicBreak, .pageBreak, .cutLine: continue
            }
        }
        return lines.joined(separator: "\n")
    }
}
