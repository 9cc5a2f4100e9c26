/// Writes values for people, in French or English.
public struct ValueFormatter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func say(_ wording: DocumentWording) -> String { wording.text(in: language) }

    /// `15 000`, `1,82` in French; `15,000`, `1.82` in English; at most `decimals` decimals: `NumberFormat.localized`.
    public func number(_ number: Double, decimals: Int = 2) -> String {
        NumberFormat.localized(number, in: language, decimals: decimals)
    }

    /// `27 novembre 2026`, `27 November 2026`.
    public func date(_ date: CalendarDate) -> String {
        let (year, month, day) = date.components
        return say(.date(day: day, month: month, year: year))
    }

    /// Where an answer comes from, on one line: `source : estimation du service financier ; Sophie Le Bihan,
    /// 12 novembre 2026 ; à confirmer`; empty when nothing is recorded.
    public func provenance(_ provenance: AnswerProvenance) -> String {
        var parts: [String] = []
        if let source = provenance.source { parts.append(say(.provenanceSource(source))) }
        if provenance.by != nil || provenance.date != nil {
            parts.append(say(.provenanceGiven(by: provenance.by, on: provenance.date.map(date))))
        }
        if provenance.toConfirm { parts.append(say(.toConfirm)) }
        return parts.joined(separator: say(.provenanceSeparator))
    }

    /// The days between two dates, either of which may be missing: `du 1er avril 2026 au 31 décembre 2027`.
    public func period(from: CalendarDate?, until: CalendarDate?) -> String {
        say(.period(from: from.map(date), until: until.map(date)))
    }

    /// `19 h 30` in French, `19:30` in English.
    public func time(_ minutes: Double) -> String {
        let total = NumberFormat.minuteOfDay(minutes)
        return say(.time(hours: total / 60, minutes: total % 60))
    }

    /// `12 %` in French, `12%` in English; otherwise a non-breaking space between the number and its unit.
    public func withUnit(_ number: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty, !number.isEmpty else { return number }
        return say(.withUnit(number: number, unit: unit))
    }

    public func boolean(_ flag: Bool) -> String {
        say(flag ? .yes : .no)
    }

    /// A value without knowing its question: numbers, dates and booleans localised, lists joined.
    public func plain(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .boolean(let flag): boolean(flag)
        case .number(let value): number(value)
        case .text(let text): text
        case .date(let value): date(value)
        case .list(let items): items.map(plain).joined(separator: ", ")
        case .record(let fields):
            fields.keys.sorted().map { "\($0): \(plain(fields[$0] ?? .null))" }.joined(separator: ", ")
        }
    }

    /// An answer to `question` where a reader looks for what it says: as `answer(_:for:)`, but a list shown by its
    /// items (each by its first field: a name, a place) and offers by their candidates, rather than counted.
    public func items(_ value: Value, for question: Question, fallbacks: [Language] = []) -> String {
        switch (question.type, value) {
        case (.list, .list(let items)):
            guard let first = question.fields.first else { return answer(value, for: question, fallbacks: fallbacks) }
            let shown = items.compactMap { item -> String? in
                guard let field = item.record?[first.id], field.isAnswered else { return nil }
                return answer(field, for: first, fallbacks: fallbacks)
            }
            return shown.count == items.count ? shown.joined(separator: ", ") : String(items.count)
        case (.scores, .list(let rows)):
            let candidates = rows.compactMap { $0.record?["candidate"]?.text }
            return candidates.count == rows.count ? candidates.joined(separator: ", ") : String(rows.count)
        default:
            return answer(value, for: question, fallbacks: fallbacks)
        }
    }

    /// An answer to `question`: choice ids become labels, the unit follows numbers, lists are counted.
    /// - Parameter inSentence: whether the answer goes inside a sentence, where choices take their `in_sentence`
    ///   form.
    public func answer(
        _ value: Value, for question: Question, fallbacks: [Language] = [], inSentence: Bool = false
    ) -> String {
        func label(_ id: String) -> String {
            guard let choice = question.choice(id) else { return id }
            return ((inSentence ? choice.inSentence : nil) ?? choice.label).resolve(language, fallbacks: fallbacks)
        }
        switch (question.type, value) {
        case (_, .null): return ""
        case (.single, .text(let id)):
            return label(id)
        case (.multiple, .list(let ids)), (.ranking, .list(let ids)):
            return ids.compactMap { $0.text }.map(label).joined(separator: ", ")
        case (.points, .record(let points)):
            return question.choices.compactMap { choice in
                points[choice.id].map {
                    say(.labelled(label: choice.label.resolve(language, fallbacks: fallbacks), value: plain($0)))
                }
            }.joined(separator: ", ")
        case (.list, .list(let items)), (.scores, .list(let items)):
            return String(items.count)
        case (.time, .number(let minutes)):
            return time(minutes)
        case (_, .number(let value)):
            let unit = question.unit?.resolve(language, fallbacks: fallbacks)
            return withUnit(number(value), unit)
        default:
            return plain(value)
        }
    }
}
