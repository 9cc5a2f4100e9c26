/// What a questionnaire on paper says: how to fill it in, and when to answer a question (`ConditionWording`).
/// The words are in `QuestionnaireMessage+French.swift` and `QuestionnaireMessage+English.swift`.
public enum QuestionnaireMessage: Wording, Hashable {
    case answered(question: String)
    case answeredYes(question: String)
    case answeredNo(question: String)
    case chose(String, question: String)
    case didNotChoose(String, question: String)
    case ticked(String, question: String)
    /// `>=`, `<`… and a number, as written in the kit.
    case compared(String, String, question: String)
    /// A computed condition of the kit, by its label.
    case holds(String)
    case both(String, String)
    case either(String, String)
    /// « Répondez seulement si … ; sinon, passez à la question 7.3. » `next` is nil after the last question.
    case onlyIf(String, next: String?)
    /// The same, said once for questions in a row that share it.
    case groupOnlyIf(first: String, last: String, String, next: String?)
    /// A condition that cannot be put in words: its expression as the kit writes it.
    case asWritten(String)
    case title(kit: String)
    case instructions
    case required
    case oneAnswer
    case severalAnswers
    case ranking
    case points(total: String)
    case listRows
    case yes
    case no
    case identifier(String)
}
