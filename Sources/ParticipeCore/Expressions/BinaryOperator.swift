enum BinaryOperator: String, Hashable, Sendable {
    case or
    case and
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in`
    case notIn = "not in"
    case contains
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in, .notIn, .contains: true
        default: false
        }
    }

    var isOrdering: Bool { self == .less || self == .lessOrEqual || self == .greater || self == .greaterOrEqual }

    var isMembership: Bool { self == .in || self == .notIn || self == .contains }

    var isArithmetic: Bool {
        self == .add || self == .subtract || self == .multiply || self == .divide || self == .remainder
    }
}
