/// A term the questionnaire links to and the documents carry in an annex.
public struct GlossaryEntry: Sendable, Hashable, Identifiable {
    public let id: String
    public let term: LocalizedText
    public let definition: LocalizedText
    public let see: [String]
    public let location: SourceLocation
}
