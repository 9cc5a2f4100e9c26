import Foundation
import ParticipeCore

/// The built-in `styles.xml` of ODT output, with LibreOffice's standard style names
/// ("Heading 1", "Text body", "Quotations", "List 1", "Numbering 123"…) so a public body's own
/// template (`--reference-doc`) restyles the output.
package enum ODTStyles {
    package static let namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
        + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
        + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""

    struct Style {
        var name: String
        var xml: String
    }

    /// - Parameter color: the body's colour (`RRGGBB`) for titles and headings, in place of ours.
    package static func part(language: String, footer: String, color: String? = nil) -> String {
        let (lang, country) = languageAndCountry(language)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<office:document-styles \(namespaces) office:version=\"1.3\">\n"
        xml += "<office:font-face-decls><style:font-face style:name=\"Liberation Sans\""
        xml += " svg:font-family=\"'Liberation Sans'\" style:font-family-generic=\"swiss\"/>"
        xml += "<style:font-face style:name=\"Liberation Mono\" svg:font-family=\"'Liberation Mono'\""
        xml += " style:font-family-generic=\"modern\" style:font-pitch=\"fixed\"/></office:font-face-decls>\n"
        xml += "<office:styles>\n<style:default-style style:family=\"paragraph\"><style:paragraph-properties"
        xml += " fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\"/><style:text-properties"
        xml += " style:font-name=\"Liberation Sans\" fo:font-size=\"10.5pt\" fo:language=\"\(lang)\""
        xml += " fo:country=\"\(country)\"/></style:default-style>\n"
        for style in styles {
            xml += style.xml + "\n"
        }
        xml += outlineStyle
        xml += "</office:styles>\n<office:automatic-styles><style:page-layout style:name=\"A4\">"
        xml += "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
        xml += " style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1.5cm\""
        xml += " fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/><style:footer-style><style:header-footer-properties"
        xml += " fo:min-height=\"0.6cm\" fo:margin-top=\"0.4cm\"/></style:footer-style></style:page-layout>"
        xml += "</office:automatic-styles>\n<office:master-styles><style:master-page style:name=\"Standard\""
        xml += " style:page-layout-name=\"A4\"><style:footer><text:p text:style-name=\"Footer\">"
        xml += "\(footer) — <text:page-number text:select-page=\"current\">1</text:page-number></text:p>"
        xml += "</style:footer></style:master-page></office:master-styles>\n</office:document-styles>\n"
        return color.map { xml.replacingOccurrences(of: "\"#0b3d91\"", with: "\"#\($0.lowercased())\"") } ?? xml
    }

    static func languageAndCountry(_ language: String) -> (String, String) {
        language.lowercased().hasPrefix("en") ? ("en", "GB") : ("fr", "FR")
    }

    static let styles: [Style] =
        [
            paragraph("Standard", display: "Default Paragraph Style", parent: nil, properties: "", text: ""),
            paragraph("Text_20_body", display: "Text body", properties: "fo:margin-bottom=\"0.25cm\"", text: ""),
            paragraph(
                "Title", display: "Title", properties: "fo:margin-top=\"4cm\" fo:margin-bottom=\"0.4cm\"",
                text: "fo:font-size=\"26pt\" fo:font-weight=\"bold\" fo:color=\"#0b3d91\""),
            paragraph(
                "Subtitle", display: "Subtitle", properties: "", text: "fo:font-size=\"15pt\" fo:color=\"#3a3a3a\""),
            paragraph(
                "Author", display: "Author", properties: "", text: "fo:font-size=\"13pt\" fo:font-weight=\"bold\""),
            paragraph("Date", display: "Date", properties: "fo:margin-bottom=\"1cm\"", text: ""),
            paragraph(
                "Heading", display: "Heading",
                properties: "fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"",
                text: "fo:font-weight=\"bold\" fo:color=\"#0b3d91\"", next: "Text_20_body"),
        ] + (1...6).map(heading) + [
            paragraph("List_20_Contents", display: "List Contents", properties: "fo:margin-bottom=\"0.1cm\"", text: ""),
            paragraph(
                "Quotations", display: "Quotations",
                properties: "fo:margin-left=\"0.6cm\" fo:margin-right=\"0.6cm\" fo:margin-top=\"0.2cm\""
                    + " fo:margin-bottom=\"0.2cm\" fo:padding=\"0.2cm\" fo:border=\"0.5pt solid #0b3d91\""
                    + " fo:border-left=\"3pt solid #0b3d91\" fo:background-color=\"#eef2f9\"",
                text: ""),
            paragraph(
                "Preformatted_20_Text", display: "Preformatted Text", properties: "fo:background-color=\"#f4f4f4\"",
                text: "style:font-name=\"Liberation Mono\" fo:font-size=\"9.5pt\""),
            paragraph(
                "Horizontal_20_Line", display: "Horizontal Line",
                properties: "fo:margin-bottom=\"0.3cm\" fo:border-bottom=\"0.5pt solid #6a6a6a\" fo:padding=\"0cm\"",
                text: ""),
            paragraph(
                "Cut_20_Line", display: "Cut Line",
                properties:
                    "fo:margin-top=\"0.5cm\" fo:margin-bottom=\"0.6cm\" fo:border-bottom=\"0.8pt dashed #3a3a3a\""
                    + " fo:padding=\"0cm\"",
                text: "fo:font-size=\"10pt\" fo:color=\"#3a3a3a\""),
            paragraph("Table_20_Contents", display: "Table Contents", properties: "fo:margin-bottom=\"0cm\"", text: ""),
            paragraph(
                "Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents", properties: "",
                text: "fo:font-weight=\"bold\""),
            paragraph(
                "Contents_20_Heading", display: "Contents Heading", parent: "Heading", properties: "",
                text: "fo:font-size=\"14pt\""),
            contents(1, margin: 0, text: "fo:font-weight=\"bold\""),
            contents(2, margin: 0.4, text: ""),
            contents(3, margin: 0.8, text: ""),
            paragraph(
                "Footer", display: "Footer", properties: "fo:text-align=\"center\"",
                text: "fo:font-size=\"9pt\" fo:color=\"#3a3a3a\""),
            textStyle("Emphasis", display: "Emphasis", properties: "fo:font-style=\"italic\""),
            textStyle("Strong_20_Emphasis", display: "Strong Emphasis", properties: "fo:font-weight=\"bold\""),
            textStyle("Source_20_Text", display: "Source Text", properties: "style:font-name=\"Liberation Mono\""),
            textStyle(
                "Internet_20_link", display: "Internet link",
                properties:
                    "fo:color=\"#0b3d91\" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\""
                    + " style:text-underline-color=\"font-color\""),
            listStyle("List_20_1", display: "List 1", ordered: false),
            listStyle("Numbering_20_123", display: "Numbering 123", ordered: true),
        ]

    /// A numbered list style whose every level starts at `start`.
    static func numberingStyle(named name: String, start: Int) -> String {
        listStyle(name, display: nil, ordered: true, start: start).xml
    }

    private static func paragraph(
        _ name: String, display: String, parent: String? = "Standard", properties: String, text: String,
        next: String? = nil
    ) -> Style {
        var xml = "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"paragraph\""
        if let parent { xml += " style:parent-style-name=\"\(parent)\"" }
        if let next { xml += " style:next-style-name=\"\(next)\"" }
        xml += " style:class=\"text\">"
        if !properties.isEmpty { xml += "<style:paragraph-properties \(properties)/>" }
        if !text.isEmpty { xml += "<style:text-properties \(text)/>" }
        return Style(name: name, xml: xml + "</style:style>")
    }

    /// A table of contents level, its margin in centimetres: page numbers go at a right tab on the text's right
    /// edge (17 cm from the left margin of an A4 page with 2 cm margins; tabs count from the paragraph's margin),
    /// after a dotted leader.
    private static func contents(_ level: Int, margin: Double, text: String) -> Style {
        let indent = NumberFormat.fixed(margin, decimals: 1) + "cm"
        var style = paragraph(
            "Contents_20_\(level)", display: "Contents \(level)", properties: "fo:margin-left=\"\(indent)\"", text: text
        )
        let tabs =
            "<style:tab-stops><style:tab-stop style:position=\"\(NumberFormat.fixed(17 - margin, decimals: 1))cm\""
            + " style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
        style.xml = style.xml.replacingOccurrences(
            of: "fo:margin-left=\"\(indent)\"/>",
            with: "fo:margin-left=\"\(indent)\">\(tabs)</style:paragraph-properties>")
        return style
    }

    private static func heading(_ level: Int) -> Style {
        let sizes = [18, 15, 13, 12, 11, 10.5]
        var style = paragraph(
            "Heading_20_\(level)", display: "Heading \(level)", parent: "Heading", properties: "",
            text: "fo:font-size=\"\(sizes[level - 1])pt\"", next: "Text_20_body")
        style.xml = style.xml.replacingOccurrences(
            of: " style:class=\"text\">", with: " style:default-outline-level=\"\(level)\" style:class=\"text\">")
        return style
    }

    private static func textStyle(_ name: String, display: String, properties: String) -> Style {
        Style(
            name: name,
            xml: "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"text\">"
                + "<style:text-properties \(properties)/></style:style>")
    }

    private static func listStyle(_ name: String, display: String?, ordered: Bool, start: Int = 1) -> Style {
        let displayName = display.map { " style:display-name=\"\($0)\"" } ?? ""
        var xml = "<text:list-style style:name=\"\(name)\"\(displayName)>"
        let bullets = ["•", "◦", "▪"]
        let formats = ["1", "a", "i"]
        for level in 1...10 {
            let indent = NumberFormat.fixed(0.635 * Double(level), decimals: 2) + "cm"
            let alignment =
                "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                + "<style:list-level-label-alignment text:label-followed-by=\"listtab\""
                + " text:list-tab-stop-position=\"\(indent)\" fo:text-indent=\"-0.635cm\" fo:margin-left=\"\(indent)\"/>"
                + "</style:list-level-properties>"
            if ordered {
                let startValue = start == 1 ? "" : " text:start-value=\"\(start)\""
                xml += "<text:list-level-style-number text:level=\"\(level)\"\(startValue) style:num-suffix=\".\""
                xml += " style:num-format=\"\(formats[(level - 1) % 3])\">\(alignment)</text:list-level-style-number>"
            } else {
                xml +=
                    "<text:list-level-style-bullet text:level=\"\(level)\" text:bullet-char=\"\(bullets[(level - 1) % 3])\">"
                xml += "\(alignment)</text:list-level-style-bullet>"
            }
        }
        return Style(name: name, xml: xml + "</text:list-style>")
    }

    private static let outlineStyle: String = {
        var xml = "<text:outline-style style:name=\"Outline\">"
        for level in 1...10 {
            xml += "<text:outline-level-style text:level=\"\(level)\" style:num-format=\"\"/>"
        }
        return xml + "</text:outline-style>\n"
    }()

    /// A reference document's styles with ours added where it lacks a style we use.
    static func merged(reference: String) -> String {
        guard let end = reference.range(of: "</office:styles>") else { return reference }
        var missing = ""
        for style in styles where !reference.contains("style:name=\"\(style.name)\"") {
            missing += style.xml + "\n"
        }
        var result = reference
        result.insert(contentsOf: missing, at: end.lowerBound)
        return result
    }
}
