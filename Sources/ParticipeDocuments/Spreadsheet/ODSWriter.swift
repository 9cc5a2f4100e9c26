import Foundation
import ParticipeCore

/// Writes a `Workbook` as an OpenDocument spreadsheet (`.ods`), the format the RGI recommends to public bodies:
/// typed cells, OpenFormula formulas with the values Participe computed, header rows repeated on every printed
/// page and frozen on screen, landscape pages.
package struct ODSWriter: Sendable {
    package init() {}

    package func data(_ workbook: Workbook) throws -> Data {
        var package = ZipPackage()
        // ODF requires `mimetype` first and stored uncompressed.
        package.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compressed: false)
        package.add("META-INF/manifest.xml", Self.manifest)
        package.add("content.xml", content(workbook))
        package.add("styles.xml", Self.styles)
        package.add("settings.xml", settings(workbook))
        return try package.archived()
    }

    private static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
        <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
        <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
        <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\
        </manifest:manifest>
        """

    private static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" \
        xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3"
        """

    /// A landscape A4 page for every sheet.
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces)><office:automatic-styles>\
        <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" \
        style:print-orientation="landscape" fo:margin="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>\
        </office:automatic-styles><office:master-styles>\
        <style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>
        """

    /// Number styles N0–N3 (general, integer, decimal, euros) in the workbook's language, and cell styles: heading,
    /// then each kind of cell (text and the four numbers) shown, to fill (shaded yellow) and missing (shaded orange).
    private static func automaticStyles(_ language: Language) -> String {
        let locale =
            language == .french
            ? "number:language=\"fr\" number:country=\"FR\"" : "number:language=\"en\" number:country=\"GB\""
        let number = { (decimals: Int, least: Int) in
            "<number:number number:decimal-places=\"\(decimals)\" number:min-decimal-places=\"\(least)\" "
                + "number:min-integer-digits=\"1\" number:grouping=\"true\"/>"
        }
        var styles =
            "<number:number-style style:name=\"N0\" \(locale)>\(number(2, 0))</number:number-style>"
            + "<number:number-style style:name=\"N1\" \(locale)>\(number(0, 0))</number:number-style>"
            + "<number:number-style style:name=\"N2\" \(locale)>\(number(2, 2))</number:number-style>"
            + "<number:currency-style style:name=\"N3\" \(locale)>\(number(2, 2))<number:text> </number:text>"
            + "<number:currency-symbol>€</number:currency-symbol></number:currency-style>"
            + "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\">"
            + "<style:table-properties table:display=\"true\"/></style:style>"
            + "<style:style style:name=\"heading\" style:family=\"table-cell\"><style:table-cell-properties "
            + "fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/><style:text-properties fo:font-weight=\"bold\"/>"
            + "</style:style>"
        let data = ["text": nil, "general": "N0", "integer": "N1", "decimal": "N2", "euros": "N3"]
        for (prefix, background) in [("", nil), ("input-", "#fff2cc"), ("missing-", "#fce4d6")] {
            for (name, dataStyle) in data.sorted(by: { $0.key < $1.key }) {
                let format = dataStyle.map { " style:data-style-name=\"\($0)\"" } ?? ""
                let fill = background.map { " fo:background-color=\"\($0)\"" } ?? ""
                let wrap = name == "text" ? " fo:wrap-option=\"wrap\"" : ""
                styles +=
                    "<style:style style:name=\"\(prefix)\(name)\" style:family=\"table-cell\"\(format)>"
                    + "<style:table-cell-properties\(fill)\(wrap) style:vertical-align=\"top\"/></style:style>"
            }
        }
        // A row style per height, in lines of text.
        for lines in 1...27 {
            styles +=
                "<style:style style:name=\"ro\(lines)\" style:family=\"table-row\"><style:table-row-properties "
                + "style:row-height=\"\(String(format: "%.2f", Double(lines) * 0.53))cm\" "
                + "style:use-optimal-row-height=\"false\"/></style:style>"
        }
        return styles
    }

    private func content(_ workbook: Workbook) -> String {
        var columnStyles = ""
        var tables = ""
        for (sheetIndex, sheet) in workbook.sheets.enumerated() {
            var columns = ""
            for (index, column) in sheet.columns.enumerated() {
                let name = "co\(sheetIndex + 1)-\(index + 1)"
                // A character of the default font is about 0.19 cm wide.
                let width = String(format: "%.2fcm", max(1, column.width * 0.19))
                columnStyles +=
                    "<style:style style:name=\"\(name)\" style:family=\"table-column\">"
                    + "<style:table-column-properties style:column-width=\"\(width)\"/></style:style>"
                columns += "<table:table-column table:style-name=\"\(name)\"/>"
            }
            let rows = sheet.rows.enumerated().map { rowIndex, cells in
                "<table:table-row table:style-name=\"ro\(sheet.lines(ofRow: rowIndex))\">" + cells.map(cell).joined()
                    + "</table:table-row>"
                    + (rowIndex == sheet.headerRows - 1 ? "</table:table-header-rows>" : "")
            }
            let header = sheet.headerRows > 0 && !rows.isEmpty ? "<table:table-header-rows>" : ""
            tables +=
                "<table:table table:name=\"\(XMLText.escaped(sheet.name))\" table:style-name=\"ta1\">"
                + columns + header + rows.joined() + "</table:table>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content \(Self.namespaces)><office:automatic-styles>\(Self.automaticStyles(workbook.language))\(columnStyles)\
            </office:automatic-styles><office:body><office:spreadsheet>\(tables)</office:spreadsheet></office:body>\
            </office:document-content>
            """
    }

    private func cell(_ cell: Workbook.Cell) -> String {
        switch cell {
        case .empty:
            return "<table:table-cell/>"
        case .text(let text):
            return
                "<table:table-cell table:style-name=\"text\" office:value-type=\"string\">\(paragraphs(text))</table:table-cell>"
        case .heading(let text):
            return
                "<table:table-cell table:style-name=\"heading\" office:value-type=\"string\">\(paragraphs(text))</table:table-cell>"
        case .number(let value, let format):
            return "<table:table-cell table:style-name=\"\(Self.style(format))\" \(Self.value(value, format))/>"
        case .input(let format):
            return "<table:table-cell table:style-name=\"input-\(format.map(Self.style) ?? "text")\"/>"
        case .missing(let format):
            return "<table:table-cell table:style-name=\"missing-\(format.map(Self.style) ?? "text")\"/>"
        case .formula(let formula, let value, let format):
            return "<table:table-cell table:style-name=\"\(Self.style(format))\" "
                + "table:formula=\"\(XMLText.escaped(Self.spelled(formula)))\" \(Self.value(value, format))/>"
        }
    }

    /// A text's lines, one paragraph each.
    private func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<text:p>\(XMLText.escaped(String($0)))</text:p>"
        }.joined()
    }

    private static func style(_ format: Workbook.NumberFormat) -> String {
        switch format {
        case .general: "general"
        case .integer: "integer"
        case .decimal: "decimal"
        case .euros: "euros"
        }
    }

    private static func value(_ value: Double, _ format: Workbook.NumberFormat) -> String {
        let number = XLSXWriter.number(value)
        return format == .euros
            ? "office:value-type=\"currency\" office:currency=\"EUR\" office:value=\"\(number)\""
            : "office:value-type=\"float\" office:value=\"\(number)\""
    }

    /// OpenFormula: cells in brackets, the sheet's own with a leading dot.
    static func spelled(_ formula: Workbook.Formula) -> String {
        "of:=" + formula.spelled(cell: { "[.\($0.a1)]" }, range: { "[.\($0.a1):.\($1.a1)]" })
    }

    /// The header rows frozen on screen, sheet by sheet.
    private func settings(_ workbook: Workbook) -> String {
        let item = { (name: String, type: String, value: String) in
            "<config:config-item config:name=\"\(name)\" config:type=\"\(type)\">\(value)</config:config-item>"
        }
        let tables = workbook.sheets.filter { $0.headerRows > 0 }.map { sheet in
            "<config:config-item-map-entry config:name=\"\(XMLText.escaped(sheet.name))\">"
                + item("VerticalSplitMode", "short", "2") + item("VerticalSplitPosition", "int", "\(sheet.headerRows)")
                + item("ActiveSplitRange", "short", "2") + item("PositionTop", "int", "0")
                + item("PositionBottom", "int", "\(sheet.headerRows)") + "</config:config-item-map-entry>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings>\
            <config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views">\
            <config:config-item-map-entry>\(item("ViewId", "string", "view1"))\
            <config:config-item-map-named config:name="Tables">\(tables)</config:config-item-map-named>\
            </config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>\
            </office:settings></office:document-settings>
            """
    }
}
