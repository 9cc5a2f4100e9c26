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

/// One cell: text, or a number that a writer may format its own way.
public enum TableCell: Hashable, Sendable {
    case text(String)
    /// A number and the decimals it is meant to be shown with.
    case number(Double, decimals: Int)
    case integer(Int)
    case empty

    /// The cell as text, numbers with a dot and their decimals ("12.50"), empty cells as "".
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .number(let value, let decimals): Self.format(value, decimals: decimals)
        case .integer(let value): String(value)
        case .empty: ""
        }
    }

    /// A number cell with two decimals, or an empty cell for nil.
    static func number(_ value: Double?) -> TableCell {
        value.map { .number($0, decimals: 2) } ?? .empty
    }

    /// Fixed decimals without Foundation, so output is the same on every platform.
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return String(value) }
        // Past 15 decimals a Double has no more digits to show, and 10^19 would overflow Int.
        let places = min(15, max(0, decimals))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        // Below 2^53 a Double holds every integer exactly; larger values print as they are.
        guard scaled < 9_007_199_254_740_992 else { return String(value) }
        let units = Int(scaled)
        let divisor = Int(scale)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = String(units / divisor)
        guard places > 0 else { return sign + whole }
        let fraction = String(units % divisor)
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
