/// One question of a kit, or one field of a `list` question.
public struct Question: Sendable, Hashable, Identifiable {
    public enum Requirement: Sendable, Hashable {
        case optional
        case always
        case when(Expression)
    }

    public struct Choice: Sendable, Hashable, Identifiable {
        public var id: String
        public var label: LocalizedText
        public var help: LocalizedText?
    }

    /// Bounds on an answer; which apply depends on the type.
    public struct Validation: Sendable, Hashable {
        public var minimum: Double?
        public var maximum: Double?
        public var minimumDate: CalendarDate?
        public var maximumDate: CalendarDate?
        public var minimumLength: Int?
        public var maximumLength: Int?
        public var minimumItems: Int?
        public var maximumItems: Int?
    }

    public struct Scale: Sendable, Hashable {
        public var minimum: Int
        public var maximum: Int
        public var labels: [Int: LocalizedText]
    }

    public var id: String
    public var type: QuestionType
    public var label: LocalizedText
    public var help: TemplatedText?
    public var examples: LocalizedList?
    public var unit: LocalizedText?
    public var required: Requirement
    public var when: Expression?
    public var defaultValue: Value?
    public var choices: [Choice]
    public var validation: Validation
    public var scale: Scale?
    public var total: Double
    public var fields: [Question]
    /// For `scores`: the catalogue whose items are the criteria.
    public var criteriaCatalogue: String?
    /// For `scores`: whether each candidate has a price.
    public var asksPrice: Bool
    public var see: [String]
    public var location: SourceLocation

    public func choice(_ id: String) -> Choice? { choices.first { $0.id == id } }

    public var choiceIDs: [String] { choices.map(\.id) }
}
