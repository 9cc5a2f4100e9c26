/// Checks answers against their bounds: numbers, lengths, item counts, points totals, scores, required fields.
struct AnswerValidator {
    let kit: Kit
    let sheet: AnswerSheet
    let language: Language
    private let formatter: ValueFormatter
    /// The answers as expressions see them, for bounds written `= expression`; nil where no date is known
    /// (such bounds are then checked with the whole sheet, later).
    private let environment: KitEvaluator?

    init(kit: Kit, sheet: AnswerSheet, language: Language, today: CalendarDate? = nil) {
        self.kit = kit
        self.sheet = sheet
        self.language = language
        self.formatter = ValueFormatter(language: language)
        self.environment = today.map { KitEvaluator(kit: kit, sheet: sheet, today: $0, language: language) }
    }

    /// A bound given as a value, else computed from the answers.
    private func bound(_ literal: Value?, _ expression: Expression?) -> Value? {
        if let literal { return literal }
        guard let expression, let environment else { return nil }
        let value = expression.evaluate(in: environment)
        return value == .null ? nil : value
    }

    private func say(_ message: ValidationMessage) -> String { message.text(in: language) }

    func issues(visible: [QuestionPath], missing: Set<QuestionPath>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for path in visible {
            guard let question = kit.question(path) else { continue }
            let label = question.label.resolve(language, fallbacks: kit.fallbacks)
            if missing.contains(path) {
                let later = sheet.pending.contains(path)
                issues.append(
                    ValidationIssue(
                        path: path, kind: later ? .toConfirm : .missingRequired,
                        message: say(
                            later
                                ? .toConfirm(path: path.description, label: label)
                                : .missingRequired(path: path.description, label: label)),
                        location: sheet.locations[path.description] ?? sheet.locations["pending." + path.description]))
                continue
            }
            let value = sheet[path]
            guard value != .null else { continue }
            let exclusive = exclusiveProblem(value, question: question)
            for (key, message) in problems(value, question: question, key: path.description) {
                var issue = ValidationIssue(
                    path: path, kind: .outOfRange, message: say(.atPath(path.description, problem: message)),
                    location: sheet.locations[key] ?? sheet.locations[path.description])
                if message == exclusive { issue.code = "validation.exclusive-choice" }
                issues.append(issue)
            }
        }
        return issues
    }

    /// Problems of one value, each with the location key of the part at fault.
    /// The message when a `multiple` answer holds a choice that goes alone (`exclusive`) with others.
    func exclusiveProblem(_ value: Value, question: Question) -> String? {
        guard question.type == .multiple, let items = value.list, items.count > 1,
            let alone = items.compactMap({ $0.text.flatMap(question.choice) }).first(where: \.exclusive)
        else { return nil }
        return say(.exclusiveChoice(label: alone.label.resolve(formatter.language, fallbacks: kit.fallbacks)))
    }

    func problems(_ value: Value, question: Question, key: String) -> [(String, String)] {
        var found: [(String, String)] = []
        let bounds = question.validation
        switch (question.type, value) {
        case (.integer, .number(let number)), (.number, .number(let number)):
            let minimum = bound(bounds.minimum.map(Value.number), bounds.minimumExpression)?.number
            let maximum = bound(bounds.maximum.map(Value.number), bounds.maximumExpression)?.number
            if let minimum, number < minimum {
                found.append((key, say(.belowMinimum(formatter.number(number), minimum: formatter.number(minimum)))))
            }
            if let maximum, number > maximum {
                found.append((key, say(.aboveMaximum(formatter.number(number), maximum: formatter.number(maximum)))))
            }
        case (.scale, .number(let number)):
            if let scale = question.scale, !(Double(scale.minimum)...Double(scale.maximum)).contains(number) {
                let problem = ValidationMessage.offScale(
                    formatter.number(number), minimum: scale.minimum, maximum: scale.maximum)
                found.append((key, say(problem)))
            }
        case (.date, .date(let date)):
            let minimum = bound(bounds.minimumDate.map(Value.date), bounds.minimumExpression)?.date
            let maximum = bound(bounds.maximumDate.map(Value.date), bounds.maximumExpression)?.date
            if let minimum, date < minimum {
                found.append((key, say(.dateBefore(formatter.date(date), minimum: formatter.date(minimum)))))
            }
            if let maximum, date > maximum {
                found.append((key, say(.dateAfter(formatter.date(date), maximum: formatter.date(maximum)))))
            }
        case (.text, .text(let text)), (.paragraph, .text(let text)):
            if let minimum = bounds.minimumLength, text.count < minimum {
                found.append((key, say(.tooShort(characters: text.count, minimum: minimum))))
            }
            if let maximum = bounds.maximumLength, text.count > maximum {
                found.append((key, say(.tooLong(characters: text.count, maximum: maximum))))
            }
            if question.type == .text, text.contains(where: \.isNewline) {
                found.append((key, say(.singleLine)))
            }
        case (.multiple, .list(let items)), (.ranking, .list(let items)), (.list, .list(let items)):
            let minimum = bounds.minimumItems ?? (question.type == .ranking ? question.choices.count : nil)
            if let minimum, items.count < minimum {
                found.append((key, say(.tooFewItems(items.count, minimum: minimum))))
            }
            if let maximum = bounds.maximumItems, items.count > maximum {
                found.append((key, say(.tooManyItems(items.count, maximum: maximum))))
            }
            if question.type == .list { found += itemProblems(items, question: question, key: key) }
            if let exclusive = exclusiveProblem(value, question: question) { found.append((key, exclusive)) }
        case (.points, .record(let points)):
            let total = points.values.compactMap(\.number).reduce(0, +)
            for (id, points) in points.sorted(by: { $0.key < $1.key }) where (points.number ?? 0) < 0 {
                found.append(("\(key).\(id)", say(.negativePoints(choice: id))))
            }
            if abs(total - question.total) > 0.001 {
                let problem = ValidationMessage.pointsTotal(
                    formatter.number(total), expected: formatter.number(question.total))
                found.append((key, say(problem)))
            }
        case (.scores, .list(let rows)):
            found += scoreProblems(rows, question: question, key: key)
        default:
            break
        }
        return found
    }

    private func itemProblems(_ items: [Value], question: Question, key: String) -> [(String, String)] {
        var found: [(String, String)] = []
        for (index, item) in items.enumerated() {
            let fields = item.record ?? [:]
            for field in question.fields {
                let fieldKey = "\(key)[\(index)].\(field.id)"
                let fieldValue = fields[field.id] ?? .null
                if field.required == .always, !fieldValue.isAnswered {
                    let label = field.label.resolve(language, fallbacks: kit.fallbacks)
                    found.append(("\(key)[\(index)]", say(.itemFieldMissing(index: index + 1, label: label))))
                } else if fieldValue != .null {
                    found += problems(fieldValue, question: field, key: fieldKey).map { entry in
                        (entry.0, say(.itemField(index: index + 1, field: field.id, problem: entry.1)))
                    }
                }
            }
        }
        return found
    }

    private func scoreProblems(_ rows: [Value], question: Question, key: String) -> [(String, String)] {
        var found: [(String, String)] = []
        let scale = question.scale ?? Question.Scale(minimum: 0, maximum: 5, labels: [:])
        for (index, row) in rows.enumerated() {
            let fields = row.record ?? [:]
            let rowKey = "\(key)[\(index)]"
            let name = fields["candidate"]?.text ?? String(index + 1)
            if !(fields["candidate"]?.isAnswered ?? false) {
                found.append((rowKey, say(.unnamedCandidate(index: index + 1))))
            }
            for (criterion, score) in (fields["scores"]?.record ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let number = score.number, !(Double(scale.minimum)...Double(scale.maximum)).contains(number)
                else { continue }
                let problem = ValidationMessage.scoreOffScale(
                    candidate: name, criterion: criterion, score: formatter.number(number), minimum: scale.minimum,
                    maximum: scale.maximum)
                found.append(("\(rowKey).scores.\(criterion)", say(problem)))
            }
            if let price = fields["price"]?.number, price <= 0 {
                found.append(("\(rowKey).price", say(.priceNotPositive(candidate: name))))
            }
        }
        return found
    }
}
