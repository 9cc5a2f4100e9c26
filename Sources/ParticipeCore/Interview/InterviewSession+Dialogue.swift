extension InterviewSession {
    /// The part-by-part dialogue for a `points`, `list` or `scores` question, starting from its current answer.
    public func dialogue(for path: QuestionPath) -> AnswerDialogue? {
        guard let question = kit.question(path), [.points, .list, .scores].contains(question.type) else { return nil }
        return AnswerDialogue(
            question: question, kit: kit, criteria: criteria(of: question), requirements: requirements(of: question),
            existing: sheet[path], lots: evaluation.lots.map { ($0.id, evaluation.title(of: $0)) }, language: language)
    }

    /// The mandatory requirements an offer to a `scores` question may fail: the kept items of its requirements
    /// catalogue whose priority is `obligatoire` for these answers.
    public func requirements(of question: Question) -> [String] {
        guard let catalogue = question.requirementsCatalogue, let items = evaluation.catalogues[catalogue] else {
            return []
        }
        return items.filter { $0.priority == .obligatoire }.map(\.id)
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
