/// The fixed words of a decision matrix in documents: table titles and columns, kinds, statuses, the
/// price formulas, the default scale and the sensitivity sentences. The words are in
/// `MatrixWording+French.swift` and `MatrixWording+English.swift`.
public enum MatrixWording: Wording, Hashable {
    case title(Table)
    case column(Column)
    case kind(Criterion.Kind)
    case status(Status)
    /// "incomplet, manque : " followed by the missing criteria.
    case incompleteMissing(String)
    /// "irrégulière, écartée : " followed by the must-haves and requirements failed.
    case eliminatedFailing(String)
    /// "irrégulière, à régulariser : " followed by the must-haves and requirements failed.
    case regularisingFailing(String)
    /// The level of a row of the sensitivity table.
    case criterionLevel
    case subCriterionLevel
    /// The conclusion of a sensitivity row: the winner holds over 0–100.
    case stable
    /// The conclusion of a sensitivity row: the winner changes `margin` points away (two decimals).
    case winnerChanges(margin: Double)
    /// "A, B et C" / "A, B and C".
    case list([String])
    /// One group of tied candidates, already listed.
    case tiedAtRank(names: String, rank: Int)
    case formulaName(PriceFormula)
    case formula(PriceFormula)
    /// The description of a level of the 0–5 scale.
    case scaleLevel(Int)
    /// The name of a table's CSV file, in the document's language: `notes`, `scores`.
    case tableFile(Table)
    /// How far a top-level weight may move before the winner changes; weights already formatted.
    case sensitivity(winner: String, criterion: String, weight: String, change: Change)

    public enum Table: Hashable, Sendable {
        case criteria, scores, contributions, eliminations, sensitivity, equalWeights
    }

    public enum Column: Hashable, Sendable {
        case criterion, parentCriterion, kind, localWeight, globalWeight
        case candidate, price, total, rank, status
        case mustHavesFailed
        case level, currentWeight, thresholdDown, thresholdUp, newWinnerDown, newWinnerUp, conclusion
        case equalWeightsTotal, equalWeightsRank, currentRank
    }

    public enum Status: Hashable, Sendable {
        case ranked, tied, incomplete, eliminated, regularising
    }

    /// Where the winner changes, with the candidates that would take over (names and weights as text).
    public enum Change: Hashable, Sendable {
        case never
        case outside(low: String, lowWinner: String, high: String, highWinner: String)
        case below(low: String, lowWinner: String)
        case above(high: String, highWinner: String)
    }
}
