/// A matrix of decision: criteria from a catalogue, weights and candidates from the answers.
public struct MatrixSpec: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var criteria: String
    public var weights: QuestionPath?
    public var candidates: QuestionPath?
    public var priceFormula: PriceFormula
    public var location: SourceLocation
}

extension MatrixSpec {
    /// The names expressions may read under the matrix's id (`choix.winner`).
    static let members: [String: ValueType] = [
        "winner": .text, "has_scores": .boolean, "candidates": .number, "incomplete": .number,
        "eliminated": .number, "weights_total": .number,
    ]
}
