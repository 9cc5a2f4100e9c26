import ParticipeCore

/// A spreadsheet as data, written as XLSX, ODS or CSV: sheets of typed cells, formats, formulas and column widths,
/// with header rows that stay in view and repeat on every printed page.
///
/// Formulas are not strings: each writer spells them in its own syntax (`SUM(D2:D9)`, `of:=SUM([.D2:.D9])`), and
/// every formula carries the value Participe computed, which files store for readers that do not compute.
package struct Workbook: Sendable, Hashable {
    package var sheets: [Sheet]
    /// The language numbers are shown in (`1 234,50` in French).
    package var language: Language

    package init(sheets: [Sheet], language: Language = .french) {
        self.sheets = sheets
        self.language = language
    }

    package struct Sheet: Sendable, Hashable {
        /// The tab's name, made safe for both formats (see `Workbook.sheetName`).
        package var name: String
        package var columns: [Column]
        /// The header row first, then the body.
        package var rows: [[Cell]]
        /// How many rows at the top are headers: frozen on screen, repeated on each printed page.
        package var headerRows: Int

        package init(name: String, columns: [Column], rows: [[Cell]], headerRows: Int = 1) {
            self.name = Workbook.sheetName(name)
            self.columns = columns
            self.rows = rows
            self.headerRows = headerRows
        }

        /// How many lines of text row `row` needs, so that its wrapped texts show whole: readers do not size rows
        /// on opening, and printing cuts what does not fit. At most 27, Excel's tallest row.
        package func lines(ofRow row: Int) -> Int {
            var most = 1
            for (index, cell) in rows[row].enumerated() {
                guard let text = cell.wrapped else { continue }
                let width = max(4, Int((columns.indices.contains(index) ? columns[index].width : 10) * 1.1))
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
                    sum + max(1, (line.count + width - 1) / width)
                }
                most = max(most, lines)
            }
            return min(most, 27)
        }
    }

    package struct Column: Sendable, Hashable {
        /// Width in characters of the default font.
        package var width: Double

        package init(width: Double) {
            self.width = width
        }
    }

    /// How a number shows.
    package enum NumberFormat: Sendable, Hashable {
        /// As many decimals as it has, up to two: `1`, `12,5`.
        case general
        case integer
        /// Two decimals, thousands grouped.
        case decimal
        /// Euros, two decimals.
        case euros
    }

    package enum Cell: Sendable, Hashable {
        case empty
        case text(String)
        /// A header's text, shown bold.
        case heading(String)
        case number(Double, NumberFormat)
        /// A cell for the reader to fill, shown shaded: a bidder's price or answer.
        case input(NumberFormat?)
        /// A value the answers should give and do not yet (a quantity to estimate): empty, shaded apart, for the
        /// author to fill before the file goes out.
        case missing(NumberFormat?)
        case formula(Formula, value: Double, NumberFormat)

        /// The text that wraps in the cell, if any.
        var wrapped: String? {
            switch self {
            case .text(let text), .heading(let text): text
            default: nil
            }
        }
    }

    /// A cell's text as it wraps, if it has one.

    /// A cell's place, from 0: column and row.
    package struct Reference: Sendable, Hashable {
        package var column: Int
        package var row: Int

        package init(column: Int, row: Int) {
            self.column = column
            self.row = row
        }

        /// `A1` style: `D12`.
        package var a1: String { Workbook.columnLetters(column) + String(row + 1) }
    }

    package enum Formula: Sendable, Hashable {
        /// The sum of a column's cells between two rows, both included.
        case sum(column: Int, fromRow: Int, toRow: Int)
        /// The product of two cells.
        case product(Reference, Reference)

        /// The formula as a format spells it, given how it writes a cell and a range of cells.
        func spelled(cell: (Reference) -> String, range: (Reference, Reference) -> String) -> String {
            switch self {
            case .sum(let column, let fromRow, let toRow):
                "SUM(\(range(Reference(column: column, row: fromRow), Reference(column: column, row: toRow))))"
            case .product(let left, let right):
                "\(cell(left))*\(cell(right))"
            }
        }
    }

    /// `A`, `Z`, `AA`… for column 0, 25, 26….
    package static func columnLetters(_ column: Int) -> String {
        var number = column + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// A sheet name both formats accept: at most 31 characters, none of `[]:*?/\`, not empty.
    package static func sheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\", "'"]
        let cleaned = String(XMLText.sanitized(name).map { forbidden.contains($0) || $0.isNewline ? " " : $0 })
            .trimmingWhitespace
        return cleaned.isEmpty ? "Feuille" : String(cleaned.prefix(31))
    }
}
