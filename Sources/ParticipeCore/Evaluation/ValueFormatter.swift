/// Writes values for people, in French or English.
public struct ValueFormatter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func say(_ wording: DocumentWording) -> String { wording.text(in: language) }

    /// `15 000`, `1,82` in French; `15,000`, `1.82` in English; at most `decimals` decimals.
    /// From 10^15 on (past what an answer may hold), `1,5 × 10^18` (`1.5 × 10^18`).
    public func number(_ number: Double, decimals: Int = 2) -> String {
        guard number.isFinite else { return "" }
        guard abs(number) < AnswerDecoder.largestNumber else { return scientific(number) }
        // Fewer decimals for large numbers: a Double holds about 15 significant digits.
        var decimals = min(max(0, decimals), 6)
        while decimals > 0, abs(number) * pow10(decimals) >= Self.exactLimit { decimals -= 1 }
        let scale = pow10(decimals)
        let rounded = (number * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int64(magnitude.rounded(.down))
        var fraction = Int64(((magnitude - Double(whole)) * scale).rounded())
        var wholePart = whole
        if fraction >= Int64(scale) {
            wholePart += 1
            fraction = 0
        }
        let digits = String(wholePart)
        let separator = say(.thousandsSeparator)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        var text = (negative ? "-" : "") + grouped
        if fraction > 0 {
            var decimalsText = String(fraction)
            decimalsText = String(repeating: "0", count: max(0, decimals - decimalsText.count)) + decimalsText
            while decimalsText.hasSuffix("0") { decimalsText.removeLast() }
            text += say(.decimalSeparator) + decimalsText
        }
        return text
    }

    /// 2^53: below it, every whole number is exact, and it converts to `Int64` without trapping.
    private static let exactLimit = 9_007_199_254_740_992.0

    /// `1,5 × 10^18`: the mantissa rounded to two decimals.
    private func scientific(_ number: Double) -> String {
        var exponent = 0
        var mantissa = abs(number)
        while mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        if (mantissa * 100).rounded() >= 1000 {
            mantissa /= 10
            exponent += 1
        }
        return say(
            .scientific(mantissa: (number < 0 ? "-" : "") + self.number(mantissa, decimals: 2), exponent: exponent))
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<max(0, exponent)).reduce(1.0) { value, _ in value * 10 }
    }

    /// `27 novembre 2026`, `27 November 2026`.
    public func date(_ date: CalendarDate) -> String {
        let (year, month, day) = date.components
        return say(.date(day: day, month: month, year: year))
    }

    /// `19 h 30` in French, `19:30` in English.
    public func time(_ minutes: Double) -> String {
        let total = Self.minuteOfDay(minutes)
        return say(.time(hours: total / 60, minutes: total % 60))
    }

    /// `HH:MM` for minutes since midnight, wrapping past midnight.
    public static func clock(_ minutes: Double) -> String {
        let total = minuteOfDay(minutes)
        let hours = total / 60
        let rest = total % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// Minutes since midnight, wrapped into 0..<1440 and rounded to the minute.
    private static func minuteOfDay(_ minutes: Double) -> Int {
        let wrapped = minutes.isFinite ? minutes.truncatingRemainder(dividingBy: 1440) : 0
        return ((Int(wrapped.rounded()) % 1440) + 1440) % 1440
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

    /// An answer to `question`: choice ids become labels, the unit follows numbers, lists are counted.
    public func answer(_ value: Value, for question: Question, fallbacks: [Language] = []) -> String {
        switch (question.type, value) {
        case (_, .null): return ""
        case (.single, .text(let id)):
            return question.choice(id)?.label.resolve(language, fallbacks: fallbacks) ?? id
        case (.multiple, .list(let ids)), (.ranking, .list(let ids)):
            return ids.compactMap { $0.text }.map {
                question.choice($0)?.label.resolve(language, fallbacks: fallbacks) ?? $0
            }
            .joined(separator: ", ")
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
