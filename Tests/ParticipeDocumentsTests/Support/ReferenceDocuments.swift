import Foundation
import ParticipeDocuments
import ParticipeTestSupport

/// A body's own DOCX and ODT templates, as a buyer would pass them to `--reference-doc`: a first-page header, a
/// running header with the logo, a footer with the page number.
enum ReferenceDocuments {
    static let firstPageHeader = "EN-TÊTE PREMIÈRE PAGE"
    static let runningHeader = "EN-TÊTE COURANT"
    static let footer = "PIED DE PAGE MAIRIE"
    static var logo: Data {
        get throws { try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("branding/logo.png"))) }
    }

    static func docx() throws -> Data {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let namespaces = DOCXStyles.namespaces
        let image = try require(Branding.Logo(data: try logo))
        func paragraph(_ text: String, logo: Bool) -> String {
            let picture = logo ? DOCXWriter.logoParagraph(image, description: "Logo") : ""
            return picture.replacingOccurrences(of: "rIdLogo", with: "rIdImage")
                + "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        var package = ZipPackage()
        package.add(
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
                + "<Override PartName=\"/word/header1.xml\" ContentType=\"\(main).header+xml\"/>"
                + "<Override PartName=\"/word/header2.xml\" ContentType=\"\(main).header+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(main).footer+xml\"/></Types>")
        package.add(
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationship)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
        )
        package.add(
            "word/document.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(namespaces)><w:body><w:p/>"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/><w:headerReference w:type=\"first\" r:id=\"rId8\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"rId9\"/><w:footerReference w:type=\"first\" r:id=\"rId9\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1700\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
                + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>")
        package.add(
            "word/_rels/document.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationship)/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId7\" Type=\"\(relationship)/header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId8\" Type=\"\(relationship)/header\" Target=\"header2.xml\"/>"
                + "<Relationship Id=\"rId9\" Type=\"\(relationship)/footer\" Target=\"footer1.xml\"/></Relationships>")
        package.add("word/styles.xml", DOCXStyles.part(language: "fr-FR"))
        package.add("word/header1.xml", "<w:hdr \(namespaces)>\(paragraph(runningHeader, logo: true))</w:hdr>")
        package.add("word/header2.xml", "<w:hdr \(namespaces)>\(paragraph(firstPageHeader, logo: true))</w:hdr>")
        package.add("word/footer1.xml", "<w:ftr \(namespaces)>\(paragraph(footer, logo: false))</w:ftr>")
        let imageRelationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdImage\" Type=\"\(relationship)/image\" Target=\"media/image1.png\"/></Relationships>"
        package.add("word/_rels/header1.xml.rels", imageRelationships)
        package.add("word/_rels/header2.xml.rels", imageRelationships)
        package.add("word/media/image1.png", data: try logo)
        return try package.archived()
    }

    static func odt() throws -> Data {
        var styles = ODTStyles.part(language: "fr", footer: "x")
        let start = try require(styles.range(of: "<style:master-page "))
        let end = try require(styles.range(of: "</style:master-page>"))
        let frame =
            "<draw:frame draw:name=\"Logo\" text:anchor-type=\"as-char\" svg:width=\"3cm\" svg:height=\"1cm\">"
            + "<draw:image xlink:href=\"Pictures/logo.png\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
            + "</draw:frame>"
        styles.replaceSubrange(
            start.lowerBound..<end.upperBound,
            with: "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
                + "<style:header><text:p>\(frame) \(runningHeader)</text:p></style:header>"
                + "<style:header-first><text:p>\(frame) \(firstPageHeader)</text:p></style:header-first>"
                + "<style:footer><text:p>\(footer) <text:page-number text:select-page=\"current\">1</text:page-number>"
                + "</text:p></style:footer><style:footer-first><text:p>\(footer)</text:p></style:footer-first>"
                + "</style:master-page>")
        var package = ZipPackage()
        package.add("mimetype", ODTWriter.mediaType, compressed: false)
        package.add("META-INF/manifest.xml", ODTWriter.manifest(images: ["Pictures/logo.png"]))
        package.add(
            "content.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \(ODTStyles.namespaces) office:version=\"1.3\">"
                + "<office:body><office:text><text:p/></office:text></office:body></office:document-content>")
        package.add("styles.xml", styles)
        package.add("Pictures/logo.png", data: try logo)
        return try package.archived()
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw ExternalTool.Failure(description: "the reference template lacks a part") }
    return value
}
