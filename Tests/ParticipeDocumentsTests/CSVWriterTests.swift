import Foundation
import ParticipeCore
import ParticipeDocuments
import Testing

@Suite struct CSVWriterTests {
    @Test func quotesFieldsAsRFC4180Says() {
        let csv = CSVWriter().text(
            header: ["Réf.", "Texte"], rows: [["EX-01", "a, b"], ["EX-02", "dit \"oui\"\nensuite"]])
        #expect(csv == "Réf.,Texte\r\nEX-01,\"a, b\"\r\nEX-02,\"dit \"\"oui\"\"\nensuite\"\r\n")
    }

    @Test func frenchSpreadsheetDefaults() {
        let data = CSVWriter.frenchSpreadsheet.data(header: ["Critère", "Poids"], rows: [["Prix", "30,5"]])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: data.dropFirst(3), as: UTF8.self)
                == "Critère;Poids\r\nPrix;30,5\r\n")
    }

    @Test func eachLanguageHasItsPreset() {
        #expect(CSVWriter.preset(for: .french).separator == .semicolon)
        #expect(CSVWriter.preset(for: .french).includesByteOrderMark)
        #expect(CSVWriter.preset(for: .english).separator == .comma)
        #expect(!CSVWriter.preset(for: .english).includesByteOrderMark)
    }

    @Test func formulasAreDefused() {
        let cells = ["=SUM(A1:A2)", "+33 1 23", "-5", "@cmd", "\tx", "\rx", "normal", "a=b"]
        let csv = CSVWriter(separator: .semicolon).text(header: ["c"], rows: cells.map { [$0] })
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[1] == "'=SUM(A1:A2)")
        #expect(lines[2] == "'+33 1 23")
        #expect(lines[3] == "'-5")
        #expect(lines[4] == "'@cmd")
        #expect(lines[5] == "'\tx")
        #expect(lines[6] == "\"'\rx\"")
        #expect(lines[7] == "normal")
        #expect(lines[8] == "a=b")
    }

    @Test func shortRowsArePadded() {
        #expect(CSVWriter().text(header: ["a", "b", "c"], rows: [["1"]]) == "a,b,c\r\n1,,\r\n")
    }

    @Test func markdownTablesLoseTheirMarkup() throws {
        guard
            case .table(let table)? = MarkdownReader().read(
                "| **N°** | Exigence |\n|--|--|\n| 1 | *RGAA* \\| [lien](https://a.fr) |"
            ).blocks.first
        else {
            Issue.record("no table")
            return
        }
        let csv = String(decoding: CSVWriter().data(for: table), as: UTF8.self)
        #expect(csv == "N°,Exigence\r\n1,RGAA | lien\r\n")
    }

    @Test func hostileCellsStayInTheirFields() {
        let hostile = "=HYPERLINK(\"http://x\";\"clic\");\r\n\"<b>&]]>مرحبا👍"
        let csv = CSVWriter(separator: .semicolon).text(header: ["h"], rows: [[hostile]])
        #expect(csv == "h\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\");\r\n\"\"<b>&]]>مرحبا👍\"\r\n")
    }
}
