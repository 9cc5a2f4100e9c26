/// The horizontal alignment of a table column, from the delimiter row (`:--`, `:-:`, `--:`).
public enum TableAlignment: Sendable, Equatable {
    case none
    case left
    case center
    case right
}
