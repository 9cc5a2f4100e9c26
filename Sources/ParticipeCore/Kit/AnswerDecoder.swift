/// Reads one answer from YAML, interpreting the scalar by what the question expects.
enum AnswerDecoder {
    /// The answer, `.null` when the node is empty, nil after reporting a problem to `decoder`.
    /// - Parameters:
    ///   - criteria: for `scores`, the ids of its criteria catalogue's items.
    ///   - requirements: for `scores`, the ids of its requirements catalogue's items, which `fails` may name too.
    static func value(
        of node: YAMLNode, for question: Question, criteria: [String] = [], requirements: [String] = [],
        decoder: inout NodeDecoder, path: String = "", locations: inout [String: SourceLocation]
    ) -> Value? {
        if node.isNull { return .null }
        let name = path.isEmpty ? question.id : path
        switch question.type {
        case .text, .paragraph:
            guard let text = node.scalar else {
                return mismatch(node, name, .text, &decoder)
            }
            return .text(text)
        case .integer, .scale:
            guard let text = node.scalar, let number = parseNumber(withoutUnit(text, of: question)),
                number == number.rounded()
            else {
                return mismatch(node, name, .wholeNumber, &decoder)
            }
            return .number(number)
        case .number:
            guard let text = node.scalar, let number = parseNumber(withoutUnit(text, of: question)) else {
                return mismatch(node, name, .number, &decoder)
            }
            return .number(number)
        case .boolean:
            guard let text = node.scalar, let flag = parseBoolean(text) else {
                return mismatch(node, name, .boolean, &decoder)
            }
            return .boolean(flag)
        case .date:
            guard let text = node.scalar, let date = CalendarDate(reading: text) else {
                if let text = node.scalar, CalendarDate.hasDateShape(text) {
                    decoder.error(.dateNotInCalendar(answer: name, date: text), at: node.location)
                    return nil
                }
                return mismatch(node, name, .date, &decoder)
            }
            return .date(date)
        case .time:
            guard let text = node.scalar, let minutes = parseTime(text) else {
                return mismatch(node, name, .time, &decoder)
            }
            return .number(Double(minutes))
        case .single:
            guard let text = node.scalar else {
                return mismatch(node, name, .choice, &decoder)
            }
            return choice(text, at: node, of: question, name: name, decoder: &decoder).map { .text($0) }
        case .multiple, .ranking:
            guard let items = node.sequence else {
                return mismatch(node, name, .choices(examples: Array(question.choiceIDs.prefix(2))), &decoder)
            }
            var chosen: [Value] = []
            for item in items {
                guard let text = item.scalar else {
                    decoder.error(.mustListChoices(answer: name, found: .init(item)), at: item.location)
                    continue
                }
                guard let id = choice(text, at: item, of: question, name: name, decoder: &decoder) else { continue }
                if chosen.contains(.text(id)) {
                    decoder.error(.choiceListedTwice(id, answer: name), at: item.location)
                }
                chosen.append(.text(id))
            }
            return .list(chosen)
        case .points:
            guard let pairs = node.mapping else {
                return mismatch(node, name, .points, &decoder)
            }
            var points: [String: Value] = [:]
            for pair in pairs {
                guard let id = choice(pair.key.scalar ?? "", at: pair.key, of: question, name: name, decoder: &decoder)
                else { continue }
                if points[id] != nil {
                    decoder.error(.choiceGivenTwice(id, answer: name), at: pair.key.location)
                }
                if pair.value.isNull { continue }
                guard let text = pair.value.scalar, let number = parseNumber(text) else {
                    decoder.error(
                        .pointsMustBeNumber(choice: id, tooLarge: isTooLarge(pair.value.scalar)),
                        at: pair.value.location)
                    continue
                }
                points[id] = .number(number)
                locations["\(path).\(id)"] = pair.value.location
            }
            return .record(points)
        case .list:
            return listItems(node, question: question, name: name, decoder: &decoder, path: path, locations: &locations)
        case .scores:
            return ScoresDecoder.rows(
                node, criteria: criteria, requirements: requirements, name: name, decoder: &decoder, path: path,
                locations: &locations)
        }
    }

    private static func listItems(
        _ node: YAMLNode, question: Question, name: String, decoder: inout NodeDecoder, path: String,
        locations: inout [String: SourceLocation]
    ) -> Value? {
        guard let items = node.sequence else {
            return mismatch(node, name, .items(fields: question.fields.map(\.id)), &decoder)
        }
        let keys = NodeDecoder.Keys(optional: question.fields.map(\.id))
        var values: [Value] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            locations[itemPath] = item.location
            guard
                let fields = decoder.fields(of: item, keys, what: decoder.say(.itemOf(answer: name)))
            else { continue }
            var record: [String: Value] = [:]
            for field in question.fields {
                guard let fieldNode = fields[field.id] else { continue }
                let fieldPath = "\(itemPath).\(field.id)"
                locations[fieldPath] = fieldNode.location
                if let value = self.value(
                    of: fieldNode, for: field, decoder: &decoder, path: fieldPath, locations: &locations),
                    value != .null
                {
                    record[field.id] = value
                }
            }
            values.append(.record(record))
        }
        return .list(values)
    }

    static func choice(
        _ text: String, at node: YAMLNode, of question: Question, name: String, decoder: inout NodeDecoder
    ) -> String? {
        if question.choice(text) != nil { return text }
        let ids = question.choiceIDs
        let suggestion = Suggestion.closest(to: text, among: ids)
        decoder.error(.unknownChoice(text, answer: name, suggestion: suggestion, choices: ids), at: node.location)
        return nil
    }

    /// Reports that the answer `name` (its path) is not what its question expects.
    static func mismatch(
        _ node: YAMLNode, _ name: String, _ expected: DecodingMessage.Expected, _ decoder: inout NodeDecoder
    ) -> Value? {
        let found: DecodingMessage.Found = node.scalar.map { .text(String($0.prefix(60))) } ?? .kind(.init(node))
        decoder.error(
            .expects(answer: name, expected: expected, found: found, tooLarge: isTooLarge(node.scalar)),
            at: node.location)
        return nil
    }

    /// The largest magnitude an answer may have: 10^15, a million billion. Past 2^53 a number no longer
    /// holds every whole number, and no budget, population or score comes near it.
    static let largestNumber = 1e15

    /// Numbers as people type them: `15000`, `15 000`, `1.82`, `1,82`; nil past `largestNumber`.
    static func parseNumber(_ text: String) -> Double? {
        guard let number = parseAnyNumber(text), abs(number) <= largestNumber else { return nil }
        return number
    }

    /// `text` without a trailing unit when it is the question's, in any of its languages: `100 %` → `100`,
    /// `3 ETP` → `3`, `12 500 €` → `12 500`; `text` unchanged otherwise.
    static func withoutUnit(_ text: String, of question: Question) -> String {
        let text = text.trimmingWhitespace
        guard let unit = question.unit else { return text }
        for name in Set(unit.texts.values) {
            let name = name.trimmingWhitespace
            guard !name.isEmpty, text.count > name.count, text.lowercased().hasSuffix(name.lowercased()) else {
                continue
            }
            let number = String(text.dropLast(name.count))
            // `3 ETP`, `100%`; not `13ETP` cut inside a word: a letter unit follows a space.
            if let last = number.last, last.isWhitespace || !(name.first?.isLetter ?? false) {
                return number.trimmingWhitespace
            }
        }
        return text
    }

    /// What to add to "expects a number" when `text` is a number, but too large: `""` otherwise.
    static func tooLargeNote(_ text: String?, language: Language) -> String {
        DecodingMessage.note(isTooLarge(text), language)
    }

    /// Whether `text` is a number, but too large.
    static func isTooLarge(_ text: String?) -> Bool {
        guard let text else { return false }
        return parseAnyNumber(text, allowingInfinity: true).map { abs($0) > largestNumber } == true
    }

    private static func parseAnyNumber(_ text: String, allowingInfinity: Bool = false) -> Double? {
        var cleaned = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "_" }
        if !cleaned.contains("."), cleaned.filter({ $0 == "," }).count == 1 {
            cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let number = Double(cleaned), number.isFinite || allowingInfinity, !number.isNaN
        else { return nil }
        return number
    }

    /// `19:30`, `19h30`, `19 h 30`, `9h`, `19` → minutes since midnight; nil for anything else.
    static func parseTime(_ text: String) -> Int? {
        let cleaned = text.lowercased().filter { !$0.isWhitespace }
        var hoursText = Substring(cleaned)
        var minutesText: Substring = ""
        if let separator = cleaned.firstIndex(where: { $0 == ":" || $0 == "h" }) {
            hoursText = cleaned[..<separator]
            minutesText = cleaned[cleaned.index(after: separator)...]
            // `19:` is unfinished; `19h` is how French writes 19:00.
            guard minutesText.count == 2 || (minutesText.isEmpty && cleaned[separator] == "h") else { return nil }
        }
        let isNumber = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard (1...2).contains(hoursText.count), isNumber(hoursText), isNumber(minutesText),
            let hours = Int(hoursText), (0...23).contains(hours)
        else { return nil }
        let minutes = Int(minutesText) ?? 0
        guard (0...59).contains(minutes) else { return nil }
        return hours * 60 + minutes
    }

    static func parseBoolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "oui", "vrai": true
        case "false", "no", "non", "faux": false
        default: nil
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
