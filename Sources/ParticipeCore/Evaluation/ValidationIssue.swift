/// An answer that is out of bounds or missing, with where it was read.
public struct ValidationIssue: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case missingRequired
        /// A required answer left "not known yet" (`pending:`): missing all the same.
        case toConfirm
        case outOfRange
    }

    public var path: QuestionPath
    public var kind: Kind
    public var message: String
    public var location: SourceLocation?
    /// A code more precise than the kind's (`validation.exclusive-choice`), when the problem has one.
    public var code: String?

    /// The issue as an error, coded `validation.missing-required`, `validation.to-confirm`,
    /// `validation.out-of-range`, or its own `code`.
    public var diagnostic: Diagnostic {
        let byKind =
            switch kind {
            case .missingRequired: "validation.missing-required"
            case .toConfirm: "validation.to-confirm"
            case .outOfRange: "validation.out-of-range"
            }
        return Diagnostic(.error, message, at: location, code: code ?? byKind)
    }
}
