/// A received idea about the kit's subject, and the answer to it.
public struct Misconception: Sendable, Hashable, Identifiable {
    public let id: String
    public let claim: LocalizedText
    public let answer: LocalizedText
    public let sections: [String]
    public let location: SourceLocation
}
