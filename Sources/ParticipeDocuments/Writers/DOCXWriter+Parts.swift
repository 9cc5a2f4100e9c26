extension DOCXWriter {
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// - Parameter extra: the content types of the parts a reference document or the branding adds.
    static func contentTypes(hasTheme: Bool, ownFooter: Bool = true, extra: String = "") -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var xml = declaration
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>"
        xml += "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
        xml += "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(main).numbering+xml\"/>"
        xml += "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>"
        if ownFooter { xml += "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(main).footer+xml\"/>" }
        xml += extra
        if hasTheme {
            xml += "<Override PartName=\"/word/theme/theme1.xml\""
            xml += " ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
        }
        xml += "<Override PartName=\"/docProps/core.xml\""
        xml += " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\""
        xml += " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>\n"
    }

    static let packageRelationships =
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        + "core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipType)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>\n"

    static func documentRelationships(
        _ hyperlinks: [String], hasTheme: Bool, ownFooter: Bool = true,
        extra: [(id: String, type: String, target: String)] = []
    ) -> String {
        var xml = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (id, part) in [("rIdStyles", "styles"), ("rIdNumbering", "numbering"), ("rIdSettings", "settings")] {
            xml += "<Relationship Id=\"\(id)\" Type=\"\(relationshipType)/\(part)\" Target=\"\(part).xml\"/>"
        }
        if ownFooter {
            xml += "<Relationship Id=\"rIdFooter1\" Type=\"\(relationshipType)/footer\" Target=\"footer1.xml\"/>"
        }
        for relationship in extra {
            xml += "<Relationship Id=\"\(relationship.id)\" Type=\"\(relationship.type)\""
            xml += " Target=\"\(XMLText.escaped(relationship.target))\"/>"
        }
        if hasTheme {
            xml += "<Relationship Id=\"rIdTheme\" Type=\"\(relationshipType)/theme\" Target=\"theme/theme1.xml\"/>"
        }
        for (index, target) in hyperlinks.enumerated() {
            xml += "<Relationship Id=\"rIdLink\(index + 1)\" Type=\"\(relationshipType)/hyperlink\""
            xml += " Target=\"\(XMLText.escaped(HTMLRenderer.percentEncoded(target)))\" TargetMode=\"External\"/>"
        }
        return xml + "</Relationships>\n"
    }

    static func documentPart(body: String, section: String) -> String {
        declaration + "<w:document \(DOCXStyles.namespaces)><w:body>\n" + body + section + "\n</w:body></w:document>\n"
    }

    static func settings(language: String, evenAndOddHeaders: Bool = false) -> String {
        declaration + "<w:settings \(DOCXStyles.namespaces)>" + (evenAndOddHeaders ? "<w:evenAndOddHeaders/>" : "")
            + "<w:defaultTabStop w:val=\"709\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting"
            + " w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
            + "</w:compat><w:themeFontLang w:val=\"\(language)\"/></w:settings>\n"
    }

    /// A footer with the body's name and the page number.
    static func footer(_ metadata: DocumentMetadata) -> String {
        declaration + "<w:ftr \(DOCXStyles.namespaces)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">\(XMLText.escaped(metadata.author)) — </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>\n"
    }

    static func coreProperties(_ metadata: DocumentMetadata, language: String) -> String {
        var xml = declaration
        xml += "<cp:coreProperties"
        xml += " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        xml += "<dc:title>\(XMLText.escaped(metadata.title))</dc:title>"
        if let subject = metadata.subject {
            xml += "<dc:subject>\(XMLText.escaped(subject))</dc:subject>"
        }
        xml += "<dc:creator>\(XMLText.escaped(metadata.author))</dc:creator>"
        xml += "<dc:language>\(language)</dc:language>"
        if let timestamp = Self.timestamp(metadata.date) {
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:created>"
            xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:modified>"
        }
        return xml + "</cp:coreProperties>\n"
    }

    static func appProperties(_ metadata: DocumentMetadata) -> String {
        declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Participe</Application><Company>\(XMLText.escaped(metadata.author))</Company></Properties>\n"
    }

    /// `YYYY-MM-DD` as a W3CDTF timestamp at midnight UTC; nil for anything else.
    static func timestamp(_ date: String) -> String? {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return "\(date)T00:00:00Z"
    }
}
