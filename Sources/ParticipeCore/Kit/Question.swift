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
        /// The label's form inside a sentence (« des agents de la collectivité » for « Des agents de la
        /// collectivité »), which interpolations in the kit's texts use; the label itself when not given.
        public var inSentence: LocalizedText?
        /// Picked alone or not at all in a `multiple` answer: « Aucun », « Ne sait pas ».
        public var exclusive = false
    }

    /// Bounds on an answer; which apply depends on the type.
    public struct Validation: Sendable, Hashable {
        public let minimum: Double?
        public let maximum: Double?
        public let minimumDate: CalendarDate?
        public let maximumDate: CalendarDate?
        public let minimumLength: Int?
        public let maximumLength: Int?
        public let minimumItems: Int?
        public let maximumItems: Int?
        /// Bounds computed from the answers (`min: "= deroulement.ouverture + 21"`), for numbers and dates; they
        /// apply where they give a value.
        public let minimumExpression: Expression?
        public let maximumExpression: Expression?

        init(
            minimum: Double? = nil, maximum: Double? = nil, minimumDate: CalendarDate? = nil,
            maximumDate: CalendarDate? = nil, minimumLength: Int? = nil, maximumLength: Int? = nil,
            minimumItems: Int? = nil, maximumItems: Int? = nil, minimumExpression: Expression? = nil,
            maximumExpression: Expression? = nil
        ) {
            self.minimumExpression = minimumExpression
            self.maximumExpression = maximumExpression
            self.minimum = minimum
            self.maximum = maximum
            self.minimumDate = minimumDate
            self.maximumDate = maximumDate
            self.minimumLength = minimumLength
            self.maximumLength = maximumLength
            self.minimumItems = minimumItems
            self.maximumItems = maximumItems
        }
    }

    public struct Scale: Sendable, Hashable {
        public let minimum: Int
        public let maximum: Int
        public let labels: [Int: LocalizedText]
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
    /// A default computed from the answers or the date (`default: "= today() + 30"`), proposed as `defaultValue` is.
    public let defaultExpression: Expression?
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
    /// For `scores`: the catalogue whose mandatory items (priority `obligatoire`) an offer may fail (`fails`).
    public internal(set) var requirementsCatalogue: String? = nil

    /// The question with its default answer (a value decoded against the question once it is built, or an
    /// expression).
    func withDefault(_ value: Value?, expression defaultExpression: Expression? = nil) -> Question {
        Question(
            id: id, type: type, label: label, help: help, examples: examples, unit: unit, required: required,
            when: when, defaultValue: value, defaultExpression: defaultExpression, choices: choices,
            validation: validation, scale: scale, total: total,
            fields: fields, criteriaCatalogue: criteriaCatalogue, asksPrice: asksPrice, see: see, location: location,
            requirementsCatalogue: requirementsCatalogue)
    }

    public func choice(_ id: String) -> Choice? { choices.first { $0.id == id } }

    /// A question of `type` with no choice, bound or field: how a value of that kind reads, outside any kit.
    static func plain(id: String, type: QuestionType) -> Question {
        Question(
            id: id, type: type, label: LocalizedText(all: id), help: nil, examples: nil, unit: nil,
            required: .optional, when: nil, defaultValue: nil, defaultExpression: nil, choices: [],
            validation: Validation(), scale: nil, total: 100, fields: [], criteriaCatalogue: nil, asksPrice: false,
            see: [], location: SourceLocation(file: "", line: 1, column: 1))
    }

    public var choiceIDs: [String] { choices.map(\.id) }
}
