extension Question {
    /// The type expressions see for this question's answer; `criteria` are the ids a `scores` question scores.
    func valueType(criteria: [String] = []) -> ValueType {
        let ids = Set(choiceIDs)
        switch type {
        case .text, .paragraph: return .text
        case .integer, .number, .scale, .time: return .number
        case .boolean: return .boolean
        case .date: return .date
        case .single: return .choice(ids)
        case .multiple, .ranking: return .choices(ids)
        case .points: return .points(ids)
        case .list:
            return .list(.record(Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.valueType()) })))
        case .scores:
            let scores = ValueType.record(
                Dictionary(criteria.map { ($0, ValueType.number) }, uniquingKeysWith: { a, _ in a }))
            return .list(
                .record([
                    "candidate": .text, "lot": .text, "price": .number, "scores": scores,
                    "fails": .choices(Set(criteria)),
                    "notes": .text,
                ]))
        }
    }
}
