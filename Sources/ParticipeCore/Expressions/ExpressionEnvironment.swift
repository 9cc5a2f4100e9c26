/// The answers and computed values an expression is evaluated against.
public protocol ExpressionEnvironment {
    /// The value of a dotted reference, a field of a record answer included (`priorites.mobilite`);
    /// `.null` when unanswered or unknown.
    func value(of path: [String]) -> Value
    /// The date `today()` returns, fixed by the caller so that evaluation stays a pure function.
    var today: CalendarDate { get }
    /// The language texts are formatted in (`format()`); French unless the environment says otherwise.
    var language: Language { get }
}

extension ExpressionEnvironment {
    public var language: Language { .french }
}

/// What a function sees of its evaluation beside its arguments.
public struct ExpressionContext: Sendable {
    /// The date `today()` returns.
    public let today: CalendarDate
    /// The language `format()` writes in.
    public let language: Language

    public init(today: CalendarDate, language: Language) {
        self.today = today
        self.language = language
    }
}
