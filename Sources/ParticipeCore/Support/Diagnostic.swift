/// A problem found in an input, as plain data: the command decides what it means for the exit code.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// What kind of problem this is, stable across versions and languages (`yaml.alias`, `rule.pas-de-dpo`,
    /// `validation.out-of-range`), for editors, CI and the web app; nil where none was given yet.
    public var code: String?
    public var message: String
    public var location: SourceLocation?
    public var notes: [String]

    public init(
        _ severity: Severity = .error, _ message: String, at location: SourceLocation? = nil, notes: [String] = [],
        code: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.code = code
    }

    /// A message of one of the wording tables, in `language`: its code comes with it.
    public init(
        _ message: some Wording, in language: Language, at location: SourceLocation?, severity: Severity = .error,
        notes: [String] = []
    ) {
        self.init(severity, message.text(in: language), at: location, notes: notes, code: message.code)
    }

    /// An error, the most common kind.
    public init(_ message: String, at location: SourceLocation? = nil, notes: [String] = []) {
        self.init(.error, message, at: location, notes: notes)
    }

    /// `file:line:column: error: message`, compiler style, without the source snippet.
    public var description: String {
        let head = location.map { "\($0): " } ?? ""
        let tail = notes.map { "\n  note: \($0)" }.joined()
        return "\(head)\(severity.rawValue): \(message)\(tail)"
    }
}
