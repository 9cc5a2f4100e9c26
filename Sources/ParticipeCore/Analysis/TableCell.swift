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
        case .number(let value, let decimals): NumberFormat.fixed(value, decimals: decimals)
        case .integer(let value): String(value)
        case .empty: ""
        }
    }

    /// A number cell with two decimals, or an empty cell for nil.
    static func number(_ value: Double?) -> TableCell {
        value.map { .number($0, decimals: 2) } ?? .empty
    }
}
