enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-"
    case not
}
