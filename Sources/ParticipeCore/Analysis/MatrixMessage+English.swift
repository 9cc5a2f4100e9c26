extension MatrixMessage {
    public var english: String {
        switch self {
        case .duplicateCriterion(let id): "criterion id '\(id)' is used more than once"
        case .duplicateCandidate(let id): "candidate id '\(id)' is used more than once"
        case .invalidScale(let minimum, let maximum):
            "the scale's maximum (\(Self.number(maximum))) must be above its minimum (\(Self.number(minimum)))"
        case .inGroup(let parent?, let message): "sub-criteria of '\(parent)': \(message.english)"
        case .inGroup(nil, let message): "top-level criteria: \(message.english)"
        case .unusableWeight(let weighed, let value):
            "weight of \(Self.english(weighed)) is not usable (\(Self.number(value))); treated as missing"
        case .noPositiveWeight: "no positive weight given; every criterion gets an equal weight"
        case .missingWeights(let weighed):
            "missing weight for \(weighed.map(Self.english).joined(separator: ", ")); given the mean of the others"
        case .fixedWeightsSum(let sum): "fixed weights sum to \(Self.number(sum)), not 100; rescaled to 100"
        case .unknownRankedCriterion(let id): "ranking names unknown criterion '\(id)'; ignored"
        case .notRanked(let ids):
            "\(Language.english.quotedList(ids)) not ranked; placed last, sharing the last positions equally"
        case .cannotHaveSubCriteria(let id, let kind):
            "\(kind.rawValue) criterion '\(id)' cannot have sub-criteria; they are ignored"
        case .invalidPrice(let candidate, let price):
            "candidate '\(candidate)': price \(Self.number(price)) is not a positive amount; ignored"
        case .ignoredScore(let candidate, let criterion):
            "candidate '\(candidate)': score for '\(criterion)' ignored (not a directly scored criterion)"
        case .ignoredAnswer(let candidate, let criterion):
            "candidate '\(candidate)': answer for '\(criterion)' ignored (not an eliminatory criterion)"
        case .regularisingWithoutFailure(let candidate):
            "candidate '\(candidate)': the offer is said to be regularising, but it fails no requirement; the mention "
                + "is ignored"
        case .unknownRequirement(let candidate, let id):
            "candidate '\(candidate)': '\(id)' is not a mandatory requirement of the specification for these "
                + "answers; this failure is ignored"
        case .scoreOutsideScale(let candidate, let criterion, let score, let minimum, let maximum):
            "candidate '\(candidate)': score \(Self.number(score)) for '\(criterion)' is outside the scale \(Self.number(minimum))–\(Self.number(maximum)); "
                + "treated as missing"
        case .fewerThanTwoRanked: "fewer than two ranked candidates; no sensitivity analysis"
        case .tiedForFirst(let names):
            "\(Language.english.quotedList(names)) tied for first place; no sensitivity analysis of a single winner"
        case .provisionalRanking(let names):
            "provisional ranking: \(Language.english.quotedList(names)) "
                + (names.count > 1 ? "are" : "is") + " asked to regularise; the ranking holds once each offer is "
                + "regularised or rejected"
        case .criterionLeftOut(let criterion, let matrix, let parent, let parentKept):
            "criterion '\(criterion)' left out of matrix '\(matrix)': its parent '\(parent)' is "
                + (parentKept ? "left out" : "not kept")
        case .pointsIgnored(let choices, let question, let matrix):
            "choices \(Language.english.quotedList(choices)) of '\(question)' match no kept top-level criterion of "
                + "matrix '\(matrix)'; their points are ignored"
        case .criteriaNotChoices(let criteria, let matrix, let question):
            "top-level criteria \(Language.english.quotedList(criteria)) of matrix '\(matrix)' are not choices of "
                + "'\(question)'; once it is answered, they get the mean of the points given"
        }
    }

    private static func english(_ weighed: Weighed) -> String {
        switch weighed {
        case .criterion(let id): "'\(id)'"
        case .position(let position): "#\(position)"
        }
    }

    /// `80`, `2.5`: numbers as an English reader writes them.
    private static func number(_ value: Double) -> String {
        value.isFinite ? NumberFormat.localized(value, in: .english) : NumberFormat.plain(value)
    }
}
