import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore
@testable import ParticipeDocuments

/// A kit's spreadsheets (`spreadsheets:`), made from the answers of `Tests/Fixtures/spreadsheets/devis`: rows from a list
/// answer and from a catalogue, products and totals, and LibreOffice computing the same totals as Participe.
@Suite("Kit spreadsheets")
struct KitSpreadsheetTests {
    static func evaluation(_ language: Language = .french, edit: (String) -> String = { $0 }) throws -> Evaluation {
        var texts = SourceTexts()
        let kit = try KitLoader().load(directory: Fixtures.path("spreadsheets/devis"), texts: &texts)
        let text = edit(try String(contentsOfFile: Fixtures.path("spreadsheets/devis/reponses.yaml"), encoding: .utf8))
        let sheet = try AnswersFile.read(text: text, path: "reponses.yaml", texts: &texts).decode(for: kit)
        return Evaluation(kit: kit, sheet: sheet, language: language, today: testToday)
    }

    static func workbook(_ language: Language = .french) throws -> Workbook {
        try #require(SpreadsheetBuilder(evaluation: try evaluation(language)).spreadsheets().first?.workbook)
    }

    @Test func aListAnswerGivesOneRowPerEntryWithItsProductsAndTotals() throws {
        let lines = try #require(try Self.workbook().sheets.first)
        #expect(lines.name == "Lignes")
        #expect(lines.headerRows == 1)
        #expect(lines.rows.count == 5)
        #expect(
            lines.rows[2] == [
                .number(2, .integer), .text("=SUM(A1:A9)"), .text("jour"), .number(12.5, .general),
                .number(650, .euros),
                .formula(.product(.init(column: 3, row: 2), .init(column: 4, row: 2)), value: 8_125, .euros),
            ])
        // A price the answers do not give is left to fill, apart; the product counts it as nothing.
        #expect(lines.rows[3][4] == .missing(.euros))
        #expect(
            lines.rows[3][5] == .formula(.product(.init(column: 3, row: 3), .init(column: 4, row: 3)), value: 0, .euros)
        )
        #expect(
            lines.rows[4] == [
                .empty, .heading("Total HT"), .empty,
                .formula(.sum(column: 3, fromRow: 1, toRow: 3), value: 16.5, .general),
                .empty, .formula(.sum(column: 5, fromRow: 1, toRow: 3), value: 12_625, .euros),
            ])
    }

    @Test func aCatalogueGivesItsKeptItemsWithTheirValuesAsPlainText() throws {
        let items = try #require(try Self.workbook().sheets.last)
        #expect(items.rows.map { $0.first } == [.heading("N°"), .text("P-01"), .text("P-02"), .heading("Total HT")])
        #expect(
            Array(items.rows[1].prefix(5)) == [
                .text("P-01"), .text("Accompagnement"), .text("Formation des agents"), .text("Exigence minimale"),
                .number(4, .integer),
            ])
        #expect(items.rows[2][1] == .empty)
        #expect(items.rows[2][4] == .missing(.integer))
        #expect(items.rows[1][5] == .input(.euros))
    }

    @Test func namesAndLabelsFollowTheLanguage() throws {
        let workbook = try Self.workbook(.english)
        #expect(workbook.sheets.map(\.name) == ["Lines", "Items"])
        #expect(workbook.sheets[0].rows[1][2] == .text("lump sum"))
        #expect(workbook.sheets[1].rows[1][3] == .text("Minimum requirement"))
    }

    @Test func aSpreadsheetWhoseConditionFailsIsNotMade() throws {
        let evaluation = try Self.evaluation { text in
            String(
                text.split(separator: "\n").filter { !$0.contains("{designation") && !$0.contains("lignes:") }
                    .joined(separator: "\n"))
        }
        #expect(SpreadsheetBuilder(evaluation: evaluation).spreadsheets().isEmpty)
    }

    @Test(
        .enabled(
            if: LibreOffice.python != nil,
            "LibreOffice Calc or python3-uno is missing (CI runs .ci/install-document-tools.sh)"),
        arguments: ["xlsx", "ods"])
    func libreOfficeComputesWhatParticipeComputed(_ format: String) throws {
        let workbook = try Self.workbook()
        let folder = try TemporaryDirectory()
        let data = format == "xlsx" ? try XLSXWriter().data(workbook) : try ODSWriter().data(workbook)
        let read = try LibreOfficeSheets.read(URL(fileURLWithPath: try folder.write(data, to: "devis.\(format)")))
        #expect(read.sheets.count == workbook.sheets.count)
        for (sheet, computed) in zip(workbook.sheets, read.sheets) {
            #expect(computed.titleRows == [0, 0])
            for (row, cells) in sheet.rows.enumerated() {
                for (column, cell) in cells.enumerated() {
                    guard let participe = SpreadsheetBuilder.value(of: cell) else { continue }
                    #expect(
                        computed.cells[row][column] == .number(participe),
                        "\(sheet.name) row \(row + 1) column \(column + 1)")
                }
            }
        }
        #expect(read.sheets[0].cells[4][5] == .number(12_625))
        #expect(read.sheets[0].formulas[4][5] == "=SUM(F2:F4)")
    }
}
