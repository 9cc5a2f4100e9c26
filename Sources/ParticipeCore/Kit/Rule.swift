/// A diagnostic a kit raises when its condition holds: something missing or incoherent in the answers.
public struct Rule: Sendable, Hashable, Identifiable {
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        case blocker
        case warning
        case advice

        private var rank: Int {
            switch self {
            case .blocker: 0
            case .warning: 1
            case .advice: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public let id: String
    public let severity: Severity
    public let when: Expression
    public let message: TemplatedText
    public let action: TemplatedText?
    public let concerns: [QuestionPath]
    public let see: [String]
    /// The rules whose problem this one follows from: when one of them fires too, this one is shown under it, as a
    /// consequence of the same cause rather than a problem of its own.
    public let follows: [String]
    public let location: SourceLocation
}
