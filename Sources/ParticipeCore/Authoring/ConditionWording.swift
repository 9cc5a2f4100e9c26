/// A question's `when` in words, for a questionnaire on paper: « Répondez seulement si vous avez répondu « Oui » à la
/// question 7.1. » Questions are named by their number on paper. A condition too far from a plain reading of the
/// answers (arithmetic, functions other than `answered`) gives nil, and the caller says so without guessing.
public struct ConditionWording {
    public let kit: Kit
    public let language: Language
    /// The number each question carries on paper (`7.1`).
    public let numbers: [QuestionPath: String]

    public init(kit: Kit, language: Language, numbers: [QuestionPath: String]) {
        self.kit = kit
        self.language = language
        self.numbers = numbers
    }

    /// The condition in words, or nil when it cannot be put in words faithfully.
    public func words(_ condition: Expression) -> String? {
        phrase(condition.root)?.text(in: language)
    }

    /// `depth` counts the computed values being spelled out, so that their nesting stays bounded.
    private func phrase(_ node: ExpressionNode, depth: Int = 0) -> QuestionnaireMessage? {
        switch node.kind {
        case .binary(.and, let left, let right):
            guard let left = phrase(left, depth: depth), let right = phrase(right, depth: depth) else { return nil }
            return .both(left.text(in: language), right.text(in: language))
        case .binary(.or, let left, let right):
            guard let left = phrase(left, depth: depth), let right = phrase(right, depth: depth) else { return nil }
            return .either(left.text(in: language), right.text(in: language))
        case .binary(let comparison, let left, let right):
            return compare(comparison, left, right)
        case .unary(.not, let operand):
            if case .reference = operand.kind, let (question, number) = question(operand), question.type == .boolean {
                return .answeredNo(question: number)
            }
            return nil
        case .call("answered", let arguments) where arguments.count == 1:
            guard let (_, number) = question(arguments[0]) else { return nil }
            return .answered(question: number)
        case .reference(let parts):
            if let (question, number) = question(node), question.type == .boolean {
                return .answeredYes(question: number)
            }
            if parts.count == 1, let computed = kit.computedValue(parts[0]) {
                // A computed condition reads as the answers it stands for, so that it can be settled on paper.
                if depth < 4, let spelled = phrase(computed.value.root, depth: depth + 1) { return spelled }
                if let label = computed.label { return .holds(label.resolve(language, fallbacks: kit.fallbacks)) }
            }
            return nil
        default:
            return nil
        }
    }

    private func compare(_ comparison: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode)
        -> QuestionnaireMessage?
    {
        guard let (question, number) = question(left), let value = right.literalValue else { return nil }
        switch (comparison, value) {
        case (.equal, .boolean(let yes)), (.notEqual, .boolean(let yes)):
            return (comparison == .equal) == yes ? .answeredYes(question: number) : .answeredNo(question: number)
        case (.equal, .text(let choice)):
            return .chose(label(choice, of: question), question: number)
        case (.notEqual, .text(let choice)):
            return .didNotChoose(label(choice, of: question), question: number)
        case (.contains, .text(let choice)):
            return .ticked(label(choice, of: question), question: number)
        case (.less, .number(let bound)), (.lessOrEqual, .number(let bound)), (.greater, .number(let bound)),
            (.greaterOrEqual, .number(let bound)):
            return .compared(comparison.rawValue, ValueFormatter(language: language).number(bound), question: number)
        default:
            return nil
        }
    }

    /// The question a reference names, with its number on paper.
    private func question(_ node: ExpressionNode) -> (Question, String)? {
        guard case .reference(let parts) = node.kind, parts.count == 2 else { return nil }
        let path = QuestionPath(parts[0], parts[1])
        guard let question = kit.question(path), let number = numbers[path] else { return nil }
        return (question, number)
    }

    private func label(_ choice: String, of question: Question) -> String {
        question.choices.first { $0.id == choice }?.label.resolve(language, fallbacks: kit.fallbacks) ?? choice
    }
}
