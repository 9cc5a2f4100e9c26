/// Answers made up for a kit's own checks: every question answered with a value of its type, every list and
/// scores grid given two entries, so that what a document shows for answered questions can be checked before
/// any team answers.
public enum SampleAnswers {
    /// A sheet where every question of `kit` has an answer that fits its type and bounds.
    public static func full(for kit: Kit, today: CalendarDate) -> AnswerSheet {
        var sheet = AnswerSheet(for: kit)
        for (path, question) in kit.allQuestions {
            sheet[path] = value(for: question, in: kit, today: today)
        }
        return sheet
    }

    /// A value of `question`'s type within its bounds.
    static func value(for question: Question, in kit: Kit, today: CalendarDate) -> Value {
        let bounds = question.validation
        switch question.type {
        case .text, .paragraph:
            return .text(String(repeating: "a", count: max(1, bounds.minimumLength ?? 1)))
        case .integer, .number:
            let low = bounds.minimum ?? 1
            return .number(bounds.maximum.map { min(low, $0) } ?? low)
        case .boolean:
            return .boolean(true)
        case .date:
            return .date(bounds.minimumDate ?? today)
        case .time:
            return .number(600)
        case .scale:
            return .number(Double(question.scale?.minimum ?? 1))
        case .single:
            return question.choices.first.map { .text($0.id) } ?? .null
        case .multiple:
            return (question.choices.first { !$0.exclusive } ?? question.choices.first).map { .list([.text($0.id)]) }
                ?? .null
        case .ranking:
            return .list(question.choices.map { .text($0.id) })
        case .points:
            return question.choices.first.map { .record([$0.id: .number(question.total)]) } ?? .null
        case .list:
            let item = Value.record(
                Dictionary(
                    question.fields.map { ($0.id, value(for: $0, in: kit, today: today)) },
                    uniquingKeysWith: { first, _ in first }))
            return .list(Array(repeating: item, count: max(2, bounds.minimumItems ?? 2)))
        case .scores:
            let criteria = question.criteriaCatalogue.flatMap(kit.catalogue)?.items.map(\.id) ?? []
            let top = Double(question.scale?.maximum ?? 5)
            return .list(
                ["A", "B"].enumerated().map { offset, candidate in
                    var row: [String: Value] = [
                        "candidate": .text(candidate),
                        "scores": .record(
                            Dictionary(
                                criteria.map { ($0, .number(top - Double(offset))) },
                                uniquingKeysWith: { first, _ in first })),
                    ]
                    if question.asksPrice { row["price"] = .number(Double(1_000 * (offset + 1))) }
                    return .record(row)
                })
        }
    }
}
