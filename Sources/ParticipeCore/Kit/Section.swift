/// A part of the questionnaire, asked in order.
public struct Section: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let intro: TemplatedText?
    public let when: Expression?
    public let questions: [Question]
    public let location: SourceLocation

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}
