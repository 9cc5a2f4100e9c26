extension MatrixSpec {
    /// The names expressions may read under the matrix's id (`choix.winner`).
    static let members: [String: ValueType] = [
        "winner": .text, "has_scores": .boolean, "candidates": .number, "incomplete": .number,
        "eliminated": .number, "weights_total": .number,
    ]
}
