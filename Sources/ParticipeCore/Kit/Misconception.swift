/// A received idea about the kit's subject, and the answer to it.
public struct Misconception: Sendable, Hashable, Identifiable {
    public var id: String
    public var claim: LocalizedText
    public var answer: LocalizedText
    public var sections: [String]
    public var location: SourceLocation
}
