import Foundation
import ParticipeCore
import PropertyBased

/// Arbitrary answers for any kit: every value an answers file can hold, biased towards the numbers, texts,
/// dates and list sizes that break arithmetic, formatting and escaping.
enum ArbitraryAnswers {
    typealias RNG = any SeededRandomNumberGenerator

    /// Numbers at the edges: signed zeros, subnormals, 2^53, 2^63 and its neighbours, 1e19, 1e300, the largest.
    static let edgeNumbers: [Double] = [
        0, -0.0, 1, -1, 0.5, -0.5, 0.005, 0.015, 1e-7, 59.5, 1439.5, 1440, 86_400, 1e15, 999_999_999_999_999.9,
        9_007_199_254_740_992, 9_007_199_254_740_994, 9_223_372_036_854_774_784, 9_223_372_036_854_775_808,
        -9_223_372_036_854_775_808, 9_223_372_036_854_777_856, 18_446_744_073_709_551_616, 1e19, -1e19, 1e300,
        -1e300, 1.7e308, -1.7e308, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 2.225_073_858_507_200_9e-308, 4.9e-324,
    ]

    /// The largest magnitude an answers file accepts (`docs/limits.md`); larger numbers are refused when read.
    static let fileLimit = 1e15

    /// What numbers a generated sheet holds.
    enum Numbers {
        /// Any finite number, as a program may put in a sheet and as computed values may reach.
        case any
        /// Those an answers file accepts: at most `fileLimit` in magnitude.
        case readable
    }

    /// A finite number: an edge, a small integer, an ordinary amount or a random bit pattern.
    static func number(_ numbers: Numbers, using rng: inout RNG) -> Double {
        let number: Double
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<4: number = edgeNumbers.randomElement(using: &rng) ?? 0
        case 4..<6: number = Double(Int.random(in: -1_000...1_000, using: &rng))
        case 6..<8: number = Double.random(in: -1e6...1e6, using: &rng)
        default:
            var bits = Double(bitPattern: rng.next())
            while !bits.isFinite { bits = Double(bitPattern: rng.next()) }
            number = bits
        }
        guard numbers == .readable, abs(number) > fileLimit else { return number }
        return [fileLimit, -fileLimit, 999_999_999_999_999.9, number.truncatingRemainder(dividingBy: fileLimit)]
            .randomElement(using: &rng) ?? 0
    }

    /// A whole number, as `integer` and `scale` questions hold (every finite Double past 2^52 is one).
    static func wholeNumber(_ numbers: Numbers, using rng: inout RNG) -> Double {
        number(numbers, using: &rng).rounded()
    }

    static let firstDay = CalendarDate(year: 1, month: 1, day: 1) ?? CalendarDate(dayNumber: 0)
    static let lastDay = CalendarDate(year: 9999, month: 12, day: 31) ?? CalendarDate(dayNumber: 0)

    /// A date an answers file can hold: 0001-01-01 to 9999-12-31, often at the ends.
    static func date(using rng: inout RNG) -> CalendarDate {
        let edges = [
            firstDay, firstDay.adding(days: 1), lastDay, lastDay.adding(days: -1), CalendarDate(dayNumber: 0),
            CalendarDate(year: 2000, month: 2, day: 29), CalendarDate(year: 1900, month: 2, day: 28),
        ].compactMap { $0 }
        if Bool.random(using: &rng), let edge = edges.randomElement(using: &rng) { return edge }
        return CalendarDate(dayNumber: Int.random(in: firstDay.dayNumber...lastDay.dayNumber, using: &rng))
    }

    /// Pieces of hostile text: controls, noncharacters, lone combining marks, right-to-left, emoji, markup,
    /// Markdown, spreadsheet formula starters.
    static let textPieces: [String] = [
        "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\r\n", "\u{1B}[2J", "\u{1F}",
        "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{200B}", "\u{200F}", "\u{202E}", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{1FFFE}", "\u{10FFFF}", "\u{301}", "\u{20DD}",
        "e\u{301}", "مرحبا", "שלום", "👩‍👩‍👧‍👦", "🇫🇷", "👍🏽", "<", ">", "&", "&amp;", "&#0;", "]]>", "<![CDATA[",
        "\"", "'", "<script>alert(1)</script>", "<!--", "-->", "{{x}}", "{{{x}}}", "*", "**", "_", "`", "```",
        "# ", "- ", "1. ", "> ", "|", "---", "\\", "[a](javascript:alert(1))", "<https://a.fr>", "![i](x)",
        "<!-- pagebreak -->", "    ", " ", "=", "+", "-", "@", ",", ";", "=1+2", "=HYPERLINK(\"x\")", "a", "mot",
        "é", "Œuvre", "ß", "15 000", "1,5", "%", "€",
    ]

    /// Arbitrary Unicode text, sometimes empty, sometimes one very long line.
    static func text(using rng: inout RNG) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: text += textPieces.randomElement(using: &rng) ?? ""
            case 6..<8: text.unicodeScalars.append(scalar(using: &rng))
            case 8: text.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0...0x1F, using: &rng)))
            default: text += String(Int.random(in: -99_999...99_999, using: &rng))
            }
        }
        if Int.random(in: 0..<25, using: &rng) == 0 {
            text += String(repeating: textPieces.randomElement(using: &rng) ?? "x", count: 5_000)
        }
        return text
    }

    /// Any scalar of the whole range (surrogates excepted, Swift strings cannot hold them).
    static func scalar(using rng: inout RNG) -> Unicode.Scalar {
        while true {
            let bound: UInt32 = Bool.random(using: &rng) ? 0xFFFF : 0x10_FFFF
            if let scalar = Unicode.Scalar(UInt32.random(in: 0...bound, using: &rng)) { return scalar }
        }
    }

    /// How many items a list or a scores question holds: often none or a few, sometimes many.
    static func itemCount(large: Int, using rng: inout RNG) -> Int {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: 0
        case 1: large
        default: Int.random(in: 1...4, using: &rng)
        }
    }

    /// Some of `ids`, in random order, each once.
    static func subset(_ ids: [String], using rng: inout RNG) -> [String] {
        Array(ids.shuffled(using: &rng).prefix(Int.random(in: 0...ids.count, using: &rng)))
    }

    /// An answer of the type `question` asks for, as decoding an answers file would give it; null one time in eight.
    static func value(for question: Question, kit: Kit, numbers: Numbers, using rng: inout RNG) -> Value {
        if Int.random(in: 0..<8, using: &rng) == 0 { return .null }
        switch question.type {
        case .text, .paragraph: return .text(text(using: &rng))
        case .integer, .scale: return .number(wholeNumber(numbers, using: &rng))
        case .number: return .number(number(numbers, using: &rng))
        case .boolean: return .boolean(Bool.random(using: &rng))
        case .date: return .date(date(using: &rng))
        case .time: return .number(Double(Int.random(in: 0..<1_440, using: &rng)))
        case .single: return question.choiceIDs.randomElement(using: &rng).map { .text($0) } ?? .null
        case .multiple, .ranking: return .list(subset(question.choiceIDs, using: &rng).map { .text($0) })
        case .points:
            let ids = subset(question.choiceIDs, using: &rng)
            return .record(Dictionary(uniqueKeysWithValues: ids.map { ($0, .number(number(numbers, using: &rng))) }))
        case .list:
            return .list(
                (0..<itemCount(large: 300, using: &rng)).map { _ in
                    var fields: [String: Value] = [:]
                    for field in question.fields where Int.random(in: 0..<5, using: &rng) > 0 {
                        let value = value(for: field, kit: kit, numbers: numbers, using: &rng)
                        if value != .null { fields[field.id] = value }
                    }
                    return .record(fields)
                })
        case .scores:
            let criteria = question.criteriaCatalogue.flatMap(kit.catalogue)?.items.map(\.id) ?? []
            return .list(
                (0..<itemCount(large: 40, using: &rng)).map { _ in
                    scoresRow(criteria: criteria, price: question.asksPrice, numbers: numbers, using: &rng)
                })
        }
    }

    /// A candidate: its name always (an answers file requires it), the rest sometimes.
    private static func scoresRow(criteria: [String], price: Bool, numbers: Numbers, using rng: inout RNG) -> Value {
        var row: [String: Value] = ["candidate": .text(text(using: &rng))]
        if price, Int.random(in: 0..<5, using: &rng) > 0 { row["price"] = .number(number(numbers, using: &rng)) }
        if Int.random(in: 0..<10, using: &rng) > 0 {
            let scored = subset(criteria, using: &rng)
            row["scores"] = .record(
                Dictionary(uniqueKeysWithValues: scored.map { ($0, .number(number(numbers, using: &rng))) }))
        }
        if Int.random(in: 0..<4, using: &rng) == 0 {
            row["fails"] = .list(subset(criteria, using: &rng).map { .text($0) })
        }
        if Int.random(in: 0..<4, using: &rng) == 0 { row["notes"] = .text(text(using: &rng)) }
        return .record(row)
    }

    /// A whole answer sheet for `kit`.
    static func sheet(for kit: Kit, numbers: Numbers, using rng: inout RNG) -> AnswerSheet {
        var sheet = AnswerSheet(for: kit, language: kit.languages.randomElement(using: &rng))
        for (path, question) in kit.allQuestions {
            sheet[path] = value(for: question, kit: kit, numbers: numbers, using: &rng)
        }
        return sheet
    }

    static func sheets(for kit: Kit, numbers: Numbers) -> Generator<AnswerSheet, Shrink.None<AnswerSheet>> {
        Generator(run: { rng in sheet(for: kit, numbers: numbers, using: &rng) })
    }

    /// A date `today` may be: usually the tests' day, sometimes an end of the calendar.
    static func today(using rng: inout RNG) -> CalendarDate {
        Bool.random(using: &rng) ? CalendarDate(year: 2026, month: 11, day: 27) ?? firstDay : date(using: &rng)
    }
}
