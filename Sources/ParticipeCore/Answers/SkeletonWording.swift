/// The comments `participe new` writes into an answers file to fill in. The words are in
/// `SkeletonWording+French.swift` and `SkeletonWording+English.swift`.
enum SkeletonWording: Wording {
    case fillInThenCheck
    case emptyMeansUnanswered
    /// A text holding « : » or « # » goes between double quotes.
    case quoteColonOrHash
    /// How to write a text of several lines.
    case severalLines
    case required
    case requiredDependingOnAnswers
    case onlyIf(condition: String)
    case glossary(terms: [String])
    case examples([String])
    case oneEntryPerItem
    case nameOfTheOffer
    case failsAmong(criteria: [String])
    case regularisationAsked
    case notesOnTheOffer
    /// The lots an offer may answer, when the purchase is divided.
    case lotOfTheOffer([String])
    /// What a question's answer is, by type.
    case oneLineOfText
    case freeText
    case wholeNumber
    case number
    case yesNo
    case date
    case time
    case oneChoiceAmong
    case listOfChoices
    case scale(minimum: Int, maximum: Int)
    case ranking
    case sharePoints(total: String)
    case listOfItems
    case scoresPerCriterion
}
