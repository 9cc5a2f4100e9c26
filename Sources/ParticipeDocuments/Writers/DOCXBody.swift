/// Builds `word/document.xml`'s body from blocks, collecting the hyperlinks and numbered lists
/// the other parts must declare.
struct DOCXBody {
    /// Where a block sits: inside how many quotes and list levels.
    struct Context {
        var quoteDepth = 0
        var listLevel = -1
        var isTightList = true
    }

    var xml = ""
    /// External link targets; the n-th is relationship `rIdLink{n+1}`.
    private(set) var hyperlinks: [String] = []
    /// Numbering instances: bullet lists share one, each ordered list has its own start.
    private(set) var orderedLists: [(numID: Int, level: Int, start: Int)] = []
    let bulletNumID: Int
    private var nextNumID: Int
    /// The revision the blocks being added belong to, if any: their runs, paragraph marks and table rows are
    /// marked with it, so that Word and LibreOffice show them as changes to accept or reject.
    var revision: DocumentRedline.Revision?
    /// `w:author` and `w:date` of the revisions, escaped.
    var revisionAttributes = ""
    private var lastRevisionID = 0
    /// Whether the last paragraph's mark is inserted or deleted: such a paragraph cannot be joined to a table that
    /// follows it, so one plain paragraph goes between them.
    var endsWithRevisedParagraph = false
    /// How many headings of the table of contents have their bookmark: the n-th is `_Toc{n}`.
    private var headingBookmarks = 0

    /// - Parameter firstNumID: the first numbering id free for this document's lists.
    init(firstNumID: Int) {
        bulletNumID = firstNumID
        nextNumID = firstNumID + 1
    }

    /// Text width of an A4 page with 2 cm margins, in twentieths of a point.
    static let a4TextWidth = 9_638
    /// The width between the page's margins, which tables fill.
    var textWidth = a4TextWidth

    mutating func add(_ blocks: [MarkdownBlock], context: Context = Context()) {
        for block in blocks {
            add(block, context: context)
        }
    }

    /// Adds the parts of a redline, each marked with what changed in it.
    ///
    /// Where blocks went and others came in their place, those that came are written first: rejecting them then
    /// joins no paragraph to those that went, which LibreOffice would otherwise leave as an empty list item.
    mutating func add(_ parts: [DocumentRedline.Part]) {
        var stretch: [DocumentRedline.Part] = []
        func flush() {
            for part in stretch.filter({ $0.revision == .inserted }) + stretch.filter({ $0.revision == .deleted }) {
                add(part)
            }
            stretch = []
        }
        for part in parts {
            if part.revision != nil {
                stretch.append(part)
            } else {
                flush()
                add(part)
            }
        }
        flush()
        // The last paragraph mark of a document cannot go: after blocks that went or came, a plain paragraph ends
        // it.
        if parts.last?.revision != nil { plainSpacer() }
    }

    /// A paragraph of one space, outside any revision, between a paragraph that went or came and what cannot take
    /// its place (a table, the end of the document). LibreOffice gives an empty paragraph there the style of an
    /// inserted one it rejects (an empty list item would stay): it holds a space.
    mutating func plainSpacer() {
        xml +=
            "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>\n"
    }

    private mutating func add(_ part: DocumentRedline.Part) {
        switch (part.change, part.block) {
        case (.words(let runs)?, .heading(let level, _)):
            changedParagraph(
                style: "Heading\(level)", bookmark: level <= MarkdownDocument.Outline.deepestLevel, runs)
        case (.words(let runs)?, .paragraph):
            changedParagraph(style: "BodyText", runs)
        case (.rows(let revisions, _, _)?, .table(let table)):
            addTable(table, rowRevisions: revisions)
        default:
            revision = part.revision
            add(part.block, context: Context())
            revision = nil
        }
    }

    /// A paragraph that stays, its words that went and came marked.
    private mutating func changedParagraph(
        style: String, bookmark: Bool = false, _ inlineRuns: [DocumentRedline.InlineRun]
    ) {
        openParagraph(style: style)
        let name = bookmark ? openHeadingBookmark() : nil
        for run in inlineRuns {
            revision = run.revision
            runs(run.inlines, format: "")
        }
        revision = nil
        if let name { xml += "<w:bookmarkEnd w:id=\"\(name.id)\"/>" }
        xml += "</w:p>\n"
    }

    /// Opens the bookmark of the next heading of the table of contents, which its entry links to and takes its
    /// page number from.
    private mutating func openHeadingBookmark() -> (id: Int, name: String) {
        headingBookmarks += 1
        let bookmark = (id: headingBookmarks, name: MarkdownDocument.Outline.bookmark(headingBookmarks))
        xml += "<w:bookmarkStart w:id=\"\(bookmark.id)\" w:name=\"\(bookmark.name)\"/>"
        return bookmark
    }

    private mutating func add(_ block: MarkdownBlock, context: Context) {
        switch block {
        case .heading(let level, let content):
            // The table of contents lists the top-level headings of levels 1 to 3 that the document keeps.
            let listed =
                level <= MarkdownDocument.Outline.deepestLevel && context.quoteDepth == 0 && context.listLevel < 0
                && revision != .deleted
            openParagraph(style: "Heading\(level)")
            let bookmark = listed ? openHeadingBookmark() : nil
            runs(content, format: "")
            if let bookmark { xml += "<w:bookmarkEnd w:id=\"\(bookmark.id)\"/>" }
            xml += "</w:p>\n"
        case .paragraph(let content):
            paragraph(style: paragraphStyle(context), properties: indentation(context), content: content)
        case .list(let list):
            addList(list, context: context)
        case .blockQuote(let blocks):
            var inner = context
            inner.quoteDepth = Swift.min(context.quoteDepth + 1, 8)
            add(blocks, context: inner)
        case .table(let table):
            addTable(table)
        case .codeBlock(_, let text):
            addCode(text, context: context)
        case .thematicBreak:
            openParagraph(style: "HorizontalRule")
            xml += "</w:p>\n"
        case .pageBreak:
            openParagraph(style: nil)
            appendRun("<w:br w:type=\"page\"/>")
            xml += "</w:p>\n"
        case .cutLine:
            openParagraph(style: "CutLine")
            appendRun(textElement("✂"))
            xml += "</w:p>\n"
        }
    }

    private func paragraphStyle(_ context: Context) -> String {
        if context.quoteDepth > 0 { return "IntenseQuote" }
        return context.listLevel >= 0 ? "ListParagraph" : "BodyText"
    }

    /// Extra left indentation for nested quotes and list continuation paragraphs.
    private func indentation(_ context: Context) -> String {
        var properties = ""
        if context.listLevel >= 0 {
            if !context.isTightList { properties += "<w:spacing w:after=\"120\"/>" }
            properties += "<w:ind w:left=\"\(720 * (context.listLevel + 1))\"/>"
        } else if context.quoteDepth > 1 {
            properties += "<w:ind w:left=\"\(340 * context.quoteDepth)\" w:right=\"340\"/>"
        }
        return properties
    }

    mutating func paragraph(style: String, properties: String = "", content: [MarkdownInline]) {
        openParagraph(style: style, properties: properties)
        runs(content, format: "")
        xml += "</w:p>\n"
    }

    /// Opens a paragraph; in a revision its mark is inserted or deleted with it, so that rejecting an inserted
    /// paragraph leaves no empty line.
    mutating func openParagraph(style: String?, properties: String = "") {
        var paragraphProperties = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + properties
        if revision != nil { paragraphProperties += "<w:rPr>\(revisionMark())</w:rPr>" }
        endsWithRevisedParagraph = revision != nil
        xml += paragraphProperties.isEmpty ? "<w:p>" : "<w:p><w:pPr>\(paragraphProperties)</w:pPr>"
    }

    /// `<w:ins/>` or `<w:del/>` with a new id, for a paragraph mark or a table row; empty outside a revision.
    mutating func revisionMark() -> String {
        guard let (element, attributes) = nextRevision() else { return "" }
        return "<\(element)\(attributes)/>"
    }

    /// Appends a run holding `content`; in a revision the run is wrapped in `w:ins` or `w:del`.
    private mutating func appendRun(_ content: String, properties: String = "") {
        let run = "<w:r>\(properties)\(content)</w:r>"
        guard let (element, attributes) = nextRevision() else {
            xml += run
            return
        }
        xml += "<\(element)\(attributes)>\(run)</\(element)>"
    }

    /// The element of the current revision (`w:ins`, `w:del`) and its attributes with a new id; nil outside one.
    private mutating func nextRevision() -> (element: String, attributes: String)? {
        guard let revision else { return nil }
        lastRevisionID += 1
        return (revision == .inserted ? "w:ins" : "w:del", " w:id=\"\(lastRevisionID)\"\(revisionAttributes)")
    }

    /// A text run's `w:t`, or `w:delText` when the text was deleted.
    private func textElement(_ text: String) -> String {
        let element = revision == .deleted ? "w:delText" : "w:t"
        return "<\(element) xml:space=\"preserve\">\(XMLText.escaped(text))</\(element)>"
    }

    private mutating func addList(_ list: MarkdownList, context: Context) {
        let level = Swift.min(context.listLevel + 1, 8)
        let numID: Int
        switch list.kind {
        case .bullet:
            numID = bulletNumID
        case .ordered(let start):
            numID = nextNumID
            nextNumID += 1
            orderedLists.append((numID, level, start))
        }
        var inner = context
        inner.listLevel = level
        inner.isTightList = list.isTight
        for item in list.items {
            var blocks = item[...]
            // The item's first paragraph carries the number or bullet; the rest are indented.
            if case .paragraph(let content)? = blocks.first {
                blocks = blocks.dropFirst()
                var properties = "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>"
                if !list.isTight { properties += "<w:spacing w:after=\"120\"/>" }
                paragraph(style: "ListParagraph", properties: properties, content: content)
            } else {
                let properties = "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>"
                openParagraph(style: "ListParagraph", properties: properties)
                xml += "</w:p>\n"
            }
            add(Array(blocks), context: inner)
        }
    }

    private mutating func addCode(_ text: String, context: Context) {
        openParagraph(style: "SourceCode", properties: indentation(context))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for (position, line) in lines.enumerated() {
            if position > 0 { appendRun("<w:br/>") }
            appendRun(textElement(String(line)))
        }
        xml += "</w:p>\n"
    }

    // MARK: Runs

    /// Appends runs for inlines; `format` is the run properties inherited from enclosing emphasis.
    mutating func runs(_ content: [MarkdownInline], format: String) {
        for inline in content {
            switch inline {
            case .text(let text):
                run(text, format: format)
            case .emphasis(let inner):
                runs(inner, format: format.contains("<w:i/>") ? format : format + "<w:i/>")
            case .strong(let inner):
                runs(inner, format: format.contains("<w:b/>") ? format : "<w:b/>" + format)
            case .code(let code):
                run(code, format: "<w:rStyle w:val=\"VerbatimChar\"/>" + format)
            case .link(let destination, _, let inner):
                guard !destination.isEmpty else {
                    runs(inner, format: format)
                    continue
                }
                hyperlinks.append(destination)
                xml += "<w:hyperlink r:id=\"rIdLink\(hyperlinks.count)\">"
                runs(inner, format: "<w:rStyle w:val=\"Hyperlink\"/>" + format)
                xml += "</w:hyperlink>"
            case .softBreak:
                run(" ", format: format)
            case .lineBreak:
                appendRun("<w:br/>")
            }
        }
    }

    private mutating func run(_ text: String, format: String) {
        let properties = format.isEmpty ? "" : "<w:rPr>\(Self.ordered(format))</w:rPr>"
        appendRun(textElement(text), properties: properties)
    }

    /// Run properties in the order the schema requires: one style, then bold, then italic.
    private static func ordered(_ format: String) -> String {
        let code = "<w:rStyle w:val=\"VerbatimChar\"/>"
        let link = "<w:rStyle w:val=\"Hyperlink\"/>"
        var result = format.contains(code) ? code : (format.contains(link) ? link : "")
        if format.contains("<w:b/>") { result += "<w:b/>" }
        if format.contains("<w:i/>") { result += "<w:i/>" }
        return result
    }
}
