/// A named expression over the answers, referred to by its bare id.
public struct ComputedValue: Sendable, Hashable, Identifiable {
    public var id: String
    /// The expression, or the one of the kit's first language when the value is given per language.
    public var value: Expression
    /// Expressions by language, for a value written differently in each (a suggested wording); empty otherwise.
    public var localized: [String: Expression] = [:]
    public var label: LocalizedText?
    public var unit: LocalizedText?
    public var location: SourceLocation

    /// The expression for `language`.
    public func expression(for language: Language) -> Expression { localized[language.code] ?? value }

    /// Every expression of the value, for checks and dependencies.
    var expressions: [Expression] { localized.isEmpty ? [value] : localized.keys.sorted().compactMap { localized[$0] } }
}
