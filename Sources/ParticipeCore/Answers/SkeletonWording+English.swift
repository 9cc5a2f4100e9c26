extension SkeletonWording {
    var english: String {
        switch self {
        case .fillInThenCheck: "Answers to fill in, then: participe check <this file>"
        case .emptyMeansUnanswered: "An empty answer means 'not answered yet'."
        case .quoteColonOrHash:
            "A text holding ': ' or ' #' goes between double quotes, "
                + "e.g. area: \"North side: station # centre\" (without them, what follows '#' would be lost)."
        case .severalLines:
            "A text of several lines: '|' after the colon, then each line indented under the question."
        case .required: "required"
        case .requiredDependingOnAnswers: "required depending on answers"
        case .onlyIf(let condition): "only if \(condition)"
        case .glossary(let terms): "Glossary: " + terms.joined(separator: ", ")
        case .examples(let examples): "Examples: " + examples.joined(separator: " ; ")
        case .oneEntryPerItem: "One entry per item, for example:"
        case .nameOfTheOffer: "Name of the offer"
        case .failsAmong(let criteria):
            "eliminatory criteria the offer fails, among: " + criteria.joined(separator: ", ")
        case .regularisationAsked:
            "true if the irregular offer is asked to regularise; fails also names mandatory requirements of the "
                + "specification (FON-10…)"
        case .lotOfTheOffer(let lots):
            "when the purchase is divided, the lot the offer answers: " + lots.joined(separator: ", ")
        case .notesOnTheOffer: "\"Strengths; weaknesses\""
        case .oneLineOfText: "one line of text"
        case .freeText: "free text"
        case .wholeNumber: "whole number"
        case .number: "number"
        case .yesNo: "yes / no"
        case .date: "date YYYY-MM-DD"
        case .time: "time HH:MM"
        case .oneChoiceAmong: "one choice among"
        case .listOfChoices: "list of choices, e.g. [a, b]"
        case .scale(let minimum, let maximum): "score from \(minimum) to \(maximum)"
        case .ranking: "ranking, first to last"
        case .sharePoints(let total): "share \(total) points among"
        case .listOfItems: "list of items"
        case .scoresPerCriterion: "scores of the offers per criterion"
        }
    }
}
