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

    public var diagnostic: Diagnostic { Diagnostic(message, at: location) }
}
