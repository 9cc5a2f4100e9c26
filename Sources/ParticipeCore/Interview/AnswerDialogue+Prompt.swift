extension AnswerDialogue {
    /// What Enter gives at this step, to show in brackets.
    public var proposed: String? {
        guard case .points(let index) = step else {
            if case .field(_, let index) = step,
                let value = editing != nil ? partial[question.fields[index].id] : question.fields[index].defaultValue
            {
                return ValueFormatter(language: input.language).answer(
                    value, for: question.fields[index], fallbacks: kit.fallbacks)
            }
            return nil
        }
        return ValueFormatter(language: input.language).number(proposedPoints(index))
    }

    /// The field of a list item the current step asks for.
    public var field: Question? {
        guard case .field(_, let index) = step else { return nil }
        return question.fields[index]
    }

    /// The prompt for the current step, without the proposed value.
    public var prompt: String? {
        guard let step else { return nil }
        switch step {
        case .points(let index):
            let remaining = ValueFormatter(language: input.language).number(remainingBefore(index))
            return say(
                .pointsPrompt(number: index + 1, label: text(question.choices[index].label), remaining: remaining))
        case .field(let item, let index):
            let field = question.fields[index]
            return say(
                .fieldPrompt(
                    item: item + 1, label: text(field.label), optional: field.required != .always,
                    first: index == 0 && editing == nil))
        case .candidate(let row):
            return say(.candidatePrompt(row: row + 1))
        case .lot(let row):
            let lots = self.lots.enumerated().map { offset, lot in
                "\(offset + 1). \(lot.title) (\(lot.id))"
            }
            return say(.lotPrompt(candidate: name(row), lots: lots.joined(separator: ", ")))
        case .price(let row):
            return say(.pricePrompt(candidate: name(row)))
        case .score(let row, let index):
            let scale = question.scale ?? Question.Scale(minimum: 0, maximum: 5, labels: [:])
            return "\(name(row)) — \(scored[index].title) (\(scale.minimum)–\(scale.maximum))"
        case .fails(let row):
            let listed = eliminatory.enumerated().map { "\($0.offset + 1). \($0.element.title)" }.joined(
                separator: ", ")
            return say(.failsPrompt(candidate: name(row), criteria: listed, requirementExample: requirements.first))
        case .regularisation(let row):
            return say(.regularisationPrompt(candidate: name(row)))
        }
    }

    func name(_ row: Int) -> String { partial["candidate"]?.text ?? String(row + 1) }

    func remainingBefore(_ index: Int) -> Double {
        let later = question.choices[index...].map(\.id)
        return question.total - points.filter { !later.contains($0.key) }.values.compactMap(\.number).reduce(0, +)
    }
}
