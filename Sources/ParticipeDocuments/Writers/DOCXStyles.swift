import Foundation

/// The built-in `word/styles.xml`, with Word's standard style ids so a public body's own
/// reference document (`--reference-doc`) restyles the output.
package enum DOCXStyles {
    package static let namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""

    /// The whole part for a document in `language` (`fr-FR`, `en-GB`…).
    /// - Parameter color: the body's colour (`RRGGBB`) for titles and headings, in place of ours.
    package static func part(language: String, color: String? = nil) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles \(namespaces)>\n"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>"
        xml += "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
        xml += "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"\(language)\" w:bidi=\"ar-SA\"/>"
        xml += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\""
        xml += " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\n"
        for style in styles {
            xml += style.xml + "\n"
        }
        xml += "</w:styles>\n"
        return color.map { xml.replacingOccurrences(of: "\"0B3D91\"", with: "\"\($0)\"") } ?? xml
    }

    struct Style {
        var id: String
        var xml: String
    }

    /// A right tab at the text's width with a dotted leader, where a table of contents puts page numbers.
    private static let tocTabs =
        "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(DOCXBody.a4TextWidth)\"/></w:tabs>"

    static let styles: [Style] = [
        paragraph("Normal", name: "Normal", isDefault: true, properties: "", run: ""),
        paragraph("BodyText", name: "Body Text", properties: "<w:spacing w:before=\"0\" w:after=\"140\"/>", run: ""),
        paragraph(
            "Title", name: "Title", properties: "<w:spacing w:before=\"2400\" w:after=\"240\"/><w:jc w:val=\"left\"/>",
            run: "<w:b/><w:color w:val=\"0B3D91\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>"),
        paragraph(
            "Subtitle", name: "Subtitle", properties: "<w:spacing w:after=\"240\"/>",
            run: "<w:color w:val=\"3A3A3A\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"),
        paragraph("Author", name: "Author", properties: "", run: "<w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
        paragraph("Date", name: "Date", properties: "<w:spacing w:after=\"480\"/>", run: ""),
        heading(1, size: 32, before: 480),
        heading(2, size: 28, before: 360),
        heading(3, size: 24, before: 240),
        heading(4, size: 22, before: 200),
        heading(5, size: 21, before: 200),
        heading(6, size: 21, before: 200),
        paragraph(
            "ListParagraph", name: "List Paragraph", properties: "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>",
            run: ""),
        paragraph(
            "IntenseQuote", name: "Intense Quote",
            properties: "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"0B3D91\"/>"
                + "<w:left w:val=\"single\" w:sz=\"24\" w:space=\"4\" w:color=\"0B3D91\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"0B3D91\"/>"
                + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"0B3D91\"/></w:pBdr>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF2F9\"/>"
                + "<w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:left=\"340\" w:right=\"340\"/>",
            run: ""),
        paragraph(
            "SourceCode", name: "Source Code",
            properties: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F4F4\"/><w:spacing w:after=\"120\"/>",
            run: "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"19\"/>"),
        paragraph(
            "HorizontalRule", name: "Horizontal Rule",
            properties: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"6A6A6A\"/></w:pBdr>",
            run: ""),
        paragraph(
            "CutLine", name: "Cut Line",
            properties: "<w:pBdr><w:bottom w:val=\"dashed\" w:sz=\"8\" w:space=\"1\" w:color=\"3A3A3A\"/></w:pBdr>"
                + "<w:spacing w:before=\"283\" w:after=\"340\"/>",
            run: "<w:color w:val=\"3A3A3A\"/><w:sz w:val=\"20\"/>"),
        paragraph(
            "TableHeading", name: "Table Heading", properties: "<w:spacing w:before=\"40\" w:after=\"40\"/>",
            run: "<w:b/>"),
        paragraph(
            "TableContents", name: "Table Contents", properties: "<w:spacing w:before=\"40\" w:after=\"40\"/>", run: ""),
        paragraph(
            "TOCHeading", name: "TOC Heading", next: "Normal",
            properties: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
            run: "<w:b/><w:color w:val=\"0B3D91\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
        paragraph("TOC1", name: "toc 1", properties: tocTabs + "<w:spacing w:after=\"60\"/>", run: "<w:b/>"),
        paragraph(
            "TOC2", name: "toc 2", properties: tocTabs + "<w:spacing w:after=\"60\"/><w:ind w:left=\"220\"/>", run: ""),
        paragraph(
            "TOC3", name: "toc 3", properties: tocTabs + "<w:spacing w:after=\"60\"/><w:ind w:left=\"440\"/>", run: ""),
        paragraph(
            "Footer", name: "footer", properties: "<w:jc w:val=\"center\"/>",
            run: "<w:color w:val=\"3A3A3A\"/><w:sz w:val=\"18\"/>"),
        Style(
            id: "DefaultParagraphFont",
            xml: "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"),
        character("Hyperlink", name: "Hyperlink", run: "<w:color w:val=\"0B3D91\"/><w:u w:val=\"single\"/>"),
        character(
            "VerbatimChar", name: "Verbatim Char",
            run: "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"19\"/>"),
        Style(
            id: "TableNormal",
            xml: "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
                + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>"),
        Style(
            id: "TableGrid",
            xml: "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>"
                + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                    "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"6A6A6A\"/>"
                }.joined()
                + "</w:tblBorders></w:tblPr></w:style>"),
    ]

    private static func paragraph(
        _ id: String, name: String, isDefault: Bool = false, next: String = "BodyText", properties: String,
        run: String
    ) -> Style {
        var xml = "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\">"
        xml += "<w:name w:val=\"\(name)\"/>"
        if !isDefault { xml += "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"\(next)\"/>" }
        xml += "<w:qFormat/>"
        if !properties.isEmpty { xml += "<w:pPr>\(properties)</w:pPr>" }
        if !run.isEmpty { xml += "<w:rPr>\(run)</w:rPr>" }
        return Style(id: id, xml: xml + "</w:style>")
    }

    private static func heading(_ level: Int, size: Int, before: Int) -> Style {
        paragraph(
            "Heading\(level)", name: "heading \(level)",
            properties: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/>"
                + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
            run: "<w:b/><w:color w:val=\"0B3D91\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    private static func character(_ id: String, name: String, run: String) -> Style {
        Style(
            id: id,
            xml: "<w:style w:type=\"character\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>\(run)</w:rPr></w:style>")
    }

    /// A reference document's styles with ours added where it lacks a style id we use, so
    /// every paragraph keeps a defined style.
    static func merged(reference: String) -> String {
        guard let end = reference.range(of: "</w:styles>", options: .backwards) else { return reference }
        var missing = ""
        for style in styles where !reference.contains("w:styleId=\"\(style.id)\"") {
            missing += style.xml + "\n"
        }
        var result = reference
        result.insert(contentsOf: missing, at: end.lowerBound)
        return result
    }
}
