/// What the decision-matrix engine notes about its inputs: the table of its messages, kept as values in
/// `MatrixResult.diagnostics` and worded in the document's language when shown. The words are in
/// `MatrixMessage+French.swift` and `MatrixMessage+English.swift`.
public enum MatrixMessage: Wording, Hashable {
    // Validation.
    case duplicateCriterion(String)
    case duplicateCandidate(String)
    case invalidScale(minimum: Double, maximum: Double)
    // Weights.
    /// A message about the weights of a group of siblings: the top-level criteria (`parent` nil) or the
    /// sub-criteria of `parent`.
    indirect case inGroup(parent: String?, MatrixMessage)
    case unusableWeight(Weighed, value: Double)
    case noPositiveWeight
    case missingWeights([Weighed])
    case fixedWeightsSum(Double)
    case unknownRankedCriterion(String)
    case notRanked([String])
    case cannotHaveSubCriteria(String, kind: Criterion.Kind)
    // Scoring.
    case invalidPrice(candidate: String, price: Double)
    case ignoredScore(candidate: String, criterion: String)
    case ignoredAnswer(candidate: String, criterion: String)
    /// An offer said to fail a requirement that is not among the matrix's mandatory requirements.
    case unknownRequirement(candidate: String, id: String)
    /// An offer said to be regularising that fails nothing: the mention is ignored.
    case regularisingWithoutFailure(candidate: String)
    case scoreOutsideScale(candidate: String, criterion: String, score: Double, minimum: Double, maximum: Double)
    // Analysis.
    case fewerThanTwoRanked
    case tiedForFirst([String])
    /// Offers asked to regularise: the ranking holds only once each has, or has been rejected.
    case provisionalRanking([String])
    // Assembly from a kit.
    /// A kept criterion whose parent is left out (`parentKept` false: the parent is not kept at all).
    case criterionLeftOut(criterion: String, matrix: String, parent: String, parentKept: Bool)
    case pointsIgnored(choices: [String], question: String, matrix: String)
    case criteriaNotChoices(criteria: [String], matrix: String, question: String)

    /// What a weight belongs to: a criterion by id, or a position (`#2`) when no id is known.
    public enum Weighed: Hashable, Sendable {
        case criterion(String)
        case position(Int)
    }
}

extension Language {
    /// The names each quoted, joined with commas: `'a', 'b'` / `« a », « b »`.
    func quotedList(_ names: [String]) -> String { names.map(quoted).joined(separator: ", ") }
}
