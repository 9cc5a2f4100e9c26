/// A table of plain cells, for documents and CSV writers that know nothing of the matrix.
public struct MatrixTable: Hashable, Sendable {
    public var title: String
    public var columns: [String]
    /// Each row has one cell per column.
    public var rows: [[TableCell]]

    /// Columns named alike (two criteria with one label) are told apart by their rank: « Qualité », « Qualité (2) »,
    /// so that a spreadsheet reading the CSV by its headers finds each one.
    public init(title: String, columns: [String], rows: [[TableCell]]) {
        self.title = title
        var seen: [String: Int] = [:]
        self.columns = columns.map { name in
            seen[name, default: 0] += 1
            let count = seen[name] ?? 1
            return count == 1 ? name : "\(name) (\(count))"
        }
        self.rows = rows
    }
}
