/// A value of the expression language, of an answer, or of a computed result.
///
/// An unanswered question is `.null`; every operation accepts it without failing.
public enum Value: Hashable, Sendable {
    case null
    case boolean(Bool)
    case number(Double)
    case text(String)
    case date(CalendarDate)
    case list([Value])
    case record([String: Value])

    public var isNull: Bool { self == .null }

    /// Whether an answer counts as given: null, an empty text, list or record do not.
    public var isAnswered: Bool {
        switch self {
        case .null: false
        case .text(let text): !text.allSatisfy(\.isWhitespace)
        case .list(let items): !items.isEmpty
        case .record(let fields): !fields.isEmpty
        case .boolean, .number, .date: true
        }
    }

    /// The value in a boolean context: null and false are false, everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .boolean(let flag): flag
        default: true
        }
    }

    public var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    public var list: [Value]? {
        if case .list(let items) = self { return items }
        return nil
    }

    public var record: [String: Value]? {
        if case .record(let fields) = self { return fields }
        return nil
    }

    public var date: CalendarDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    public var boolean: Bool? {
        if case .boolean(let flag) = self { return flag }
        return nil
    }
}

/// The static type of an expression or of a question's answer.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    /// Unknown or null: compatible with everything.
    case any
    case boolean
    case number
    case text
    case date
    /// One choice id among a known set (a `single` question).
    case choice(Set<String>)
    /// Several choice ids among a known set (`multiple`, `ranking`).
    case choices(Set<String>)
    /// Numbers keyed by choice id (`points`).
    case points(Set<String>)
    case list(ValueType)
    case record([String: ValueType])

    public var description: String {
        switch self {
        case .any: "any"
        case .boolean: "boolean"
        case .number: "number"
        case .text: "text"
        case .date: "date"
        case .choice: "choice"
        case .choices: "list of choices"
        case .points: "points"
        case .list(let element): "list of \(element)"
        case .record: "record"
        }
    }
}
