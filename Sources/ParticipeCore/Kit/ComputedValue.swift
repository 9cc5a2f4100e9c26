/// A named expression over the answers, referred to by its bare id; or a dated fact (`facts:`), whose expression is
/// the one of the period in force.
public struct ComputedValue: Sendable, Hashable, Identifiable {
    public let id: String
    /// The expression, or the one of the kit's first language when the value is given per language.
    public let value: Expression
    /// Expressions by language, for a value written differently in each (a suggested wording); empty otherwise.
    public let localized: [String: Expression]
    public let label: LocalizedText?
    public let unit: LocalizedText?
    public let location: SourceLocation
    /// The periods of a fact and their sources; nil for a computed value.
    public let fact: Fact?

    public init(
        id: String, value: Expression, localized: [String: Expression] = [:], label: LocalizedText?,
        unit: LocalizedText?, location: SourceLocation, fact: Fact? = nil
    ) {
        self.id = id
        self.value = value
        self.localized = localized
        self.label = label
        self.unit = unit
        self.location = location
        self.fact = fact
    }

    /// The expression for `language`.
    public func expression(for language: Language) -> Expression { localized[language.code] ?? value }

    /// Every expression of the value, for checks and dependencies.
    var expressions: [Expression] {
        if let fact { return fact.periods.map(\.value) }
        return localized.isEmpty ? [value] : localized.keys.sorted().compactMap { localized[$0] }
    }
}
