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
