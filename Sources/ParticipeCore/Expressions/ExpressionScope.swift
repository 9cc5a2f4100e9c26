/// What the static checker knows about the names an expression may use.
public protocol ExpressionScope {
    /// Type of a dotted reference such as `["ressources", "budget_total"]` or `["budget_par_habitant"]`,
    /// a field of a record answer included; nil if unknown.
    func type(of path: [String]) -> ValueType?
    /// The message for an unknown reference, ideally with a suggestion:
    /// "unknown question 'objectifs.cible'; did you mean 'objectifs.cibles'?".
    func unknownReferenceMessage(_ path: [String]) -> String
}
