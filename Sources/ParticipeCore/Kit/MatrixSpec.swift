/// A matrix of decision: criteria from a catalogue, weights and candidates from the answers.
public struct MatrixSpec: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let criteria: String
    public let weights: QuestionPath?
    public let candidates: QuestionPath?
    public let priceFormula: PriceFormula
    public let location: SourceLocation
    /// The start of its tables' CSV file names, by language (`matrice-decision-notes.csv`); the id when absent.
    public var filename: LocalizedText?
}

extension MatrixSpec {
    /// The names expressions may read under the matrix's id (`choix.winner`).
    static let members: [String: ValueType] = [
        "winner": .text, "has_scores": .boolean, "candidates": .number, "incomplete": .number,
        "eliminated": .number, "weights_total": .number,
    ]
}
