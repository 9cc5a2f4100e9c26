/// A part of the questionnaire, asked in order.
public struct Section: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var intro: TemplatedText?
    public var when: Expression?
    public var questions: [Question]
    public var location: SourceLocation

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}
