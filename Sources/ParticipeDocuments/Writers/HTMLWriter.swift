import Foundation

/// Writes a document as one standalone, accessible HTML page.
///
/// The page has no external resources (the stylesheet is inline), declares its language, has a
/// skip link, one `h1` (the title), a table of contents built from the `h2`/`h3` headings, and
/// an A4 print stylesheet that honours page breaks. It is written in XHTML syntax, so it also
/// parses as XML.
public struct HTMLWriter: Sendable {
    public var layout: DocumentLayout
    /// The body's logo, shown above the title, and colour, for the title, the headings and the header's rule.
    public var branding: Branding?

    public init(layout: DocumentLayout = .standard, branding: Branding? = nil) {
        self.layout = layout
        self.branding = branding
    }

    /// The page's HTML text.
    public func write(_ document: MarkdownDocument, metadata: DocumentMetadata) -> String {
        page(document.blocks(under: metadata, layout: layout).map { DocumentRedline.Part($0) }, metadata: metadata)
    }

    /// The page of a redline: the blocks of both versions, those that went struck through (`del`) and those that
    /// came underlined (`ins`). Before the table of contents, a call-out says so and lists `changes` (the answers
    /// that changed), so that the first screen tells what changed and why.
    public func write(_ redline: DocumentRedline, metadata: DocumentMetadata, changes: [String] = []) -> String {
        let strings = WriterStrings(language: metadata.language)
        var preamble = "<aside class=\"callout redline-summary\">\n<p>\(XMLText.escaped(strings.redlineLegend))</p>\n"
        if !changes.isEmpty {
            preamble += "<ul>\n" + changes.map { "<li>\(XMLText.escaped($0))</li>\n" }.joined() + "</ul>\n"
        }
        preamble += "</aside>\n"
        let parts = redline.parts(under: metadata, layout: layout)
        return page(parts, metadata: metadata, preamble: preamble)
    }

    private func page(_ parts: [DocumentRedline.Part], metadata: DocumentMetadata, preamble: String = "") -> String {
        let strings = WriterStrings(language: metadata.language)
        let blocks = parts.map(\.block)
        var renderer = HTMLRenderer(flavor: .page)
        for (index, part) in parts.enumerated() {
            renderer.revisions[index] = part.revision
            renderer.changes[index] = part.change
        }
        // The page title is the only h1: document headings move down a level if they use h1.
        let usesLevelOne = blocks.contains { if case .heading(1, _) = $0 { return true } else { return false } }
        renderer.headingShift = usesLevelOne ? 1 : 0
        var outline: [(level: Int, id: String, text: String)] = []
        var usedIDs: Set<String> = ["contenu", "sommaire"]
        for (index, block) in blocks.enumerated() where parts[index].revision != .deleted {
            guard case .heading(let level, let content) = block else { continue }
            let id = Self.uniqueID(for: content.plainText, used: &usedIDs)
            renderer.headingIDs[index] = id
            outline.append((Swift.min(level + renderer.headingShift, 6), id, content.plainText))
        }

        let language = XMLText.escaped(metadata.language)
        var page = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language)" xml:lang="\(language)">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(XMLText.escaped(metadata.title))</title>
            <meta name="author" content="\(XMLText.escaped(metadata.author))" />
            <meta name="dcterms.date" content="\(XMLText.escaped(metadata.date))" />

            """
        if let subject = metadata.subject {
            page += "<meta name=\"description\" content=\"\(XMLText.escaped(subject))\" />\n"
        }
        page += "<style>\n\(Self.stylesheet)\(branding?.color.map(Self.colorRules) ?? "")</style>\n</head>\n<body>\n"
        page += "<a class=\"skip-link\" href=\"#contenu\">\(XMLText.escaped(strings.skipLink))</a>\n"
        if layout.includesTitleBlock {
            page += "<header>\n"
            if let logo = branding?.logo {
                // The logo names the body, which the line under the title names too: its text is that name.
                page +=
                    "<img class=\"logo\" src=\"data:image/\(logo.format);base64,\(logo.data.base64EncodedString())\""
                page += " alt=\"\(XMLText.escaped(metadata.author))\" />\n"
            }
            page += "<h1>\(XMLText.escaped(metadata.title))</h1>\n"
            page +=
                "<p class=\"document-meta\">"
                + (metadata.author.isEmpty ? "" : "\(XMLText.escaped(metadata.author)) · ")
            page += "<time datetime=\"\(XMLText.escaped(metadata.date))\">"
            page += "\(XMLText.escaped(strings.longDate(metadata.date)))</time></p>\n</header>\n"
        }
        page += preamble
        // The opening (a cover table, an introduction) comes first, then the table of contents, as on paper.
        let opening = layout.includesTitleBlock ? MarkdownDocument.opening(in: blocks) : 0
        page += "<main id=\"contenu\" tabindex=\"-1\">\n\(renderer.render(blocks, range: 0..<opening))"
        let entries = outline.filter { $0.level == 2 || $0.level == 3 }
        if layout.includesTableOfContents, !entries.isEmpty {
            page += "<nav class=\"toc\" aria-labelledby=\"sommaire\">\n"
            page += "<h2 id=\"sommaire\">\(XMLText.escaped(strings.contents))</h2>\n<ul>\n"
            for entry in entries {
                page += "<li class=\"toc-level-\(entry.level)\"><a href=\"#\(entry.id)\">"
                page += "\(XMLText.escaped(entry.text))</a></li>\n"
            }
            page += "</ul>\n</nav>\n"
        }
        page += "\(renderer.render(blocks, range: opening..<blocks.count))</main>\n</body>\n</html>\n"
        return page
    }

    /// The page as UTF-8 data, written to `url`.
    public func write(_ document: MarkdownDocument, metadata: DocumentMetadata, to url: URL) throws {
        try Data(write(document, metadata: metadata).utf8).write(to: url, options: .atomic)
    }

    /// A readable anchor from a heading ("Critères d'évaluation" → `criteres-d-evaluation`).
    static func uniqueID(for text: String, used: inout Set<String>) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr"))
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, ByteClass.isAlphanumeric(UInt8(scalar.value)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
            if slug.count >= 60 { break }
        }
        while slug.last == "-" { slug.removeLast() }
        let base = "section-" + (slug.isEmpty ? "sans-titre" : slug)
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
