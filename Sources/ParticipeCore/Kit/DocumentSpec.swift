/// A document a kit generates: a Mustache template per language.
public struct DocumentSpec: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: LocalizedText
    /// Template paths relative to the kit folder, by language (`""` for every language).
    public var templates: [String: String]
    public var filename: LocalizedText?
    public var location: SourceLocation

    public func template(for language: Language, fallbacks: [Language]) -> String? {
        if let path = templates[language.code] ?? templates[""] { return path }
        return fallbacks.lazy.compactMap { templates[$0.code] }.first
    }
}

/// A matrix of decision: criteria from a catalogue, weights and candidates from the answers.
public struct MatrixSpec: Sendable, Hashable, Identifiable {
    /// The kit's names for the engine's price formulas (see `PriceFormula` in `Analysis/`).
    public enum PriceFormula: String, Sendable, Hashable, CaseIterable {
        /// Lowest price ÷ offer price.
        case proportional
        /// Linear relative to the lowest price, at least 0.
        case linear
        /// Linear between the lowest and the highest price.
        case linearRange = "linear_range"
    }

    public var id: String
    public var title: LocalizedText
    public var criteria: String
    public var weights: QuestionPath?
    public var candidates: QuestionPath?
    public var priceFormula: PriceFormula
    public var location: SourceLocation
}

/// A term the questionnaire links to and the documents carry in an annex.
public struct GlossaryEntry: Sendable, Hashable, Identifiable {
    public var id: String
    public var term: LocalizedText
    public var definition: LocalizedText
    public var see: [String]
    public var location: SourceLocation
}

/// A received idea about the kit's subject, and the answer to it.
public struct Misconception: Sendable, Hashable, Identifiable {
    public var id: String
    public var claim: LocalizedText
    public var answer: LocalizedText
    public var sections: [String]
    public var location: SourceLocation
}
