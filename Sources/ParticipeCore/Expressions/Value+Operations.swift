/// The operators of the expression language on runtime values. None of them fails: a meaningless
/// combination (null operand, wrong types, division by zero, overflow) gives `.null` or `false`.
extension Value {
    /// A number, or null when it overflowed to infinity or is not a number.
    static func finite(_ number: Double) -> Value {
        number.isFinite ? .number(number) : .null
    }

    /// The type the checker gives a literal; null fits anything.
    var staticType: ValueType {
        switch self {
        case .null: .any
        case .boolean: .boolean
        case .number: .number
        case .text: .text
        case .date: .date
        case .list(let items): .list(items.map(\.staticType).reduce(ValueType.any) { $0.joined(with: $1) ?? .any })
        case .record(let fields): .record(fields.mapValues(\.staticType))
        }
    }

    /// What functions iterate over: a list's items, a record's values by key order, nothing for null.
    var elements: [Value] {
        switch self {
        case .null: []
        case .list(let items): items
        case .record(let fields): fields.sorted { $0.key < $1.key }.map(\.value)
        default: [self]
        }
    }

    /// `.name` on a value: a record's field, or the field of every record of a list.
    func member(_ name: String) -> Value {
        switch self {
        case .record(let fields): fields[name] ?? .null
        case .list(let items): .list(items.map { $0.member(name) })
        default: .null
        }
    }

    static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        switch (op, left, right) {
        case (.add, .number(let a), .number(let b)): finite(a + b)
        case (.subtract, .number(let a), .number(let b)): finite(a - b)
        case (.multiply, .number(let a), .number(let b)): finite(a * b)
        case (.divide, .number(let a), .number(let b)): b == 0 ? .null : finite(a / b)
        case (.remainder, .number(let a), .number(let b)): b == 0 ? .null : finite(a.truncatingRemainder(dividingBy: b))
        case (.add, .text(let a), .text(let b)): .text(a + b)
        case (.add, .date(let date), .number(let days)), (.add, .number(let days), .date(let date)):
            shifted(date, by: days)
        case (.subtract, .date(let date), .number(let days)): shifted(date, by: -days)
        case (.subtract, .date(let a), .date(let b)): .number(Double(a.dayNumber - b.dayNumber))
        default: .null
        }
    }

    /// A date moved by a whole number of days; fractions are dropped, absurd spans give null.
    private static func shifted(_ date: CalendarDate, by days: Double) -> Value {
        guard days.isFinite, abs(days) < 10_000_000 else { return .null }
        return .date(date.adding(days: Int(days.rounded(.towardZero))))
    }

    static func compare(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        switch op {
        case .equal: return .boolean(left == right)
        case .notEqual: return .boolean(left != right)
        case .in: return .boolean(right.holds(left))
        case .notIn: return .boolean(!left.isNull && !right.isNull && !right.holds(left))
        case .contains: return .boolean(left.holds(right))
        default: break
        }
        guard let order = ordering(left, right) else { return .boolean(false) }
        switch op {
        case .less: return .boolean(order < 0)
        case .lessOrEqual: return .boolean(order <= 0)
        case .greater: return .boolean(order > 0)
        default: return .boolean(order >= 0)
        }
    }

    /// -1, 0 or 1 for two numbers, two dates or two texts; nil for anything else, null included.
    private static func ordering(_ left: Value, _ right: Value) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)): a < b ? -1 : (a == b ? 0 : 1)
        case (.date(let a), .date(let b)): a < b ? -1 : (a == b ? 0 : 1)
        case (.text(let a), .text(let b)): a < b ? -1 : (a == b ? 0 : 1)
        default: nil
        }
    }

    /// `element in self`: list membership, substring of a text, or a key of a record (points) that holds
    /// an answered value other than 0. Always false when either side is null.
    func holds(_ element: Value) -> Bool {
        guard !element.isNull else { return false }
        switch self {
        case .list(let items): return items.contains(element)
        case .text(let text):
            guard let part = element.text else { return false }
            return text.contains(part)
        case .record(let fields):
            guard let key = element.text, let value = fields[key] else { return false }
            return value.isAnswered && value != .number(0)
        default: return false
        }
    }
}
