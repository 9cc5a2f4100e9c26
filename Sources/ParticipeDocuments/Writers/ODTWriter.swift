import Foundation
import ParticipeCore

/// Writes a document as OpenDocument text (`.odt`), the format French public bodies are
/// asked to prefer.
///
/// The package starts with the `mimetype` part, stored uncompressed as ODF requires, then
/// `META-INF/manifest.xml`, `content.xml` (title block, a `text:table-of-content`, the content),
/// `styles.xml` (LibreOffice's standard style names, an A4 page with a numbered footer) and
/// `meta.xml`. A reference document supplies its own `styles.xml` instead.
public struct ODTWriter: PackageWriter {
    public var layout: DocumentLayout
    private var referenceStyles: String?

    public init(layout: DocumentLayout = .standard) {
        self.layout = layout
    }

    /// A writer that takes `styles.xml` from the `.odt` (or `.ott`) at `url`.
    public init(referenceDocument url: URL, layout: DocumentLayout = .standard) throws {
        self.layout = layout
        referenceStyles = try ZipPackage.textParts(of: url, paths: ["styles.xml"])["styles.xml"]
        guard referenceStyles != nil else {
            throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: .missingPart("styles.xml"))
        }
    }

    static let mediaType = "application/vnd.oasis.opendocument.text"

    public func write(_ parts: [DocumentRedline.Part], metadata: DocumentMetadata) throws -> Data {
        let strings = WriterStrings(language: metadata.language)
        var body = ODTBody()
        body.changeInfo = "<office:change-info><dc:creator>\(XMLText.escaped(metadata.author))</dc:creator>"
        if let timestamp = DOCXWriter.timestamp(metadata.date) {
            body.changeInfo += "<dc:date>\(timestamp.dropLast())</dc:date>"
        }
        body.changeInfo += "</office:change-info>"
        if layout.includesTitleBlock {
            body.paragraph(style: "Title", content: [.text(metadata.title)])
            if let subject = metadata.subject, !subject.isEmpty {
                body.paragraph(style: "Subtitle", content: [.text(subject)])
            }
            body.paragraph(style: "Author", content: [.text(metadata.author)])
            body.paragraph(style: "Date", content: [.text(strings.longDate(metadata.date))])
        }
        let lead = MarkdownDocument.leadingQuotes(in: parts.map(\.block))
        body.add(Array(parts.prefix(lead)))
        if layout.includesTableOfContents {
            body.xml += Self.tableOfContents(DocumentRedline.outline(of: parts), strings: strings)
        }
        if layout.includesTitleBlock || layout.includesTableOfContents {
            body.xml += "<text:p text:style-name=\"Page_20_Break\"/>\n"
        }
        body.add(Array(parts.dropFirst(lead)))

        var package = ZipPackage()
        package.add("mimetype", Self.mediaType, compressed: false)
        package.add("META-INF/manifest.xml", Self.manifest)
        package.add("content.xml", Self.content(body))
        package.add(
            "styles.xml",
            referenceStyles.map(ODTStyles.merged)
                ?? ODTStyles.part(language: metadata.language, footer: XMLText.escaped(metadata.author)))
        package.add("meta.xml", Self.meta(metadata))
        return try package.archived()
    }

    static let manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.3\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"\(mediaType)\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>\n"

    private static func content(_ body: ODTBody) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(ODTStyles.namespaces)"
            + " office:version=\"1.3\">\n<office:automatic-styles>\n\(fixedAutomaticStyles)\(body.automaticStyles)"
            + "</office:automatic-styles>\n<office:body><office:text>\n\(trackedChanges(body))\(body.xml)"
            + "</office:text></office:body>\n"
            + "</office:document-content>\n"
    }

    /// The changed regions of a redline, recorded but with recording left off: the reader chooses to track
    /// their own edits.
    private static func trackedChanges(_ body: ODTBody) -> String {
        guard !body.trackedChanges.isEmpty else { return "" }
        return "<text:tracked-changes text:track-changes=\"false\">\n\(body.trackedChanges)</text:tracked-changes>\n"
    }

    /// Table cells, aligned cell paragraphs, nested call-outs and the page break.
    private static let fixedAutomaticStyles: String = {
        var xml = ""
        for (name, background) in [("Cellule", ""), ("Cellule_En_Tete", " fo:background-color=\"#dce3ef\"")] {
            xml += "<style:style style:name=\"\(name)\" style:family=\"table-cell\"><style:table-cell-properties"
            xml += " fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #6a6a6a\"\(background)/></style:style>\n"
        }
        for parent in ["Table_20_Contents", "Table_20_Heading"] {
            for (suffix, alignment) in [("Centre", "center"), ("Droite", "end")] {
                xml += "<style:style style:name=\"\(parent)_\(suffix)\" style:family=\"paragraph\""
                xml += " style:parent-style-name=\"\(parent)\"><style:paragraph-properties"
                xml += " fo:text-align=\"\(alignment)\"/></style:style>\n"
            }
        }
        for depth in 2...8 {
            xml += "<style:style style:name=\"Quotations_\(depth)\" style:family=\"paragraph\""
            xml += " style:parent-style-name=\"Quotations\"><style:paragraph-properties"
            xml += " fo:margin-left=\"\(NumberFormat.fixed(0.6 * Double(depth), decimals: 1))cm\"/></style:style>\n"
        }
        xml +=
            "<style:style style:name=\"Page_20_Break\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        xml += "<style:paragraph-properties fo:break-after=\"page\" fo:margin-bottom=\"0cm\"/></style:style>\n"
        return xml
    }()

    /// A table of contents LibreOffice can refresh, filled with the headings we know of.
    private static func tableOfContents(_ outline: [MarkdownDocument.Outline], strings: WriterStrings) -> String {
        let title = XMLText.escaped(strings.contents)
        var xml = "<text:table-of-content text:name=\"\(title)\" text:protected=\"true\">"
        xml += "<text:table-of-content-source text:outline-level=\"3\" text:use-index-marks=\"false\">"
        xml += "<text:index-title-template text:style-name=\"Contents_20_Heading\">\(title)</text:index-title-template>"
        for level in 1...3 {
            xml += "<text:table-of-content-entry-template text:outline-level=\"\(level)\""
            xml += " text:style-name=\"Contents_20_\(level)\"><text:index-entry-link-start/>"
            xml += "<text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
            xml += "<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>"
        }
        xml += "</text:table-of-content-source><text:index-body>"
        xml += "<text:index-title text:name=\"\(title)_Head\"><text:p text:style-name=\"Contents_20_Heading\">"
        xml += "\(title)</text:p></text:index-title>"
        for entry in outline {
            xml += "<text:p text:style-name=\"Contents_20_\(entry.level)\">\(ODTText.escaped(entry.text))</text:p>"
        }
        return xml + "</text:index-body></text:table-of-content>\n"
    }

    private static func meta(_ metadata: DocumentMetadata) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta \(ODTStyles.namespaces)"
        xml += " office:version=\"1.3\"><office:meta><meta:generator>Participe</meta:generator>"
        xml += "<dc:title>\(XMLText.escaped(metadata.title))</dc:title>"
        if let subject = metadata.subject {
            xml += "<dc:subject>\(XMLText.escaped(subject))</dc:subject>"
        }
        xml += "<meta:initial-creator>\(XMLText.escaped(metadata.author))</meta:initial-creator>"
        xml += "<dc:creator>\(XMLText.escaped(metadata.author))</dc:creator>"
        if let timestamp = DOCXWriter.timestamp(metadata.date) {
            let local = String(timestamp.dropLast())
            xml += "<meta:creation-date>\(local)</meta:creation-date><dc:date>\(local)</dc:date>"
        }
        let (language, country) = ODTStyles.languageAndCountry(metadata.language)
        xml += "<dc:language>\(language)-\(country)</dc:language>"
        return xml + "</office:meta></office:document-meta>\n"
    }
}
