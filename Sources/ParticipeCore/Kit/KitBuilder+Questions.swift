extension KitBuilder {
    static let questionKeys = NodeDecoder.Keys(
        required: ["id", "type", "label"],
        optional: [
            "help", "examples", "unit", "required", "when", "default", "choices", "validation", "scale", "total",
            "fields", "criteria", "requirements", "price", "see",
        ])
    static let choiceKeys = NodeDecoder.Keys(
        required: ["id", "label"], optional: ["help", "exclusive", "in_sentence"])
    static let validationKeys = NodeDecoder.Keys(optional: [
        "min", "max", "min_length", "max_length", "min_items", "max_items",
    ])

    private static let validationApplicability: [(key: String, types: Set<QuestionType>)] = [
        ("min", [.integer, .number, .date]), ("max", [.integer, .number, .date]), ("min_length", [.text, .paragraph]),
        ("max_length", [.text, .paragraph]), ("min_items", [.multiple, .ranking, .list]),
        ("max_items", [.multiple, .ranking, .list]),
    ]

    mutating func section(_ node: YAMLNode) -> Section? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "questions"], optional: ["intro", "when"])
        guard let fields = decoder.fields(of: node, keys, what: name(.section)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.sectionID)) })
        else { return nil }
        let questionNodes = fields["questions"].map { decoder.list($0, what: name(.key("questions"))) } ?? []
        return Section(
            id: id,
            title: fields["title"].flatMap { decoder.localized($0, what: name(.key("title"))) }
                ?? LocalizedText(all: ""),
            intro: fields["intro"].flatMap { decoder.templated($0, what: name(.key("intro"))) },
            when: fields["when"].flatMap { decoder.expression($0, what: name(.key("when"))) },
            questions: questionNodes.compactMap { question($0, isField: false) }, location: node.location)
    }

    mutating func question(_ node: YAMLNode, isField: Bool) -> Question? {
        let (what, idWhat) = isField ? (name(.field), name(.fieldID)) : (name(.question), name(.questionID))
        guard let fields = decoder.fields(of: node, Self.questionKeys, what: what),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: idWhat) }),
            let label = fields["label"].flatMap({ decoder.localized($0, what: name(.key("label"))) }),
            let typeNode = fields["type"], let typeName = decoder.string(typeNode, what: name(.key("type"))),
            let type = questionType(typeName, among: QuestionType.allCases, at: typeNode.location)
        else { return nil }
        if isField, !QuestionType.fieldTypes.contains(type) {
            report(.fieldType(type: typeName), at: typeNode.location)
        }
        let help = fields["help"].flatMap { decoder.templated($0, what: name(.key("help"))) }
        let examples = fields["examples"].flatMap { self.examples($0) }
        let unit = fields["unit"].flatMap { decoder.localized($0, what: name(.key("unit"))) }
        let required = requirement(fields["required"], isField: isField)
        let when = fields["when"].flatMap { decoder.expression($0, what: name(.key("when"))) }
        let choices = fields["choices"].map { self.choices($0, type: type) } ?? []
        let see = identifiers(fields["see"])
        if isField, let when = fields["when"] {
            report(.fieldWhen, at: when.location)
        }
        checkApplicable(fields, to: type)
        if type.hasChoices, choices.isEmpty {
            report(.needsChoices(type: typeName), at: node.location)
        }
        let validation = fields["validation"].map { self.validation($0, type: type) } ?? Question.Validation()
        let scale =
            type == .scale || type == .scores
            ? self.scale(fields["scale"], defaultRange: type == .scale ? 1...5 : 0...5) : nil
        let total = fields["total"].map { decoder.number($0, what: name(.key("total"))) ?? 100 } ?? 100
        var questionFields: [Question] = []
        if type == .list {
            let fieldNodes = fields["fields"].map { decoder.list($0, what: name(.key("fields"))) } ?? []
            questionFields = fieldNodes.compactMap { self.question($0, isField: true) }
            if questionFields.isEmpty { report(.listNeedsFields, at: node.location) }
        }
        var criteriaCatalogue: String?
        var requirementsCatalogue: String?
        var asksPrice = false
        if type == .scores {
            if let criteria = fields["criteria"],
                let catalogue = decoder.identifier(criteria, what: name(.key("criteria")), dashes: true)
            {
                criteriaCatalogue = catalogue
                references.catalogues.append((catalogue, criteria.location))
            } else if fields["criteria"] == nil {
                report(.scoresNeedCriteria, at: node.location)
            }
            asksPrice = fields["price"].flatMap { decoder.boolean($0, what: name(.key("price"))) } ?? false
            if let requirements = fields["requirements"],
                let catalogue = decoder.identifier(requirements, what: name(.key("requirements")), dashes: true)
            {
                requirementsCatalogue = catalogue
                references.catalogues.append((catalogue, requirements.location))
            }
        }
        let question = Question(
            id: id, type: type, label: label, help: help, examples: examples, unit: unit, required: required,
            when: when, defaultValue: nil, defaultExpression: nil, choices: choices, validation: validation,
            scale: scale, total: total,
            fields: questionFields, criteriaCatalogue: criteriaCatalogue, asksPrice: asksPrice, see: see,
            location: node.location, requirementsCatalogue: requirementsCatalogue)
        guard let defaultNode = fields["default"] else { return question }
        if let expression = formula(defaultNode, what: name(.key("default"))) {
            // A field's default is proposed while an item is typed, before the answer exists to compute it from.
            if isField { report(.fieldDefaultExpression, at: defaultNode.location) }
            return question.withDefault(nil, expression: isField ? nil : expression)
        }
        var ignored: [String: SourceLocation] = [:]
        return question.withDefault(
            AnswerDecoder.value(of: defaultNode, for: question, decoder: &decoder, locations: &ignored))
    }

    /// The question type named `name`, or nil with an error listing `allowed`, the types this place takes.
    mutating func questionType(_ name: String, among allowed: [QuestionType], at location: SourceLocation)
        -> QuestionType?
    {
        if let type = QuestionType(rawValue: name), allowed.contains(type) { return type }
        let known = allowed.map(\.rawValue)
        let hint = Suggestion.hint(for: name, among: known, language: decoder.language)
        report(.unknownQuestionType(name: name, hint: hint, known: known.joined(separator: ", ")), at: location)
        return nil
    }

    /// Keys that make sense for some types only, so that a misplaced one is not silently ignored.
    /// The keys that apply to some types only, sorted by key so that problems come in a stable order.
    private static let applicableKeys: [(key: String, types: Set<QuestionType>)] = [
        ("choices", [.single, .multiple, .ranking, .points]), ("criteria", [.scores]), ("requirements", [.scores]),
        ("default", Set(QuestionType.allCases).subtracting([.list, .scores])), ("fields", [.list]),
        ("price", [.scores]), ("scale", [.scale, .scores]), ("total", [.points]),
        ("unit", [.integer, .number, .scale]),
    ]

    private mutating func checkApplicable(_ fields: NodeDecoder.Fields, to type: QuestionType) {
        for (key, types) in Self.applicableKeys where !types.contains(type) {
            if let node = fields[key] {
                report(.notApplicable(key: key, type: type.rawValue), at: node.location)
            }
        }
    }

    private mutating func requirement(_ node: YAMLNode?, isField: Bool) -> Question.Requirement {
        guard let node else { return .optional }
        if case .scalar(let text, .plain) = node.content, ["true", "false"].contains(text) {
            return text == "true" ? .always : .optional
        }
        if isField {
            report(.fieldRequired, at: node.location)
            return .optional
        }
        return decoder.expression(node, what: name(.key("required"))).map { .when($0) } ?? .optional
    }

    private mutating func choices(_ node: YAMLNode, type: QuestionType) -> [Question.Choice] {
        return decoder.list(node, what: name(.key("choices"))).compactMap { entry in
            guard let fields = decoder.fields(of: entry, Self.choiceKeys, what: name(.choice)) else { return nil }
            if let exclusive = fields["exclusive"], type != .multiple {
                report(.exclusiveOutsideMultiple(type: type.rawValue), at: exclusive.location)
            }
            guard
                let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.choiceID)) }),
                let label = fields["label"].flatMap({ decoder.localized($0, what: name(.key("label"))) })
            else { return nil }
            return Question.Choice(
                id: id, label: label, help: fields["help"].flatMap { decoder.localized($0, what: name(.key("help"))) },
                inSentence: fields["in_sentence"].flatMap { decoder.localized($0, what: name(.key("in_sentence"))) },
                exclusive: fields["exclusive"].flatMap { decoder.boolean($0, what: name(.key("exclusive"))) } ?? false)
        }
    }

    private mutating func examples(_ node: YAMLNode) -> LocalizedList? {
        if node.sequence != nil {
            return LocalizedList([
                "": decoder.list(node, what: name(.key("examples"))).compactMap {
                    decoder.string($0, what: name(.example))
                }
            ])
        }
        guard let pairs = node.mapping else {
            report(.examplesShape, at: node.location)
            return nil
        }
        var lists: [String: [String]] = [:]
        for pair in pairs {
            let language = pair.key.scalar ?? ""
            guard decoder.languages.contains(where: { $0.code == language }) else {
                report(.unknownExamplesLanguage(language: language), at: pair.key.location)
                continue
            }
            lists[language] = decoder.list(pair.value, what: name(.key("examples"))).compactMap {
                decoder.string($0, what: name(.example))
            }
        }
        return LocalizedList(lists)
    }

    private mutating func validation(_ node: YAMLNode, type: QuestionType) -> Question.Validation {
        guard let fields = decoder.fields(of: node, Self.validationKeys, what: name(.key("validation"))) else {
            return Question.Validation()
        }
        for (key, types) in Self.validationApplicability where fields[key] != nil && !types.contains(type) {
            report(.notApplicable(key: key, type: type.rawValue), at: fields[key]?.location ?? node.location)
        }
        var minimum: Double?
        var maximum: Double?
        var minimumDate: CalendarDate?
        var maximumDate: CalendarDate?
        // `= expression` computes a bound from the answers; anything else is a literal bound.
        let minimumExpression = fields["min"].flatMap { formula($0, what: name(.key("min"))) }
        let maximumExpression = fields["max"].flatMap { formula($0, what: name(.key("max"))) }
        let minimumNode = minimumExpression == nil ? fields["min"] : nil
        let maximumNode = maximumExpression == nil ? fields["max"] : nil
        if type == .date {
            minimumDate = minimumNode.flatMap { decoder.date($0, what: name(.key("min"))) }
            maximumDate = maximumNode.flatMap { decoder.date($0, what: name(.key("max"))) }
        } else {
            minimum = minimumNode.flatMap { decoder.number($0, what: name(.key("min"))) }
            maximum = maximumNode.flatMap { decoder.number($0, what: name(.key("max"))) }
        }
        let result = Question.Validation(
            minimum: minimum, maximum: maximum, minimumDate: minimumDate, maximumDate: maximumDate,
            minimumLength: fields["min_length"].flatMap { decoder.integer($0, what: name(.key("min_length"))) },
            maximumLength: fields["max_length"].flatMap { decoder.integer($0, what: name(.key("max_length"))) },
            minimumItems: fields["min_items"].flatMap { decoder.integer($0, what: name(.key("min_items"))) },
            maximumItems: fields["max_items"].flatMap { decoder.integer($0, what: name(.key("max_items"))) },
            minimumExpression: minimumExpression, maximumExpression: maximumExpression)
        if let minimum, let maximum, minimum > maximum {
            report(
                .minAboveMax(minimum: NumberFormat.plain(minimum), maximum: NumberFormat.plain(maximum)),
                at: node.location)
        }
        return result
    }

    /// The expression of a value written `= expression` (as in a spreadsheet), or nil for a plain value.
    private mutating func formula(_ node: YAMLNode, what: String) -> Expression? {
        guard let text = node.scalar, !node.isNumeric,
            let equals = text.firstIndex(where: { !$0.isWhitespace }), text[equals] == "="
        else { return nil }
        let source = String(text[text.index(after: equals)...])
        let start = node.contentLocation.advanced(by: text.distance(from: text.startIndex, to: equals) + 1)
        do {
            return try Expression.parse(source, at: start, language: decoder.language)
        } catch {
            decoder.collector.append(error)
            return nil
        }
    }

    private mutating func scale(_ node: YAMLNode?, defaultRange: ClosedRange<Int>) -> Question.Scale {
        let defaultScale = Question.Scale(
            minimum: defaultRange.lowerBound, maximum: defaultRange.upperBound, labels: [:])
        guard let node else { return defaultScale }
        let keys = NodeDecoder.Keys(optional: ["min", "max", "labels"])
        guard let fields = decoder.fields(of: node, keys, what: name(.key("scale"))) else { return defaultScale }
        let minimum = fields["min"].flatMap { decoder.integer($0, what: name(.key("min"))) } ?? defaultRange.lowerBound
        var maximum = fields["max"].flatMap { decoder.integer($0, what: name(.key("max"))) } ?? defaultRange.upperBound
        if minimum >= maximum {
            report(.scaleBounds, at: node.location)
            maximum = minimum + 1
        }
        var labels: [Int: LocalizedText] = [:]
        for pair in fields["labels"]?.mapping ?? [] {
            guard let level = Int(pair.key.scalar ?? ""), (minimum...maximum).contains(level) else {
                report(.scaleLabelLevel(minimum: minimum, maximum: maximum), at: pair.key.location)
                continue
            }
            labels[level] = decoder.localized(pair.value, what: name(.scaleLabel))
        }
        return Question.Scale(minimum: minimum, maximum: maximum, labels: labels)
    }
}
