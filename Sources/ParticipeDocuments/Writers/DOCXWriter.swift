import Foundation

/// Writes a document as Office Open XML (`.docx`), for Word and LibreOffice.
///
/// The package holds `word/document.xml` (title block, a `TOC` field, the content, A4 section),
/// `word/styles.xml` with Word's standard style ids, `word/numbering.xml` for the lists, a
/// footer with page numbers, and `docProps/core.xml`/`app.xml`. A reference document
/// (pandoc's `--reference-doc`) supplies its own styles, numbering and theme instead.
public struct DOCXWriter: PackageWriter {
    public var layout: DocumentLayout
    /// The body's logo and colour, for the cover and the headings.
    public var branding: Branding?
    /// Parts taken from a reference document, by their path in the package.
    private var referenceParts: [String: String] = [:]
    /// The reference document's page set-up, headers and footers.
    private var letterhead: DOCXLetterhead?

    public init(layout: DocumentLayout = .standard) {
        self.layout = layout
    }

    /// A writer that takes `word/styles.xml` (required), and `word/numbering.xml` and
    /// `word/theme/theme1.xml` when present, from the `.docx` at `url`, with its page set-up and its headers and
    /// footers (and the images they show).
    public init(referenceDocument url: URL, layout: DocumentLayout = .standard) throws {
        self.layout = layout
        let reader = try ZipPackage.Reader(url: url)
        for path in ["word/styles.xml", "word/numbering.xml", "word/theme/theme1.xml"] {
            referenceParts[path] = try reader.text(path)
        }
        guard referenceParts["word/styles.xml"] != nil else {
            throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: .missingPart("word/styles.xml"))
        }
        letterhead = try DOCXLetterhead(reader)
    }

    public func write(_ parts: [DocumentRedline.Part], metadata: DocumentMetadata) throws -> Data {
        let language = Self.languageTag(metadata.language)
        let referenceNumbering = referenceParts["word/numbering.xml"]
        let ids = DOCXNumbering.firstFreeIDs(in: referenceNumbering)
        var body = DOCXBody(firstNumID: ids.num)
        if let letterhead { body.textWidth = letterhead.textWidth }
        body.revisionAttributes = " w:author=\"\(XMLText.escaped(metadata.author))\""
        if let timestamp = Self.timestamp(metadata.date) { body.revisionAttributes += " w:date=\"\(timestamp)\"" }
        if layout.includesTitleBlock { addTitleBlock(metadata, to: &body) }
        let lead = MarkdownDocument.opening(in: parts.map(\.block))
        body.add(Array(parts.prefix(lead)))
        // A document without headings (a letter) has no table of contents.
        let outline = DocumentRedline.outline(of: parts)
        let contents = layout.includesTableOfContents && !outline.isEmpty
        if contents {
            DOCXWriter.addTableOfContents(outline, strings: WriterStrings(language: metadata.language), to: &body)
        }
        if layout.includesTitleBlock || contents, parts.count > lead {
            body.xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"
        }
        body.add(Array(parts.dropFirst(lead)))

        let numbering = DOCXNumbering(
            firstAbstractID: ids.abstract, bulletNumID: body.bulletNumID, orderedLists: body.orderedLists)
        let hasTheme = referenceParts["word/theme/theme1.xml"] != nil
        let ownFooter = !(letterhead?.hasFooters ?? false)
        let logo = layout.includesTitleBlock ? branding?.logo : nil
        var extensions = letterhead?.extensions ?? []
        if let logo { extensions.insert(logo.format) }
        var package = ZipPackage()
        package.add(
            "[Content_Types].xml",
            Self.contentTypes(
                hasTheme: hasTheme, ownFooter: ownFooter,
                extra: (letterhead?.overrides ?? "") + DOCXLetterhead.defaults(for: extensions)))
        package.add("_rels/.rels", Self.packageRelationships)
        package.add("word/document.xml", Self.documentPart(body: body.xml, section: sectionProperties(ownFooter)))
        package.add(
            "word/_rels/document.xml.rels",
            Self.documentRelationships(
                body.hyperlinks, hasTheme: hasTheme, ownFooter: ownFooter,
                extra: (letterhead?.relationships ?? [])
                    + (logo.map { [("rIdLogo", "\(Self.relationshipType)/image", "media/logo.\($0.format)")] } ?? [])))
        package.add(
            "word/styles.xml",
            referenceParts["word/styles.xml"].map(DOCXStyles.merged)
                ?? DOCXStyles.part(language: language, color: branding?.color))
        package.add("word/numbering.xml", numbering.part(mergingInto: referenceNumbering))
        package.add(
            "word/settings.xml",
            Self.settings(language: language, evenAndOddHeaders: letterhead?.evenAndOddHeaders ?? false))
        if ownFooter { package.add("word/footer1.xml", Self.footer(metadata)) }
        for part in letterhead?.parts ?? [] {
            package.add(part.path, data: part.data)
        }
        if let logo { package.add("word/media/logo.\(logo.format)", data: logo.data) }
        if let theme = referenceParts["word/theme/theme1.xml"] {
            package.add("word/theme/theme1.xml", theme)
        }
        package.add("docProps/core.xml", Self.coreProperties(metadata, language: language))
        package.add("docProps/app.xml", Self.appProperties(metadata))
        return try package.archived()
    }

    /// The section's properties: the reference's page set-up and headers and footers when there is one, with our
    /// footer when it has none; else an A4 page with 2 cm margins and our footer.
    private func sectionProperties(_ ownFooter: Bool) -> String {
        let footer = ownFooter ? "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>" : ""
        guard let section = letterhead?.sectionProperties, let open = section.firstIndex(of: ">") else {
            return "<w:sectPr>\(footer)<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\""
                + " w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
        }
        // An empty `<w:sectPr/>` opens and closes at once.
        if section[section.index(before: open)] == "/" {
            return "<w:sectPr>\(footer)</w:sectPr>"
        }
        var result = section
        result.insert(contentsOf: footer, at: result.index(after: open))
        return result
    }

    private func addTitleBlock(_ metadata: DocumentMetadata, to body: inout DOCXBody) {
        if let logo = branding?.logo { body.xml += Self.logoParagraph(logo, description: metadata.author) }
        body.paragraph(style: "Title", content: [.text(metadata.title)])
        if let subject = metadata.subject, !subject.isEmpty {
            body.paragraph(style: "Subtitle", content: [.text(subject)])
        }
        body.paragraph(style: "Author", content: [.text(metadata.author)])
        let date = WriterStrings(language: metadata.language).longDate(metadata.date)
        body.paragraph(style: "Date", content: [.text(date)])
    }

    /// The table of contents: each heading a link to its bookmark, then its page number as a `PAGEREF` field.
    ///
    /// No `TOC` field and nothing marked dirty, so that Word opens the document without asking to update fields:
    /// LibreOffice computes the page numbers as it lays the pages out; Word shows the links and fills in the
    /// numbers when its fields are updated (F9), or prints them when it updates fields before printing.
    static func addTableOfContents(
        _ outline: [MarkdownDocument.Outline], strings: WriterStrings, to body: inout DOCXBody
    ) {
        body.xml += "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
        body.xml += "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>\n"
        body.paragraph(style: "TOCHeading", content: [.text(strings.contents)])
        for (position, entry) in outline.enumerated() {
            let bookmark = MarkdownDocument.Outline.bookmark(position + 1)
            body.xml += "<w:p><w:pPr><w:pStyle w:val=\"TOC\(entry.level)\"/></w:pPr>"
            body.xml += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">"
            body.xml += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escaped(entry.text))</w:t></w:r><w:r><w:tab/></w:r>"
            body.xml += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            body.xml += "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark) \\h </w:instrText></w:r>"
            body.xml +=
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            body.xml += "</w:hyperlink></w:p>\n"
        }
        body.xml += "</w:sdtContent></w:sdt>\n"
    }

    /// The body's logo alone on its paragraph, as an inline picture of relationship `rIdLogo`.
    package static func logoParagraph(_ logo: Branding.Logo, description: String) -> String {
        let size = logo.coverSize
        let (width, height) = (Int(size.width * 360_000), Int(size.height * 360_000))
        let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"
        var xml = "<w:p><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:r><w:drawing>"
        xml +=
            "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
        xml += "<wp:docPr id=\"1\" name=\"Logo\" descr=\"\(XMLText.escaped(description))\"/>"
        xml += "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        xml += "<a:graphicData uri=\"\(picture)\"><pic:pic xmlns:pic=\"\(picture)\">"
        xml += "<pic:nvPicPr><pic:cNvPr id=\"1\" name=\"logo.\(logo.format)\"/><pic:cNvPicPr/></pic:nvPicPr>"
        xml += "<pic:blipFill><a:blip r:embed=\"rIdLogo\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        xml += "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm>"
        xml += "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        return xml + "</wp:inline></w:drawing></w:r></w:p>\n"
    }

    /// `fr` → `fr-FR`, `en` → `en-GB`; a tag that already has a region is kept.
    static func languageTag(_ language: String) -> String {
        switch language.lowercased() {
        case "fr": return "fr-FR"
        case "en": return "en-GB"
        default: return language.isEmpty ? "fr-FR" : XMLText.escaped(language)
        }
    }
}
