/// An answer that is out of bounds or missing, with where it was read.
public struct ValidationIssue: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case missingRequired
        case outOfRange
    }

    public var path: QuestionPath
    public var kind: Kind
    public var message: String
    public var location: SourceLocation?

    /// The issue as an error, coded `validation.missing-required` or `validation.out-of-range`.
    public var diagnostic: Diagnostic {
        Diagnostic(
            .error, message, at: location,
            code: kind == .missingRequired ? "validation.missing-required" : "validation.out-of-range")
    }
}
