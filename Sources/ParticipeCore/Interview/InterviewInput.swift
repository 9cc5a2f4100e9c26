/// Reads a line typed during an interview as the answer to one question, in French or English.
///
/// Numbers take French or English separators, booleans `oui/non/yes/no/o/n/y`, dates `YYYY-MM-DD`,
/// `1er mars 2026` or `1 March 2026` (and `JJ/MM/AAAA` in French), choices their number or id. A line that cannot be read gives a
/// message saying what was expected, in the interview's language.
public struct InterviewInput: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    func say(_ message: InterviewMessage) -> String { message.text(in: language) }

    /// The value `line` stands for, or the message to show before asking again.
    ///
    /// `list` and `scores` answers are built part by part with `AnswerDialogue`; `points` may also be
    /// typed on one line, one number per choice in order (`70 30`).
    public func parse(_ line: String, for question: Question) -> Result<Value, InterviewInputError> {
        let text = line.trimmingWhitespace
        guard !text.isEmpty else { return failure(.answerExpected) }
        switch question.type {
        case .text, .paragraph:
            return .success(.text(question.type == .text ? text : line))
        case .integer, .scale:
            let text = AnswerDecoder.withoutUnit(text, of: question)
            guard let number = number(text), number == number.rounded() else {
                return failure(.wholeNumberExpected, note: tooLargeNote(text))
            }
            return .success(.number(number))
        case .number:
            let text = AnswerDecoder.withoutUnit(text, of: question)
            guard let number = number(text) else {
                return failure(.numberExpected, note: tooLargeNote(text))
            }
            return .success(.number(number))
        case .boolean:
            guard let flag = boolean(text) else { return failure(.yesOrNo) }
            return .success(.boolean(flag))
        case .date:
            guard let date = date(text) else {
                if CalendarDate.hasDateShape(text, slashes: language == .french) {
                    return failure(.dateDoesNotExist(text))
                }
                return failure(.dateExpected)
            }
            return .success(.date(date))
        case .time:
            guard let minutes = AnswerDecoder.parseTime(text.trimmingWhitespace) else {
                return failure(.timeExpected)
            }
            return .success(.number(Double(minutes)))
        case .single:
            return choice(text, of: question).map { .text($0) }
        case .multiple, .ranking:
            return choices(text, of: question).map { ids in .list(ids.map(Value.text)) }
        case .points:
            return points(text, of: question)
        case .list, .scores:
            return failure(.filledItemByItem)
        }
    }

    /// Numbers as people type them: `12 500`, `12500`, `1,5`, `1.5`; in English `12,500` too.
    public func number(_ text: String) -> Double? {
        AnswerDecoder.parseNumber(typedNumber(text))
    }

    /// Says so when `text` is a number beyond what answers may hold.
    func tooLargeNote(_ text: String) -> String {
        AnswerDecoder.tooLargeNote(typedNumber(text), language: language)
    }

    /// A number as typed, trimmed, with English thousands commas taken out.
    private func typedNumber(_ text: String) -> String {
        let text = text.trimmingWhitespace
        return language == .english && Self.isGroupedWithCommas(text) ? text.filter { $0 != "," } : text
    }

    /// `1,500` or `12,500.5`: digits grouped by three with commas.
    private static func isGroupedWithCommas(_ text: String) -> Bool {
        let whole = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
        let unsigned = whole.hasPrefix("-") ? String(whole.dropFirst()) : whole
        let groups = unsigned.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    public func boolean(_ text: String) -> Bool? {
        switch text.trimmingWhitespace.lowercased() {
        case "o", "y": true
        case "n": false
        case let other: AnswerDecoder.parseBoolean(other)
        }
    }

    /// `2026-03-01`, the long forms defaults are shown in (`1er mars 2026`, `1 March 2026`), and in French
    /// `01/03/2026` (day first): `CalendarDate(reading:)`, as in the answers file.
    public func date(_ text: String) -> CalendarDate? {
        CalendarDate(reading: text, slashes: language == .french)
    }

    /// A choice by its number (1 for the first) or its id.
    public func choice(_ text: String, of question: Question) -> Result<String, InterviewInputError> {
        let text = text.trimmingWhitespace
        if let number = Int(text) {
            guard number >= 1, number <= question.choices.count else {
                return failure(.choiceNumberOutOfRange(count: question.choices.count))
            }
            return .success(question.choices[number - 1].id)
        }
        if let choice = question.choices.first(where: { $0.id == text || $0.id.lowercased() == text.lowercased() }) {
            return .success(choice.id)
        }
        return failure(.unknownChoice(text, count: question.choices.count))
    }

    /// Several choices separated by commas, semicolons or spaces, each at most once: `1,3`, `1 3`.
    public func choices(_ text: String, of question: Question) -> Result<[String], InterviewInputError> {
        var ids: [String] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
            switch choice(String(part), of: question) {
            case .failure(let error): return .failure(error)
            case .success(let id):
                if ids.contains(id) {
                    return failure(.givenTwice(String(part)))
                }
                ids.append(id)
            }
        }
        return .success(ids)
    }

    /// One number per choice, in the order of the choices.
    private func points(_ text: String, of question: Question) -> Result<Value, InterviewInputError> {
        let parts = text.split(whereSeparator: { $0 == ";" || $0.isWhitespace })
        guard parts.count == question.choices.count else {
            return failure(.numbersPerChoice(count: question.choices.count))
        }
        var points: [String: Value] = [:]
        for (choice, part) in zip(question.choices, parts) {
            guard let number = number(String(part)) else {
                return failure(.notANumber(String(part)))
            }
            points[choice.id] = .number(number)
        }
        return .success(.record(points))
    }

    private func failure<T>(_ message: InterviewMessage, note: String = "") -> Result<T, InterviewInputError> {
        .failure(InterviewInputError(message, in: language, note: note))
    }
}
