import Foundation
import ParticipeCore

/// Writes a `Workbook` as an Office Open XML spreadsheet (`.xlsx`): inline strings, formulas with the values
/// Participe computed, frozen and printed header rows, landscape pages fitted to the width.
package struct XLSXWriter: Sendable {
    package init() {}

    package func data(_ workbook: Workbook) throws -> Data {
        var package = ZipPackage()
        package.add("[Content_Types].xml", contentTypes(workbook))
        package.add(
            "_rels/.rels",
            Self.relationships([
                (
                    "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                    "xl/workbook.xml"
                )
            ]))
        package.add("xl/workbook.xml", workbookPart(workbook))
        let sheetRelationships = workbook.sheets.indices.map { index in
            (
                "rId\(index + 1)", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                "worksheets/sheet\(index + 1).xml"
            )
        }
        let styles = (
            "rId\(workbook.sheets.count + 1)",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"
        )
        package.add("xl/_rels/workbook.xml.rels", Self.relationships(sheetRelationships + [styles]))
        package.add("xl/styles.xml", Self.stylesPart)
        for (index, sheet) in workbook.sheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))
        }
        return try package.archived()
    }

    private func contentTypes(_ workbook: Workbook) -> String {
        let sheets = workbook.sheets.indices.map { index in
            "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(sheets)</Types>
            """
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        let items = entries.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(items.joined())</Relationships>
            """
    }

    private func workbookPart(_ workbook: Workbook) -> String {
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        // The header rows repeat at the top of every printed page.
        let titles = workbook.sheets.enumerated().filter { $0.element.headerRows > 0 }.map { index, sheet in
            let name = "'" + sheet.name + "'"
            return "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + XMLText.escaped("\(name)!$1:$\(sheet.headerRows)") + "</definedName>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheets)</sheets>\(titles.isEmpty ? "" : "<definedNames>\(titles)</definedNames>")\
            <calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>
            """
    }

    /// Cell formats, by index: 0 plain, 1 heading; then five for each kind of cell (text, general number, integer,
    /// decimal, euros): 2–6 shown, 7–11 to fill (shaded yellow), 12–16 missing (shaded orange).
    private static let stylesPart: String = {
        let formats = [0, 0, 3, 4, 164]
        func xf(_ format: Int, fill: Int, wrap: Bool) -> String {
            let alignment = wrap ? "<alignment vertical=\"top\" wrapText=\"1\"/>" : "<alignment vertical=\"top\"/>"
            return "<xf numFmtId=\"\(format)\" fontId=\"0\" fillId=\"\(fill)\" borderId=\"0\" xfId=\"0\" "
                + "applyNumberFormat=\"1\" applyFill=\"1\" applyAlignment=\"1\">\(alignment)</xf>"
        }
        let kinds = [0, 2, 3].map { fill in
            formats.enumerated().map { xf($0.element, fill: fill, wrap: $0.offset == 0) }.joined()
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFFCE4D6"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="17"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            \(kinds)</cellXfs></styleSheet>
            """
    }()

    private enum Kind: Int {
        case shown = 2
        case input = 7
        case missing = 12
    }

    private static func style(of format: Workbook.NumberFormat?, _ kind: Kind) -> Int {
        let offset =
            switch format {
            case nil: 0
            case .general: 1
            case .integer: 2
            case .decimal: 3
            case .euros: 4
            }
        return kind.rawValue + offset
    }

    private func worksheet(_ sheet: Workbook.Sheet) -> String {
        let columns = sheet.columns.enumerated().map { index, column in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(Self.number(column.width))\" customWidth=\"1\"/>"
        }.joined()
        let rows = sheet.rows.enumerated().map { rowIndex, cells in
            let content = cells.enumerated().map { columnIndex, cell in
                self.cell(cell, at: Workbook.Reference(column: columnIndex, row: rowIndex))
            }.joined()
            let lines = sheet.lines(ofRow: rowIndex)
            let height = lines > 1 ? " ht=\"\(lines * 15)\" customHeight=\"1\"" : ""
            return "<row r=\"\(rowIndex + 1)\"\(height)>\(content)</row>"
        }.joined()
        let frozen =
            sheet.headerRows > 0
            ? "<pane ySplit=\"\(sheet.headerRows)\" topLeftCell=\"A\(sheet.headerRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>\
            <sheetViews><sheetView workbookViewId="0">\(frozen)</sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/>\(columns.isEmpty ? "" : "<cols>\(columns)</cols>")\
            <sheetData>\(rows)</sheetData>\
            <pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>
            """
    }

    private func cell(_ cell: Workbook.Cell, at reference: Workbook.Reference) -> String {
        let place = "r=\"\(reference.a1)\""
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            return
                "<c \(place) s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
        case .heading(let text):
            return
                "<c \(place) s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
        case .number(let value, let format):
            return "<c \(place) s=\"\(Self.style(of: format, .shown))\"><v>\(Self.number(value))</v></c>"
        case .input(let format):
            return "<c \(place) s=\"\(Self.style(of: format, .input))\"/>"
        case .missing(let format):
            return "<c \(place) s=\"\(Self.style(of: format, .missing))\"/>"
        case .formula(let formula, let value, let format):
            return "<c \(place) s=\"\(Self.style(of: format, .shown))\"><f>\(Self.spelled(formula))</f>"
                + "<v>\(Self.number(value))</v></c>"
        }
    }

    static func spelled(_ formula: Workbook.Formula) -> String {
        formula.spelled(cell: \.a1, range: { "\($0.a1):\($1.a1)" })
    }

    /// A number as the file format writes it: `.` for decimals, no grouping, whole numbers without `.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
