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
    /// The body's logo and colour, for the cover and the headings.
    public var branding: Branding?
    private var referenceStyles: String?
    /// The images the reference's styles show (a logo in a header), by their path in the package.
    private var referenceImages: [(path: String, data: Data)] = []

    public init(layout: DocumentLayout = .standard) {
        self.layout = layout
    }

    /// A writer that takes `styles.xml` from the `.odt` (or `.ott`) at `url`: its styles, its page layout and its
    /// master pages with their headers and footers, and the images these show.
    public init(referenceDocument url: URL, layout: DocumentLayout = .standard) throws {
        self.layout = layout
        let reader = try ZipPackage.Reader(url: url)
        guard let styles = try reader.text("styles.xml") else {
            throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: .missingPart("styles.xml"))
        }
        referenceStyles = styles
        var seen: Set<String> = []
        for image in XMLScan.elements("draw:image", in: styles) {
            guard let target = image["xlink:href"], !target.contains(":"),
                let path = XMLScan.resolvedPath(target, from: ""), seen.insert(path).inserted,
                let data = try reader.data(path)
            else { continue }
            referenceImages.append((path, data))
        }
    }

    package static let mediaType = "application/vnd.oasis.opendocument.text"

    public func write(_ parts: [DocumentRedline.Part], metadata: DocumentMetadata) throws -> Data {
        let strings = WriterStrings(language: metadata.language)
        var body = ODTBody()
        body.changeInfo = "<office:change-info><dc:creator>\(XMLText.escaped(metadata.author))</dc:creator>"
        if let timestamp = DOCXWriter.timestamp(metadata.date) {
            body.changeInfo += "<dc:date>\(timestamp.dropLast())</dc:date>"
        }
        body.changeInfo += "</office:change-info>"
        let logo = layout.includesTitleBlock ? branding?.logo : nil
        if layout.includesTitleBlock {
            if let logo { body.xml += Self.logoParagraph(logo, description: metadata.author) }
            body.paragraph(style: "Title", content: [.text(metadata.title)])
            if let subject = metadata.subject, !subject.isEmpty {
                body.paragraph(style: "Subtitle", content: [.text(subject)])
            }
            body.paragraph(style: "Author", content: [.text(metadata.author)])
            body.paragraph(style: "Date", content: [.text(strings.longDate(metadata.date))])
        }
        let lead = MarkdownDocument.opening(in: parts.map(\.block))
        body.add(Array(parts.prefix(lead)))
        // A document without headings (a letter) has no table of contents.
        let outline = DocumentRedline.outline(of: parts)
        let contents = layout.includesTableOfContents && !outline.isEmpty
        if contents { body.xml += Self.tableOfContents(outline, strings: strings) }
        if layout.includesTitleBlock || contents, parts.count > lead {
            body.xml += "<text:p text:style-name=\"Page_20_Break\"/>\n"
        }
        body.add(Array(parts.dropFirst(lead)))

        var package = ZipPackage()
        package.add("mimetype", Self.mediaType, compressed: false)
        let images = referenceImages + (logo.map { [("Pictures/logo.\($0.format)", $0.data)] } ?? [])
        package.add("META-INF/manifest.xml", Self.manifest(images: images.map(\.path)))
        package.add("content.xml", Self.content(body))
        package.add(
            "styles.xml",
            referenceStyles.map(ODTStyles.merged)
                ?? ODTStyles.part(
                    language: metadata.language, footer: XMLText.escaped(metadata.author), color: branding?.color))
        package.add("meta.xml", Self.meta(metadata))
        for image in images {
            package.add(image.path, data: image.data)
        }
        return try package.archived()
    }

    package static func manifest(images: [String] = []) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        xml += " manifest:version=\"1.3\">"
        xml +=
            "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"\(mediaType)\"/>"
        xml += "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        xml += "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        xml += "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        for image in images {
            let fileExtension = image.split(separator: ".").last.map { $0.lowercased() } ?? ""
            let type = DOCXLetterhead.imageTypes[fileExtension] ?? "application/octet-stream"
            xml +=
                "<manifest:file-entry manifest:full-path=\"\(XMLText.escaped(image))\" manifest:media-type=\"\(type)\"/>"
        }
        return xml + "</manifest:manifest>\n"
    }

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

    /// The body's logo alone on its paragraph, as a picture in the line.
    package static func logoParagraph(_ logo: Branding.Logo, description: String) -> String {
        let size = logo.coverSize
        let width = NumberFormat.fixed(size.width, decimals: 2)
        let height = NumberFormat.fixed(size.height, decimals: 2)
        var xml = "<text:p text:style-name=\"Standard\"><draw:frame draw:name=\"Logo\" text:anchor-type=\"as-char\""
        xml += " svg:width=\"\(width)cm\" svg:height=\"\(height)cm\" draw:z-index=\"0\">"
        xml += "<draw:image xlink:href=\"Pictures/logo.\(logo.format)\" xlink:type=\"simple\" xlink:show=\"embed\""
        xml +=
            " xlink:actuate=\"onLoad\"/><svg:title>\(XMLText.escaped(description))</svg:title></draw:frame></text:p>\n"
        return xml
    }

    /// A table of contents LibreOffice can refresh, filled with the headings: each a link to its bookmark and its
    /// page number as a reference LibreOffice computes when it lays the pages out.
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
        for (position, entry) in outline.enumerated() {
            let bookmark = MarkdownDocument.Outline.bookmark(position + 1)
            xml += "<text:p text:style-name=\"Contents_20_\(entry.level)\">"
            xml += "<text:a xlink:type=\"simple\" xlink:href=\"#\(bookmark)\">\(ODTText.escaped(entry.text))</text:a>"
            xml += "<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"\(bookmark)\">"
            xml += "</text:bookmark-ref></text:p>"
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
