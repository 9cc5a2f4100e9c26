/// What the static checker knows about the names an expression may use.
public protocol ExpressionScope {
    /// Type of a dotted reference such as `["ressources", "budget_total"]` or `["budget_par_habitant"]`,
    /// a field of a record answer included; nil if unknown.
    func type(of path: [String]) -> ValueType?
    /// The message for an unknown reference, ideally with a suggestion:
    /// "unknown question 'objectifs.cible'; did you mean 'objectifs.cibles'?".
    func unknownReferenceMessage(_ path: [String]) -> String
    /// The stable code of that message: `expression.unknown-reference` unless the scope words it from a table
    /// of its own (`kit.unknown-question-of-section`).
    func unknownReferenceCode(_ path: [String]) -> String
}

extension ExpressionScope {
    public func unknownReferenceCode(_ path: [String]) -> String { "expression.unknown-reference" }
}
