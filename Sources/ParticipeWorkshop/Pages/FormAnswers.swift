import ParticipeCore

/// Reads the answers of a section's submitted form back into values, with what cannot be read worded as
/// the interview words it (`InterviewInput`), so the browser, the terminal and `check` agree.
struct FormAnswers {
    let kit: Kit
    let language: Language
    let criteria: [AnswerDialogue.Criterion]
    /// The mandatory requirements an offer to a `scores` question may fail, typed by id.
    var requirements: [String] = []
    let form: FormData

    var input: InterviewInput { InterviewInput(language: language) }

    /// The value the form gives for `path`, or why some part of it cannot be read. A field left empty is
    /// `.null`, a list whose items are all deleted an empty list.
    func value(of question: Question, at path: QuestionPath) -> (Value, [String]) {
        let key = path.description
        switch question.type {
        case .list: return listValue(question, key: key)
        case .scores: return scoresValue(question, key: key)
        default: return simpleValue(question, name: FieldNames.answer(key))
        }
    }

    /// Whether the form carries this question at all: a page only saves what it showed.
    func carries(_ path: QuestionPath) -> Bool { form.has(FieldNames.version(path.description)) }

    func seenVersion(_ path: QuestionPath) -> Int? { form[FieldNames.version(path.description)].flatMap { Int($0) } }

    /// Whether the value, and the "not known yet" tick, are those the page showed (so the person did not touch
    /// them, whatever others saved meanwhile).
    func isUntouched(_ value: Value, pending: Bool, question: Question, at path: QuestionPath) -> Bool {
        form[FieldNames.shown(path.description)]
            == FieldNames.digest(
                value, pending: pending, question: question, source: answerSource(path),
                toConfirm: isMarkedToConfirm(path))
    }

    func isMarkedUnknown(_ path: QuestionPath) -> Bool { form[FieldNames.unknown(path.description)] == "1" }

    /// What the answer rests on, as typed (trimmed); nil when the field is empty or absent.
    func answerSource(_ path: QuestionPath) -> String? {
        let text = form[FieldNames.source(path.description)]?.trimmingWhitespace ?? ""
        return text.isEmpty ? nil : text
    }

    func isMarkedToConfirm(_ path: QuestionPath) -> Bool { form[FieldNames.toConfirm(path.description)] == "1" }

    private func simpleValue(_ question: Question, name: String) -> (Value, [String]) {
        func parsed(_ text: String) -> (Value, [String]) {
            if text.trimmingWhitespace.isEmpty { return (.null, []) }
            switch input.parse(text, for: question) {
            case .success(let value): return (value, [])
            case .failure(let error): return (.null, [error.message])
            }
        }
        switch question.type {
        case .multiple:
            let ids = form.all(name).filter { !$0.isEmpty }
            let unknown = ids.filter { question.choice($0) == nil }
            guard unknown.isEmpty else {
                return (.null, unknown.map { say(.unknownChoice($0)) })
            }
            return ids.isEmpty ? (.null, []) : (.list(ids.map(Value.text)), [])
        case .boolean:
            switch form[name] ?? "" {
            case "yes": return (.boolean(true), [])
            case "no": return (.boolean(false), [])
            case "": return (.null, [])
            case let other: return parsed(other)
            }
        case .paragraph:
            let text = form[name] ?? ""
            return text.trimmingWhitespace.isEmpty ? (.null, []) : (.text(text), [])
        case .ranking:
            var ranked: [(Double, String)] = []
            var problems: [String] = []
            for choice in question.choices {
                let text = form[name + ":" + choice.id]?.trimmingWhitespace ?? ""
                guard !text.isEmpty else { continue }
                guard let rank = input.number(text), rank >= 1 else {
                    problems.append(say(.rankExpected(text)))
                    continue
                }
                ranked.append((rank, choice.id))
            }
            if Set(ranked.map(\.0)).count < ranked.count { problems.append(say(.rankGivenTwice)) }
            guard problems.isEmpty else { return (.null, problems) }
            let order = ranked.sorted { $0.0 < $1.0 }.map { Value.text($0.1) }
            return order.isEmpty ? (.null, []) : (.list(order), [])
        case .points:
            var points: [String: Value] = [:]
            var problems: [String] = []
            for choice in question.choices {
                let text = form[name + ":" + choice.id]?.trimmingWhitespace ?? ""
                guard !text.isEmpty else { continue }
                guard let number = input.number(text) else {
                    problems.append(say(.numberExpected(text)))
                    continue
                }
                points[choice.id] = .number(number)
            }
            guard problems.isEmpty else { return (.null, problems) }
            if points.isEmpty { return (.null, []) }
            // A choice left empty counts as zero: the share is over every choice.
            for choice in question.choices where points[choice.id] == nil { points[choice.id] = .number(0) }
            return (.record(points), [])
        default:
            return parsed(form[name] ?? "")
        }
    }

    /// The item numbers the form carries for a list or scores question: those its page showed
    /// (`n:<path>`), bounded by the question's maximum and by the fields actually sent.
    private func itemIndices(_ question: Question, key: String) -> (count: Int, indices: [String]) {
        let shown = form[FieldNames.items(key)].flatMap { Int($0) } ?? 0
        let bound = min(max(0, shown), question.validation.maximumItems ?? 10_000, FormData.maximumFields)
        let prefix = FieldNames.answer(key) + ":"
        var present = Set<Int>()
        for name in form.names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if let index = rest.split(separator: ":").first.flatMap({ Int($0) }), (0..<bound).contains(index) {
                present.insert(index)
            }
        }
        return (shown, present.sorted().map(String.init) + ["new"])
    }

    private func listValue(_ question: Question, key: String) -> (Value, [String]) {
        let (count, indices) = itemIndices(question, key: key)
        var items: [Value] = []
        var problems: [String] = []
        for index in indices {
            if form[FieldNames.answer(key, index, "delete")] == "1" { continue }
            var fields: [String: Value] = [:]
            for field in question.fields {
                let (value, found) = simpleValue(field, name: FieldNames.answer(key, index, field.id))
                problems += found.map { say(.labelled(text(field.label), $0)) }
                if value != .null { fields[field.id] = value }
            }
            if !fields.isEmpty { items.append(.record(fields)) }
        }
        return (items.isEmpty && count == 0 ? .null : .list(items), problems)
    }

    private func scoresValue(_ question: Question, key: String) -> (Value, [String]) {
        let (count, indices) = itemIndices(question, key: key)
        var rows: [Value] = []
        var problems: [String] = []
        for index in indices {
            if form[FieldNames.answer(key, index, "delete")] == "1" { continue }
            let candidate = form[FieldNames.answer(key, index, "candidate")]?.trimmingWhitespace ?? ""
            guard !candidate.isEmpty else { continue }
            var row: [String: Value] = ["candidate": .text(candidate)]
            if let lot = form[FieldNames.answer(key, index, "lot")]?.trimmingWhitespace, !lot.isEmpty {
                if kit.lots.contains(where: { $0.id == lot }) {
                    row["lot"] = .text(lot)
                } else {
                    problems.append(say(.labelled(candidate, say(.notALot(lot)))))
                }
            }
            if let price = form[FieldNames.answer(key, index, "price")]?.trimmingWhitespace, !price.isEmpty {
                if let number = input.number(price), number > 0 {
                    row["price"] = .number(number)
                } else {
                    problems.append(say(.labelled(candidate, say(.positivePrice))))
                }
            }
            var scores: [String: Value] = [:]
            for criterion in criteria where !criterion.eliminatory {
                let text = form[FieldNames.answer(key, index, "score", criterion.id)]?.trimmingWhitespace ?? ""
                guard !text.isEmpty else { continue }
                if let number = input.number(text) {
                    scores[criterion.id] = .number(number)
                } else {
                    problems.append(say(.labelled("\(candidate), \(criterion.title)", say(.numberExpected(text)))))
                }
            }
            if !scores.isEmpty { row["scores"] = .record(scores) }
            let fails = form.all(FieldNames.answer(key, index, "fails")).filter { id in
                criteria.contains { $0.eliminatory && $0.id == id }
            }
            var unmet: [String] = []
            let typed = form[FieldNames.answer(key, index, "unmet")] ?? ""
            for part in typed.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
                guard let id = requirements.first(where: { $0.uppercased() == part.uppercased() }) else {
                    problems.append(say(.labelled(candidate, say(.notARequirement(String(part))))))
                    continue
                }
                if !unmet.contains(id) { unmet.append(id) }
            }
            let failed = fails + unmet
            if !failed.isEmpty { row["fails"] = .list(failed.map(Value.text)) }
            if !failed.isEmpty, form[FieldNames.answer(key, index, "regularisation")] == "1" {
                row["regularisation"] = .boolean(true)
            }
            if let notes = form[FieldNames.answer(key, index, "notes")], !notes.trimmingWhitespace.isEmpty {
                row["notes"] = .text(notes)
            }
            rows.append(.record(row))
        }
        return (rows.isEmpty && count == 0 ? .null : .list(rows), problems)
    }

    private func say(_ wording: WorkshopWording) -> String { wording.text(in: language) }
    private func text(_ localized: LocalizedText) -> String { localized.resolve(language, fallbacks: kit.fallbacks) }
}
