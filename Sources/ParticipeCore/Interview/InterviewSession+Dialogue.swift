extension InterviewSession {
    /// The part-by-part dialogue for a `points`, `list` or `scores` question, starting from its current answer.
    public func dialogue(for path: QuestionPath) -> AnswerDialogue? {
        guard let question = kit.question(path), [.points, .list, .scores].contains(question.type) else { return nil }
        return AnswerDialogue(
            question: question, kit: kit, criteria: criteria(of: question), existing: sheet[path], language: language)
    }

    /// The criteria a `scores` question rates: the kept catalogue items that have no sub-criterion, but the price.
    public func criteria(of question: Question) -> [AnswerDialogue.Criterion] {
        guard let catalogue = question.criteriaCatalogue, let items = evaluation.catalogues[catalogue] else {
            return []
        }
        let parents = Set(items.compactMap(\.item.parent))
        return items.filter { !parents.contains($0.item.id) && $0.item.kind != .price }.map { kept in
            AnswerDialogue.Criterion(
                id: kept.item.id, title: kept.title?.description ?? kept.item.id,
                eliminatory: kept.item.kind == .eliminatory)
        }
    }
}
