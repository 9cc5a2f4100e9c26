/// Where an answer comes from: who gave it, when, on what it rests (« délibération du 12 mars », « estimation du
/// service financier »), and whether it is still to be confirmed. The answers file keeps it under `provenance:`,
/// by question; the interview and the workshop fill in who and when.
public struct AnswerProvenance: Sendable, Hashable {
    /// Who gave the answer.
    public var by: String?
    /// When it was given or last changed.
    public var date: CalendarDate?
    /// What it rests on.
    public var source: String?
    /// Given, but to be confirmed before the documents are published.
    public var toConfirm = false

    public init(by: String? = nil, date: CalendarDate? = nil, source: String? = nil, toConfirm: Bool = false) {
        self.by = by
        self.date = date
        self.source = source
        self.toConfirm = toConfirm
    }

    /// Nothing recorded: no entry in the file.
    public var isEmpty: Bool { by == nil && date == nil && source == nil && !toConfirm }

    /// The keys of an entry, in the order they are written.
    static let keys = ["source", "by", "date", "to_confirm"]
}

extension AnswerSheet {
    /// Records that `path` was answered by `person` on `day`, keeping its source and its flag.
    public mutating func recordAnswer(_ path: QuestionPath, by person: String, on day: CalendarDate) {
        var entry = provenance[path] ?? AnswerProvenance()
        let person = person.trimmingWhitespace
        entry.by = person.isEmpty ? entry.by : person
        entry.date = day
        provenance[path] = entry
    }

    /// Changes the provenance of `path`; an entry left empty goes.
    public mutating func updateProvenance(_ path: QuestionPath, _ change: (inout AnswerProvenance) -> Void) {
        var entry = provenance[path] ?? AnswerProvenance()
        change(&entry)
        provenance[path] = entry.isEmpty ? nil : entry
    }
}
