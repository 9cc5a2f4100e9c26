import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore
@testable import ParticipeDocuments

/// The spreadsheet writers, read back by the programs buyers and bidders use: LibreOffice Calc recomputes the
/// formulas of both formats, and Python's openpyxl reads the XLSX.
@Suite("Spreadsheets: XLSX and ODS")
struct SpreadsheetWriterTests {
    /// A price schedule: three lines, quantity × unit price, and their total; a hostile designation.
    static let workbook = Workbook(sheets: [
        Workbook.Sheet(
            name: "DQE: prix/lots",
            columns: [.init(width: 8), .init(width: 40), .init(width: 10), .init(width: 14), .init(width: 16)],
            rows: [
                [
                    .heading("N°"), .heading("Désignation"), .heading("Quantité"), .heading("Prix unitaire HT"),
                    .heading("Montant HT"),
                ],
                line(2, "BP-01", "Mise en service <b>&</b>", quantity: 1, price: 12_500),
                line(3, "BP-07", "=HYPERLINK(\"http://x\")\nsur deux lignes", quantity: 6, price: 650.5),
                line(4, "BP-09", "Formation\u{1}", quantity: 3, price: 1_200),
                [
                    .empty, .heading("Total HT"), .empty, .empty,
                    .formula(.sum(column: 4, fromRow: 1, toRow: 3), value: 19_003, .euros),
                ],
            ]),
        Workbook.Sheet(
            name: "Réponse",
            columns: [.init(width: 10), .init(width: 30)],
            rows: [[.heading("Id"), .heading("Réponse du candidat")], [.text("ACC-01"), .input(nil)]]),
    ])

    static func line(_ row: Int, _ id: String, _ text: String, quantity: Double, price: Double) -> [Workbook.Cell] {
        [
            .text(id), .text(text), .number(quantity, .integer), .number(price, .euros),
            .formula(
                .product(.init(column: 2, row: row - 1), .init(column: 3, row: row - 1)), value: quantity * price,
                .euros),
        ]
    }

    static let expected: [[LibreOfficeSheets.Value?]] = [
        [.text("N°"), .text("Désignation"), .text("Quantité"), .text("Prix unitaire HT"), .text("Montant HT")],
        [.text("BP-01"), .text("Mise en service <b>&</b>"), .number(1), .number(12_500), .number(12_500)],
        [
            .text("BP-07"), .text("=HYPERLINK(\"http://x\")\nsur deux lignes"), .number(6), .number(650.5),
            .number(3_903),
        ],
        [.text("BP-09"), .text("Formation\u{FFFD}"), .number(3), .number(1_200), .number(3_600)],
        [nil, .text("Total HT"), nil, nil, .number(20_003)],
    ]

    @Test func columnLettersRunPastZ() {
        #expect(
            [0, 25, 26, 51, 52, 701, 702].map(Workbook.columnLetters) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"])
        #expect(Workbook.sheetName("DQE: prix/lots") == "DQE  prix lots")
        #expect(Workbook.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(Workbook.sheetName("[]") == "Feuille")
    }

    @Test func aRowIsAsTallAsItsLongestWrappedText() throws {
        let schedule = try #require(Self.workbook.sheets.first)
        // « Prix unitaire HT » takes two lines of its column of 14; the designations one line of 40, but the text of
        // two lines.
        #expect((0..<schedule.rows.count).map(schedule.lines(ofRow:)) == [2, 1, 2, 1, 1])
        let long = Workbook.Sheet(
            name: "x", columns: [.init(width: 10)], rows: [[.text(String(repeating: "mot ", count: 30))]])
        #expect(long.lines(ofRow: 0) == 11)
        let huge = Workbook.Sheet(
            name: "x", columns: [.init(width: 10)], rows: [[.text(String(repeating: "a", count: 9_999))]])
        #expect(huge.lines(ofRow: 0) == 27)
    }

    @Test func theFormulasAreSpelledForEachFormat() {
        let sum = Workbook.Formula.sum(column: 4, fromRow: 1, toRow: 3)
        #expect(XLSXWriter.spelled(sum) == "SUM(E2:E4)")
        #expect(ODSWriter.spelled(sum) == "of:=SUM([.E2:.E4])")
        let product = Workbook.Formula.product(.init(column: 2, row: 1), .init(column: 3, row: 1))
        #expect(XLSXWriter.spelled(product) == "C2*D2")
        #expect(ODSWriter.spelled(product) == "of:=[.C2]*[.D2]")
    }

    @Test func theODSPackageStartsWithItsStoredMimetype() throws {
        let entries = try ZipPackage.entries(of: try ODSWriter().data(Self.workbook))
        #expect(entries.first?.path == "mimetype")
        #expect(entries.first?.isStored == true)
        #expect(entries.map(\.path).contains("settings.xml"))
    }

    @Test(
        .enabled(
            if: LibreOffice.python != nil,
            "LibreOffice Calc or python3-uno is missing (CI runs .ci/install-document-tools.sh)"),
        arguments: ["xlsx", "ods"])
    func libreOfficeComputesTheSameTotals(_ format: String) throws {
        let folder = try TemporaryDirectory()
        let data = format == "xlsx" ? try XLSXWriter().data(Self.workbook) : try ODSWriter().data(Self.workbook)
        let path = try folder.write(data, to: "bordereau.\(format)")
        let read = try LibreOfficeSheets.read(URL(fileURLWithPath: path))
        #expect(read.sheets.map(\.name) == ["DQE  prix lots", "Réponse"])
        let schedule = try #require(read.sheets.first)
        // The stored total (19 003) was wrong on purpose: LibreOffice's own computation is what shows.
        #expect(schedule.cells == Self.expected)
        #expect(schedule.formulas[1][4] == "=C2*D2")
        #expect(schedule.formulas[4][4] == "=SUM(E2:E4)")
        #expect(schedule.titleRows == [0, 0])
        #expect(read.sheets.last?.cells == [[.text("Id"), .text("Réponse du candidat")], [.text("ACC-01"), nil]])
    }

    @Test(.enabled(if: Self.openpyxl, "Python's openpyxl is missing (CI installs it)"))
    func openpyxlReadsTheXLSX() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(try XLSXWriter().data(Self.workbook), to: "bordereau.xlsx")
        let script = """
            import json, sys, openpyxl
            formulas = openpyxl.load_workbook(sys.argv[1])
            values = openpyxl.load_workbook(sys.argv[1], data_only=True)
            sheet = formulas.worksheets[0]
            print(json.dumps({
                "names": formulas.sheetnames,
                "formula": sheet["E2"].value, "total": sheet["E5"].value,
                "cached": values.worksheets[0]["E2"].value, "text": sheet["B3"].value,
                "freeze": sheet.freeze_panes, "titles": sheet.print_title_rows,
                "width": sheet.column_dimensions["B"].width, "format": sheet["E2"].number_format,
                "landscape": sheet.page_setup.orientation, "height": sheet.row_dimensions[3].height,
            }))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let finished = try runProcess(process)
        let errors = try finished.text("stderr")
        #expect(finished.status == 0, "\(errors)")
        let read = try #require(
            try JSONSerialization.jsonObject(with: Data(try finished.text("stdout").utf8)) as? [String: Any])
        #expect(read["names"] as? [String] == ["DQE  prix lots", "Réponse"])
        #expect(read["formula"] as? String == "=C2*D2")
        #expect(read["total"] as? String == "=SUM(E2:E4)")
        #expect(read["cached"] as? Double == 12_500)
        #expect(read["text"] as? String == "=HYPERLINK(\"http://x\")\nsur deux lignes")
        #expect(read["freeze"] as? String == "A2")
        #expect(read["titles"] as? String == "$1:$1")
        #expect(read["width"] as? Double == 40)
        #expect((read["format"] as? String)?.contains("€") == true)
        #expect(read["landscape"] as? String == "landscape")
        #expect(read["height"] as? Double == 30)
    }

    static let openpyxl: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        return (try? runProcess(process).status) == 0
    }()
}
