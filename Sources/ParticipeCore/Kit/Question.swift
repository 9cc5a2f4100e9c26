/// One question of a kit, or one field of a `list` question.
public struct Question: Sendable, Hashable, Identifiable {
    public enum Requirement: Sendable, Hashable {
        case optional
        case always
        case when(Expression)
    }

    public struct Choice: Sendable, Hashable, Identifiable {
        public let id: String
        public let label: LocalizedText
        public let help: LocalizedText?
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

    public let id: String
    public let type: QuestionType
    public let label: LocalizedText
    public let help: TemplatedText?
    public let examples: LocalizedList?
    public let unit: LocalizedText?
    public let required: Requirement
    public let when: Expression?
    public let defaultValue: Value?
    public let choices: [Choice]
    public let validation: Validation
    public let scale: Scale?
    public let total: Double
    public let fields: [Question]
    /// For `scores`: the catalogue whose items are the criteria.
    public let criteriaCatalogue: String?
    /// For `scores`: whether each candidate has a price.
    public let asksPrice: Bool
    public let see: [String]
    public let location: SourceLocation

    /// The question with its default answer, which is decoded against the question once it is built.
    func withDefault(_ value: Value?) -> Question {
        Question(
            id: id, type: type, label: label, help: help, examples: examples, unit: unit, required: required,
            when: when, defaultValue: value, choices: choices, validation: validation, scale: scale, total: total,
            fields: fields, criteriaCatalogue: criteriaCatalogue, asksPrice: asksPrice, see: see, location: location)
    }

    public func choice(_ id: String) -> Choice? { choices.first { $0.id == id } }

    public var choiceIDs: [String] { choices.map(\.id) }
}
