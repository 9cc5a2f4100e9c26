/// What the interview says: its table of messages, from the refusal of a typed line to the welcome.
/// The words are in `InterviewMessage+French.swift` and `InterviewMessage+English.swift`.
///
/// The terminal runner and, later, the web workshop both word the interview from this table.
package enum InterviewMessage: Wording {
    // A typed line that is not an answer (`InterviewInput`).
    case answerExpected
    case wholeNumberExpected
    case numberExpected
    case yesOrNo
    /// A date shaped `YYYY-MM-DD` that the calendar does not have.
    case dateDoesNotExist(String)
    case dateExpected
    case timeExpected
    case filledItemByItem
    /// A choice number out of `1...count`.
    case choiceNumberOutOfRange(count: Int)
    case unknownChoice(String, count: Int)
    case givenTwice(String)
    /// A `points` answer typed on one line with the wrong number of numbers.
    case numbersPerChoice(count: Int)
    case notANumber(String)

    // A part of a `points`, `list` or `scores` answer (`AnswerDialogue`).
    case zeroOrMoreExpected
    /// A share of a `points` answer that would take the sum over the question's total: the points left.
    case pointsOverTotal(remaining: String)
    case positivePrice
    case scoreExpected(minimum: Int, maximum: Int)
    case eliminatoryNumbersExpected(count: Int)
    /// Neither the number of an eliminatory criterion nor the id of a mandatory requirement.
    case failsExpected(count: Int, example: String)
    case fieldRequired
    /// The prompt of one choice of a `points` question: its number, its label and the points left.
    case pointsPrompt(number: Int, label: String, remaining: String)
    /// The prompt of one field of a list item; `first` says that Enter ends the list here.
    case fieldPrompt(item: Int, label: String, optional: Bool, first: Bool)
    case candidatePrompt(row: Int)
    case pricePrompt(candidate: String)
    /// The eliminatory criteria, numbered and listed, a candidate may fail.
    case failsPrompt(candidate: String, criteria: String, requirementExample: String?)
    case regularisationPrompt(candidate: String)
    /// The lots of the kit, numbered and listed, an offer may answer.
    case lotPrompt(candidate: String, lots: String)
    case lotExpected(count: Int)

    // The session (`InterviewSession`).
    case requiredAnswerMissing(path: String, label: String)
    case cannotSkipRequired

    /// What a command does, for `:h`.
    case command(InterviewCommand)

    // The conversation (the terminal runner).
    case resuming(answered: Int, total: Int)
    case welcome(file: String)
    /// The start of a section's heading, before its title.
    case sectionHeading(section: Int, sections: Int)
    /// Where the interview stands, above each question: "Section 2/2 · 9/15".
    case position(section: Int, sections: Int, answered: Int, total: Int)
    case misconception
    /// Above the position, when answers have opened questions: why the total grew.
    case moreQuestions(count: Int)
    case requiredMark
    case examples([String])
    case scaleRange(minimum: Int, maximum: Int)
    /// How to type the answer to a question of `type`; `total` is the points a `points` question shares.
    case howToAnswer(QuestionType, total: String)
    case helpAvailable
    case noHelp
    /// A glossary entry the question's help points to.
    case glossaryEntry(term: String, definition: String)
    case commandsTitle
    /// A line starting with `:` that is no command; the list of commands follows.
    case unknownCommand(String)
    case enterAcceptsBrackets
    case firstQuestion
    case itemsAlreadyEntered(Int)
    /// One answer of the section, numbered, for `:r`.
    case reviewLine(number: Int, label: String, answer: String)
    case reviewPrompt
    /// A file complete when the interview starts: the sections to review, numbered.
    case completeReviewOffer(sections: String)
    case reviewSectionPrompt
    case reviewNumberExpected(count: Int)
    /// `:r tout`: the heading of a section's answers.
    case reviewSection(number: Int, title: String)
    /// `:p` on a required question: kept as to be confirmed.
    case leftForLater(label: String)
    /// `:s` or `:r` naming no visible section; the sections follow.
    case unknownSection(String, sections: String)
    /// `:aller` naming no question of the kit.
    case unknownQuestion(String)
    /// `:aller` naming a question its conditions do not ask.
    case questionNotAsked(label: String)
    /// After a choice that goes on its own (`exclusive`).
    case exclusiveMark
    /// `:modifier` or `:suppr` outside a list, or naming no item.
    case noSuchItem(count: Int)
    case itemDeleted(Int)
    /// The items of a list already entered, one per line, and how to change them.
    case itemLine(number: Int, summary: String)
    case itemsHint
    /// After a command typed inside a paragraph that stays on the question.
    case paragraphGoesOn
    /// The hint of a scores grid: rows can be deleted, not entered again.
    case rowsHint
    /// `:p` on a question that has an answer.
    case alreadyAnswered
    /// `:p` on an optional question.
    case optionalSkipped
    /// In `:r`, a question left to be confirmed.
    case toConfirmMark
    /// `:aller` naming an id several sections have.
    case ambiguousQuestion(String, String)
    /// `:source`: what the answer to the question labelled `label` now rests on; nil when it was removed.
    case sourceSet(label: String, source: String?)
    /// `:ac`: whether the answer to the question labelled `label` is now to be confirmed.
    case toConfirmSet(label: String, Bool)
    /// `:source` or `:ac` before any answer.
    case noAnswerToNote
    /// Under a question: where its answer comes from (source, who, when, to be confirmed).
    case provenanceLine(String)
}
