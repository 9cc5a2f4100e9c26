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

    /// - Parameter firstNumID: the first numbering id free for this document's lists.
    init(firstNumID: Int) {
        bulletNumID = firstNumID
        nextNumID = firstNumID + 1
    }

    // Text width of an A4 page with 2 cm margins, in twentieths of a point.
    static let textWidth = 9_638

    mutating func add(_ blocks: [MarkdownBlock], context: Context = Context()) {
        for block in blocks {
            add(block, context: context)
        }
    }

    private mutating func add(_ block: MarkdownBlock, context: Context) {
        switch block {
        case .heading(let level, let content):
            paragraph(style: "Heading\(level)", content: content)
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
            xml += "<w:p><w:pPr><w:pStyle w:val=\"HorizontalRule\"/></w:pPr></w:p>\n"
        case .pageBreak:
            xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"
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
        xml += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(properties)</w:pPr>"
        runs(content, format: "")
        xml += "</w:p>\n"
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
                xml += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/>\(properties)</w:pPr></w:p>\n"
            }
            add(Array(blocks), context: inner)
        }
    }

    private mutating func addCode(_ text: String, context: Context) {
        xml += "<w:p><w:pPr><w:pStyle w:val=\"SourceCode\"/>\(indentation(context))</w:pPr>"
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for (position, line) in lines.enumerated() {
            if position > 0 { xml += "<w:r><w:br/></w:r>" }
            xml += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escaped(String(line)))</w:t></w:r>"
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
                xml += "<w:r><w:br/></w:r>"
            }
        }
    }

    private mutating func run(_ text: String, format: String) {
        let properties = format.isEmpty ? "" : "<w:rPr>\(Self.ordered(format))</w:rPr>"
        xml += "<w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t></w:r>"
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
