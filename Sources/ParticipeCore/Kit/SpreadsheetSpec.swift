/// A spreadsheet a kit generates (`spreadsheets:`): sheets whose rows come from a catalogue's kept items or from a
/// list answer, whose columns show a value of the row, leave a cell for the reader to fill, or multiply two other
/// columns, with a total row under the sums the reader needs (a price schedule's total, which the price criterion
/// scores).
public struct SpreadsheetSpec: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let filename: LocalizedText?
    /// Made only when this holds (a price schedule only when a provider is hired).
    public let when: Expression?
    /// Made once for each lot in force, with that lot's rows (a price schedule per lot).
    public var perLot = false
    public let sheets: [Sheet]
    public let location: SourceLocation

    public struct Sheet: Sendable, Hashable {
        public let name: LocalizedText
        public let rows: Rows
        public let columns: [Column]
        public let total: Total?
        public let location: SourceLocation
    }

    /// Where a sheet's rows come from.
    public enum Rows: Sendable, Hashable {
        /// The catalogue's kept items, in catalogue order, but those listed.
        case catalogue(String, exclude: [String])
        /// The entries of a list answer.
        case list(QuestionPath)
    }

    public struct Column: Sendable, Hashable {
        public let id: String
        public let title: LocalizedText
        public let content: Content
        public let type: ColumnType
        /// Width in characters; a default by type when absent.
        public let width: Double?
        public let location: SourceLocation
    }

    public enum Content: Sendable, Hashable {
        /// A value of the row: for a catalogue item `id`, `title`, `text`, `priority`, `category` or one of its
        /// `values`; for a list entry one of its fields, or `index`.
        case value(String)
        /// An empty cell, shaded, for the reader to fill.
        case input
        /// The product of two columns of the same row, by their ids.
        case product(String, String)
    }

    public enum ColumnType: String, Sendable, Hashable, CaseIterable {
        case text, integer, number, euros
    }

    /// A last row with the sums of some columns.
    public struct Total: Sendable, Hashable {
        public let label: LocalizedText
        public let columns: [String]
        /// The column that holds the label; the first one when absent.
        public let labelColumn: String?
    }

    /// The names a catalogue item's row has besides its `values`.
    public static let itemNames = ["id", "title", "text", "priority", "category"]
}
