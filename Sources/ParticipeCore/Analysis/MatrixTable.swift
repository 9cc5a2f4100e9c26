/// A table of plain cells, for documents and CSV writers that know nothing of the matrix.
public struct MatrixTable: Hashable, Sendable {
    public var title: String
    public var columns: [String]
    /// Each row has one cell per column.
    public var rows: [[TableCell]]

    public init(title: String, columns: [String], rows: [[TableCell]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}
