import Foundation

/// Writes a document as Office Open XML (`.docx`), for Word and LibreOffice.
///
/// The package holds `word/document.xml` (title block, a `TOC` field, the content, A4 section),
/// `word/styles.xml` with Word's standard style ids, `word/numbering.xml` for the lists, a
/// footer with page numbers, and `docProps/core.xml`/`app.xml`. A reference document
/// (pandoc's `--reference-doc`) supplies its own styles, numbering and theme instead.
public struct DOCXWriter: PackageWriter {
    public var layout: DocumentLayout
    /// Parts taken from a reference document, by their path in the package.
    private var referenceParts: [String: String] = [:]

    public init(layout: DocumentLayout = .standard) {
        self.layout = layout
    }

    /// A writer that takes `word/styles.xml` (required), and `word/numbering.xml` and
    /// `word/theme/theme1.xml` when present, from the `.docx` at `url`.
    public init(referenceDocument url: URL, layout: DocumentLayout = .standard) throws {
        self.layout = layout
        let paths = ["word/styles.xml", "word/numbering.xml", "word/theme/theme1.xml"]
        referenceParts = try ZipPackage.textParts(of: url, paths: paths)
        guard referenceParts["word/styles.xml"] != nil else {
            throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: .missingPart("word/styles.xml"))
        }
    }

    public func write(_ parts: [DocumentRedline.Part], metadata: DocumentMetadata) throws -> Data {
        let language = Self.languageTag(metadata.language)
        let referenceNumbering = referenceParts["word/numbering.xml"]
        let ids = DOCXNumbering.firstFreeIDs(in: referenceNumbering)
        var body = DOCXBody(firstNumID: ids.num)
        body.revisionAttributes = " w:author=\"\(XMLText.escaped(metadata.author))\""
        if let timestamp = Self.timestamp(metadata.date) { body.revisionAttributes += " w:date=\"\(timestamp)\"" }
        if layout.includesTitleBlock { addTitleBlock(metadata, to: &body) }
        let lead = MarkdownDocument.leadingQuotes(in: parts.map(\.block))
        body.add(Array(parts.prefix(lead)))
        if layout.includesTableOfContents {
            DOCXWriter.addTableOfContents(
                DocumentRedline.outline(of: parts), strings: WriterStrings(language: metadata.language), to: &body)
        }
        if layout.includesTitleBlock || layout.includesTableOfContents {
            body.xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"
        }
        body.add(Array(parts.dropFirst(lead)))

        let numbering = DOCXNumbering(
            firstAbstractID: ids.abstract, bulletNumID: body.bulletNumID, orderedLists: body.orderedLists)
        let hasTheme = referenceParts["word/theme/theme1.xml"] != nil
        var package = ZipPackage()
        package.add("[Content_Types].xml", Self.contentTypes(hasTheme: hasTheme))
        package.add("_rels/.rels", Self.packageRelationships)
        package.add("word/document.xml", Self.documentPart(body: body.xml))
        package.add("word/_rels/document.xml.rels", Self.documentRelationships(body.hyperlinks, hasTheme: hasTheme))
        package.add(
            "word/styles.xml",
            referenceParts["word/styles.xml"].map(DOCXStyles.merged) ?? DOCXStyles.part(language: language))
        package.add("word/numbering.xml", numbering.part(mergingInto: referenceNumbering))
        package.add("word/settings.xml", Self.settings(language: language))
        package.add("word/footer1.xml", Self.footer(metadata))
        if let theme = referenceParts["word/theme/theme1.xml"] {
            package.add("word/theme/theme1.xml", theme)
        }
        package.add("docProps/core.xml", Self.coreProperties(metadata, language: language))
        package.add("docProps/app.xml", Self.appProperties(metadata))
        return try package.archived()
    }

    private func addTitleBlock(_ metadata: DocumentMetadata, to body: inout DOCXBody) {
        body.paragraph(style: "Title", content: [.text(metadata.title)])
        if let subject = metadata.subject, !subject.isEmpty {
            body.paragraph(style: "Subtitle", content: [.text(subject)])
        }
        body.paragraph(style: "Author", content: [.text(metadata.author)])
        let date = WriterStrings(language: metadata.language).longDate(metadata.date)
        body.paragraph(style: "Date", content: [.text(date)])
    }

    /// A `TOC` field marked dirty, so Word refreshes it (with page numbers) on opening; until
    /// then it shows the headings we know of.
    static func addTableOfContents(
        _ outline: [MarkdownDocument.Outline], strings: WriterStrings, to body: inout DOCXBody
    ) {
        body.xml += "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
        body.xml += "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>\n"
        body.paragraph(style: "TOCHeading", content: [.text(strings.contents)])
        let begin =
            "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let entries = outline.isEmpty ? [MarkdownDocument.Outline(level: 1, text: strings.tocPlaceholder)] : outline
        for (position, entry) in entries.enumerated() {
            body.xml += "<w:p><w:pPr><w:pStyle w:val=\"TOC\(entry.level)\"/></w:pPr>"
            if position == 0 { body.xml += begin }
            body.xml += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escaped(entry.text))</w:t></w:r>"
            if position == entries.count - 1 { body.xml += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" }
            body.xml += "</w:p>\n"
        }
        body.xml += "</w:sdtContent></w:sdt>\n"
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
