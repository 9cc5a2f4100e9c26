/// The answers and computed values an expression is evaluated against.
public protocol ExpressionEnvironment {
    /// The value of a dotted reference, a field of a record answer included (`priorites.mobilite`);
    /// `.null` when unanswered or unknown.
    func value(of path: [String]) -> Value
    /// The date `today()` returns, fixed by the caller so that evaluation stays a pure function.
    var today: CalendarDate { get }
}
