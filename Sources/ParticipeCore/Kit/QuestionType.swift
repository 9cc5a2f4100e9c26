/// The kinds of question a kit can ask; see `docs/kit-format.md` for the answer each takes.
public enum QuestionType: String, Sendable, Hashable, CaseIterable {
    case text
    case paragraph
    case integer
    case number
    case boolean
    case date
    /// A time of day, `HH:MM`; expressions see it as minutes since midnight.
    case time
    case single
    case multiple
    case scale
    case ranking
    case points
    case list
    case scores

    /// The types a field of a `list` question may have.
    static let fieldTypes: Set<QuestionType> = [
        .text, .paragraph, .integer, .number, .boolean, .date, .time, .single, .multiple, .scale,
    ]

    public var hasChoices: Bool { [.single, .multiple, .ranking, .points].contains(self) }
}
