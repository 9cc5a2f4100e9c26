/// The answers of one team to one kit: what `answers.yaml` holds.
public struct AnswerSheet: Sendable {
    public var kitID: String
    public var kitVersion: String
    public var language: Language?
    /// Answers by question; an absent or `.null` entry is unanswered.
    public var values: [QuestionPath: Value]
    /// Where each answer was read, keyed `s.q`, `s.q[2].field`, `s.q[0].scores.prix`…, for validation messages.
    var locations: [String: SourceLocation]
    /// The file the sheet was read from, if any.
    public var file: String?
    /// Required questions left "not known yet": still missing, so still blocking, but listed as to be confirmed
    /// rather than forgotten. The file keeps them under `pending:`.
    public var pending: Set<QuestionPath> = []
    /// Who gave each answer, when, from what source, and whether it is to be confirmed. The file keeps it under
    /// `provenance:`.
    public var provenance: [QuestionPath: AnswerProvenance] = [:]

    public init(kitID: String, kitVersion: String, language: Language? = nil, values: [QuestionPath: Value] = [:]) {
        self.kitID = kitID
        self.kitVersion = kitVersion
        self.language = language
        self.values = values
        self.locations = [:]
    }

    /// An empty sheet for `kit`.
    public init(for kit: Kit, language: Language? = nil) {
        self.init(kitID: kit.id, kitVersion: kit.version, language: language)
    }

    public subscript(path: QuestionPath) -> Value {
        get { values[path] ?? .null }
        set { values[path] = newValue == .null ? nil : newValue }
    }

    /// Same kit, version, language and answers; where they were read does not count.
    public func hasSameContent(as other: AnswerSheet) -> Bool {
        kitID == other.kitID && kitVersion == other.kitVersion && language == other.language
            && values.filter { $0.value != .null } == other.values.filter { $0.value != .null }
            && pending == other.pending
            && provenance.filter { !$0.value.isEmpty } == other.provenance.filter { !$0.value.isEmpty }
    }
}
