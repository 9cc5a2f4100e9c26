/// A term the questionnaire links to and the documents carry in an annex.
public struct GlossaryEntry: Sendable, Hashable, Identifiable {
    public var id: String
    public var term: LocalizedText
    public var definition: LocalizedText
    public var see: [String]
    public var location: SourceLocation
}
