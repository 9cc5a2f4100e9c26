/// Functions on single numbers, texts and dates. A null argument gives null unless said otherwise.
extension FunctionLibrary {
    static let scalarFunctions: [ExpressionFunction] = [
        round, numeric("floor") { $0.rounded(.down) }, numeric("ceil") { $0.rounded(.up) }, numeric("abs") { abs($0) },
        length, textual("lower") { $0.lowercased() }, textual("upper") { $0.uppercased() },
        date, today, daysBetween, clock, text,
    ]

    /// `round(x)` to a whole number, `round(x, digits)` to that many decimals; halves go away from zero.
    private static let round = ExpressionFunction(
        name: "round", argumentCounts: 1...2,
        typeCheck: { types in
            for (index, type) in types.enumerated() where !type.isCompatible(with: .number) {
                return TypeRules.mismatch("round", index, needs: .numbers, got: type)
            }
            return .success(.number)
        },
        implementation: { arguments, _ in
            guard let number = arguments[0].number else { return .null }
            let digits = arguments.count == 2 ? arguments[1].number : 0
            guard let digits, digits.isFinite else { return .null }
            var scale = 1.0
            for _ in 0..<Int(min(abs(digits), 15)) { scale *= 10 }
            if digits < 0 { scale = 1 / scale }
            // A few units in the last place make 2.345 (stored as 2.34499…) round to 2.35 as written.
            let scaled = number * scale
            let nudged = scaled + (scaled < 0 ? -4 : 4) * scaled.ulp
            return .finite(nudged.rounded(.toNearestOrAwayFromZero) / scale)
        })

    private static func numeric(_ name: String, _ body: @escaping @Sendable (Double) -> Double)
        -> ExpressionFunction
    {
        ExpressionFunction(
            name: name, argumentCounts: 1...1,
            typeCheck: { types in
                types[0].isCompatible(with: .number)
                    ? .success(.number) : TypeRules.mismatch(name, 0, needs: .number, got: types[0])
            },
            implementation: { arguments, _ in arguments[0].number.map { .finite(body($0)) } ?? .null })
    }

    private static func textual(_ name: String, _ body: @escaping @Sendable (String) -> String) -> ExpressionFunction {
        ExpressionFunction(
            name: name, argumentCounts: 1...1, typeCheck: { textOnly($0, name, result: .text) },
            implementation: { arguments, _ in arguments[0].text.map { .text(body($0)) } ?? .null })
    }

    /// `clock(minutes)`: `HH:MM` for minutes since midnight (`time` answers are such minutes), wrapping at 24 h.
    private static let clock = ExpressionFunction(
        name: "clock", argumentCounts: 1...1,
        typeCheck: { types in
            types[0].isCompatible(with: .number)
                ? .success(.text) : TypeRules.mismatch("clock", 0, needs: .minutes, got: types[0])
        },
        implementation: { arguments, _ in arguments[0].number.map { .text(NumberFormat.clock($0)) } ?? .null })

    /// `text(x)`: a value as text, numbers without grouping (`2030`, `1.5`), dates `YYYY-MM-DD`; null stays null.
    private static let text = ExpressionFunction(
        name: "text", argumentCounts: 1...1, typeCheck: { _ in .success(.text) },
        implementation: { arguments, _ in
            switch arguments[0] {
            case .null: .null
            case .number(let number): .text(NumberFormat.plain(number))
            case .boolean(let flag): .text(flag ? "true" : "false")
            case .date(let date): .text(date.description)
            case .text(let text): .text(text)
            case .list(let items): .text(items.compactMap(\.text).joined(separator: ", "))
            case .record: .null
            }
        })

    /// `len(text)` in characters; 0 for null, like `count`.
    private static let length = ExpressionFunction(
        name: "len", argumentCounts: 1...1, typeCheck: { textOnly($0, "len", result: .number) },
        implementation: { arguments, _ in .number(Double(arguments[0].text?.count ?? 0)) })

    private static func textOnly(_ types: [ValueType], _ name: String, result: ValueType) -> TypeRules.Outcome {
        types[0].isCompatible(with: .text)
            ? .success(result) : TypeRules.mismatch(name, 0, needs: .text, got: types[0])
    }

    /// `date('2026-03-01')`; a literal that is not a real date is reported when the kit loads.
    private static let date = ExpressionFunction(
        name: "date", argumentCounts: 1...1,
        typeCheck: { types in
            types[0].isCompatible(with: .text) || types[0].isCompatible(with: .date)
                ? .success(.date) : TypeRules.mismatch("date", 0, needs: .dateText, got: types[0])
        },
        constantCheck: { _, literals in
            guard let text = literals[0]?.text, CalendarDate(iso: text) == nil else { return nil }
            return .init(.invalidDate(text), argument: 0)
        },
        implementation: { arguments, _ in
            if case .date = arguments[0] { return arguments[0] }
            return arguments[0].text.flatMap { CalendarDate(iso: $0) }.map { .date($0) } ?? .null
        })

    private static let today: ExpressionFunction = {
        var function = ExpressionFunction(
            name: "today", argumentCounts: 0...0, typeCheck: { _ in .success(.date) },
            implementation: { _, context in .date(context.today) })
        function.readsContext = true
        return function
    }()

    /// `days_between(a, b)` is `b - a` in days: positive when `b` is later.
    private static let daysBetween = ExpressionFunction(
        name: "days_between", argumentCounts: 2...2,
        typeCheck: { types in
            for (index, type) in types.enumerated() where !type.isCompatible(with: .date) {
                return TypeRules.mismatch("days_between", index, needs: .twoDates, got: type)
            }
            return .success(.number)
        },
        implementation: { arguments, _ in
            guard let start = arguments[0].date, let end = arguments[1].date else { return .null }
            return .number(Double(end.dayNumber - start.dayNumber))
        })
}
