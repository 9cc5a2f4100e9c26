/// A document a kit generates: a Mustache template per language.
public struct DocumentSpec: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: LocalizedText
    /// Template paths relative to the kit folder, by language (`""` for every language).
    public let templates: [String: String]
    public let filename: LocalizedText?
    /// Written only when this holds (the consultation rules only when a provider is hired).
    public let when: Expression?
    /// Made once for each lot in force when the purchase is divided into lots (a CCTP per lot).
    public let perLot: Bool
    public let location: SourceLocation

    public func template(for language: Language, fallbacks: [Language]) -> String? {
        if let path = templates[language.code] ?? templates[""] { return path }
        return fallbacks.lazy.compactMap { templates[$0.code] }.first
    }
}
