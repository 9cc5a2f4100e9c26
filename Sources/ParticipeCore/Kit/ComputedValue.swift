/// A named expression over the answers, referred to by its bare id.
public struct ComputedValue: Sendable, Hashable, Identifiable {
    public let id: String
    /// The expression, or the one of the kit's first language when the value is given per language.
    public let value: Expression
    /// Expressions by language, for a value written differently in each (a suggested wording); empty otherwise.
    public let localized: [String: Expression]
    public let label: LocalizedText?
    public let unit: LocalizedText?
    public let location: SourceLocation

    /// The expression for `language`.
    public func expression(for language: Language) -> Expression { localized[language.code] ?? value }

    /// Every expression of the value, for checks and dependencies.
    var expressions: [Expression] { localized.isEmpty ? [value] : localized.keys.sorted().compactMap { localized[$0] } }
}
