/// Checks answers against their bounds: numbers, lengths, item counts, points totals, scores, required fields.
struct AnswerValidator {
    let kit: Kit
    let sheet: AnswerSheet
    let language: Language
    private let formatter: ValueFormatter

    init(kit: Kit, sheet: AnswerSheet, language: Language) {
        self.kit = kit
        self.sheet = sheet
        self.language = language
        self.formatter = ValueFormatter(language: language)
    }

    private func say(_ french: String, _ english: String) -> String { language == .english ? english : french }

    func issues(visible: [QuestionPath], missing: Set<QuestionPath>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for path in visible {
            guard let question = kit.question(path) else { continue }
            let label = question.label.resolve(language, fallbacks: kit.fallbacks)
            if missing.contains(path) {
                issues.append(
                    ValidationIssue(
                        path: path, kind: .missingRequired,
                        message: say(
                            "réponse obligatoire manquante : \(path) (« \(label) »)",
                            "required answer missing: \(path) (“\(label)”)"),
                        location: sheet.locations[path.description]))
                continue
            }
            let value = sheet[path]
            guard value != .null else { continue }
            for (key, message) in problems(value, question: question, key: path.description) {
                issues.append(
                    ValidationIssue(
                        path: path, kind: .outOfRange, message: "\(path): \(message)",
                        location: sheet.locations[key] ?? sheet.locations[path.description]))
            }
        }
        return issues
    }

    /// Problems of one value, each with the location key of the part at fault.
    func problems(_ value: Value, question: Question, key: String) -> [(String, String)] {
        var found: [(String, String)] = []
        let bounds = question.validation
        switch (question.type, value) {
        case (.integer, .number(let number)), (.number, .number(let number)):
            if let minimum = bounds.minimum, number < minimum {
                found.append(
                    (
                        key,
                        say(
                            "\(formatter.number(number)) est inférieur au minimum \(formatter.number(minimum))",
                            "\(formatter.number(number)) is below the minimum \(formatter.number(minimum))")
                    ))
            }
            if let maximum = bounds.maximum, number > maximum {
                found.append(
                    (
                        key,
                        say(
                            "\(formatter.number(number)) dépasse le maximum \(formatter.number(maximum))",
                            "\(formatter.number(number)) is above the maximum \(formatter.number(maximum))")
                    ))
            }
        case (.scale, .number(let number)):
            if let scale = question.scale, !(Double(scale.minimum)...Double(scale.maximum)).contains(number) {
                found.append(
                    (
                        key,
                        say(
                            "\(formatter.number(number)) n'est pas sur l'échelle de \(scale.minimum) à \(scale.maximum)",
                            "\(formatter.number(number)) is not on the scale from \(scale.minimum) to \(scale.maximum)")
                    ))
            }
        case (.date, .date(let date)):
            if let minimum = bounds.minimumDate, date < minimum {
                found.append(
                    (
                        key,
                        say(
                            "la date \(formatter.date(date)) précède le \(formatter.date(minimum))",
                            "the date \(formatter.date(date)) is before \(formatter.date(minimum))")
                    ))
            }
            if let maximum = bounds.maximumDate, date > maximum {
                found.append(
                    (
                        key,
                        say(
                            "la date \(formatter.date(date)) dépasse le \(formatter.date(maximum))",
                            "the date \(formatter.date(date)) is after \(formatter.date(maximum))")
                    ))
            }
        case (.text, .text(let text)), (.paragraph, .text(let text)):
            if let minimum = bounds.minimumLength, text.count < minimum {
                found.append(
                    (
                        key,
                        say(
                            "\(text.count) caractères, il en faut au moins \(minimum)",
                            "\(text.count) characters, at least \(minimum) needed")
                    ))
            }
            if let maximum = bounds.maximumLength, text.count > maximum {
                found.append(
                    (
                        key,
                        say(
                            "\(text.count) caractères, \(maximum) au plus",
                            "\(text.count) characters, at most \(maximum)")
                    ))
            }
            if question.type == .text, text.contains(where: \.isNewline) {
                found.append((key, say("une seule ligne est attendue", "a single line is expected")))
            }
        case (.multiple, .list(let items)), (.ranking, .list(let items)), (.list, .list(let items)):
            let minimum = bounds.minimumItems ?? (question.type == .ranking ? question.choices.count : nil)
            if let minimum, items.count < minimum {
                found.append(
                    (
                        key,
                        say(
                            "\(items.count) élément(s), il en faut au moins \(minimum)",
                            "\(items.count) item(s), at least \(minimum) needed")
                    ))
            }
            if let maximum = bounds.maximumItems, items.count > maximum {
                found.append(
                    (
                        key,
                        say(
                            "\(items.count) élément(s), \(maximum) au plus",
                            "\(items.count) item(s), at most \(maximum)")
                    ))
            }
            if question.type == .list { found += itemProblems(items, question: question, key: key) }
        case (.points, .record(let points)):
            let total = points.values.compactMap(\.number).reduce(0, +)
            for (id, points) in points.sorted(by: { $0.key < $1.key }) where (points.number ?? 0) < 0 {
                found.append(
                    (
                        "\(key).\(id)",
                        say(
                            "les points de « \(id) » ne peuvent pas être négatifs",
                            "the points of '\(id)' cannot be negative")
                    ))
            }
            if abs(total - question.total) > 0.001 {
                found.append(
                    (
                        key,
                        say(
                            "les points totalisent \(formatter.number(total)) au lieu de \(formatter.number(question.total))",
                            "the points add up to \(formatter.number(total)) instead of \(formatter.number(question.total))"
                        )
                    ))
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
                    found.append(
                        (
                            "\(key)[\(index)]",
                            say(
                                "élément \(index + 1) : « \(label) » manque", "item \(index + 1): “\(label)” is missing"
                            )
                        ))
                } else if fieldValue != .null {
                    found += problems(fieldValue, question: field, key: fieldKey).map { entry in
                        (
                            entry.0,
                            say("élément \(index + 1), \(field.id) : ", "item \(index + 1), \(field.id): ") + entry.1
                        )
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
                found.append((rowKey, say("l'offre \(index + 1) n'a pas de nom", "candidate \(index + 1) has no name")))
            }
            for (criterion, score) in (fields["scores"]?.record ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let number = score.number, !(Double(scale.minimum)...Double(scale.maximum)).contains(number)
                else { continue }
                found.append(
                    (
                        "\(rowKey).scores.\(criterion)",
                        say(
                            "\(name), \(criterion) : la note \(formatter.number(number)) sort de l'échelle \(scale.minimum)–\(scale.maximum)",
                            "\(name), \(criterion): the score \(formatter.number(number)) is outside the scale \(scale.minimum)–\(scale.maximum)"
                        )
                    ))
            }
            if let price = fields["price"]?.number, price <= 0 {
                found.append(
                    (
                        "\(rowKey).price",
                        say("\(name) : le prix doit être positif", "\(name): the price must be positive")
                    ))
            }
        }
        return found
    }
}
