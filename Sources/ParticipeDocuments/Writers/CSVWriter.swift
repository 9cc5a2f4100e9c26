import Foundation
import ParticipeCore

/// Writes a table as RFC 4180 CSV in UTF-8: fields quoted when they hold the separator, a
/// double quote or a line break, records ended by CR LF.
///
/// A cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`,
/// so a spreadsheet shows it as text instead of running it as a formula (CSV injection). This
/// also applies to negative numbers (`-5` becomes `'-5`): the file is meant for reading, not for
/// computing, and a cell cannot be both safe and a formula.
public struct CSVWriter: Sendable {
    public enum Separator: Character, Sendable {
        case comma = ","
        /// What French spreadsheets expect, since the comma is their decimal separator.
        case semicolon = ";"
    }

    public var separator: Separator
    /// Starts the file with U+FEFF so Excel recognises UTF-8.
    public var includesByteOrderMark: Bool

    public init(separator: Separator = .comma, includesByteOrderMark: Bool = false) {
        self.separator = separator
        self.includesByteOrderMark = includesByteOrderMark
    }

    /// `;` and a byte-order mark: what a French spreadsheet opens without an import dialog.
    public static let frenchSpreadsheet = CSVWriter(separator: .semicolon, includesByteOrderMark: true)

    /// What a spreadsheet in `language` opens as it is: `frenchSpreadsheet` in French, plain RFC 4180 otherwise.
    public static func preset(for language: Language) -> CSVWriter {
        switch language {
        case .french: frenchSpreadsheet
        case .english: CSVWriter()
        }
    }

    /// The CSV text of a header and rows; short rows are padded and long ones kept whole.
    public func text(header: [String], rows: [[String]]) -> String {
        var output = includesByteOrderMark ? "\u{FEFF}" : ""
        for record in [header] + rows {
            var fields = record
            if fields.count < header.count {
                fields += Array(repeating: "", count: header.count - fields.count)
            }
            output += fields.map(field).joined(separator: String(separator.rawValue)) + "\r\n"
        }
        return output
    }

    /// The CSV file's bytes.
    public func data(header: [String], rows: [[String]]) -> Data {
        Data(text(header: header, rows: rows).utf8)
    }

    /// A Markdown table as CSV, each cell's text without its markup.
    public func data(for table: MarkdownTable) -> Data {
        data(header: table.header.map(\.plainText), rows: table.rows.map { $0.map(\.plainText) })
    }

    /// Writes a header and rows as a CSV file at `url`.
    public func write(header: [String], rows: [[String]], to url: URL) throws {
        try data(header: header, rows: rows).write(to: url, options: .atomic)
    }

    private func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.unicodeScalars.contains { scalar in
            scalar == "\"" || scalar == "\n" || scalar == "\r" || Character(scalar) == separator.rawValue
        }
        guard needsQuotes else { return text }
        // On Unicode scalars: a quote followed by a combining accent is one Character, which
        // `replacingOccurrences` would not see as a quote.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
