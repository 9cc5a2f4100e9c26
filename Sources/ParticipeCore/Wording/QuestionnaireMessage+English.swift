extension QuestionnaireMessage {
    public var english: String {
        switch self {
        case .answered(let question): "you answered question \(question)"
        case .answeredYes(let question): "you answered 'yes' to question \(question)"
        case .answeredNo(let question): "you answered 'no' to question \(question)"
        case .chose(let choice, let question): "you answered '\(choice)' to question \(question)"
        case .didNotChoose(let choice, let question): "you did not answer '\(choice)' to question \(question)"
        case .ticked(let choice, let question): "you ticked '\(choice)' in question \(question)"
        case .compared(let comparison, let bound, let question):
            "the answer to question \(question) is \(Self.englishComparison(comparison)) \(bound)"
        case .holds(let label): "'\(label)' (from your answers)"
        case .both(let left, let right): "\(left), and if \(right)"
        case .either(let left, let right): "\(left), or if \(right)"
        case .onlyIf(let condition, let next):
            "Answer only if \(condition); otherwise, " + (next.map { "go to question \($0)." } ?? "you have finished.")
        case .groupOnlyIf(let first, let last, let condition, let next):
            "Questions \(first) to \(last): answer only if \(condition); otherwise, "
                + (next.map { "go to question \($0)." } ?? "you have finished.")
        case .asWritten(let condition): "the kit's condition holds (\(condition))"
        case .title(let kit): "Questionnaire to fill in on paper — \(kit)"
        case .instructions:
            "Tick the boxes (☐) or write on the lines. Each question carries its identifier (in brackets): it is "
                + "used to type the answers in later, in an answers file or in the workshop. Questions marked "
                + "'required' must be answered; the others can wait."
        case .required: "required"
        case .oneAnswer: "one answer"
        case .severalAnswers: "several answers possible"
        case .ranking: "number the choices in order of preference, 1 for the first"
        case .points(let total): "share \(total) points between the choices"
        case .listRows: "one row per item; add rows as needed"
        case .yes: "yes"
        case .no: "no"
        case .identifier(let id): "[\(id)]"
        }
    }

    /// `>=` in words.
    static func englishComparison(_ comparison: String) -> String {
        switch comparison {
        case "<": "less than"
        case "<=": "at most"
        case ">": "more than"
        default: "at least"
        }
    }
}
