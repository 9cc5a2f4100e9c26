/// Functions on dates by the calendar (months and years, not a count of days), and `format`, which writes a
/// value for people in the language of the evaluation. A null argument gives null.
extension FunctionLibrary {
    static let calendarFunctions: [ExpressionFunction] = [
        shift("add_months", months: 1), shift("add_years", months: 12),
        ofDate("year") { .number(Double($0.components.year)) },
        ofDate("month") { .number(Double($0.components.month)) },
        ofDate("day") { .number(Double($0.components.day)) }, ofDate("weekday") { .number(Double($0.weekday)) },
        ofDate("end_of_month", result: .date) { .date($0.endOfMonth) }, format,
    ]

    /// `add_months(date, n)`, `add_years(date, n)`: the same day n months or years later; the last day of the
    /// month when that day does not exist (31 January plus one month is the end of February).
    private static func shift(_ name: String, months: Int) -> ExpressionFunction {
        ExpressionFunction(
            name: name, argumentCounts: 2...2,
            typeCheck: { types in
                guard types[0].isCompatible(with: .date) else {
                    return TypeRules.mismatch(name, 0, needs: .date, got: types[0])
                }
                guard types[1].isCompatible(with: .number) else {
                    return TypeRules.mismatch(name, 1, needs: .number, got: types[1])
                }
                return .success(.date)
            },
            implementation: { arguments, _ in
                guard let date = arguments[0].date, let count = arguments[1].number, count.isFinite,
                    abs(count) < 120_000, count == count.rounded(.towardZero)
                else { return .null }
                return date.adding(months: Int(count) * months).map(Value.date) ?? .null
            })
    }

    /// A value read from a date: `year`, `month` (1–12), `day` (1–31), `weekday` (1 Monday … 7 Sunday), and
    /// `end_of_month`, the last day of the date's month.
    private static func ofDate(
        _ name: String, result: ValueType = .number, _ read: @escaping @Sendable (CalendarDate) -> Value
    ) -> ExpressionFunction {
        ExpressionFunction(
            name: name, argumentCounts: 1...1,
            typeCheck: { types in
                types[0].isCompatible(with: .date)
                    ? .success(result) : TypeRules.mismatch(name, 0, needs: .date, got: types[0])
            },
            implementation: { arguments, _ in arguments[0].date.map(read) ?? .null })
    }

    /// `format(x)`, `format(x, decimals)`: a value as a document writes it in the evaluation's language:
    /// `8 571,43` or `8,571.43`, `30 mai 2027` or `30 May 2027`, `oui` or `yes`; lists joined with commas.
    private static let format: ExpressionFunction = {
        var function = ExpressionFunction(
            name: "format", argumentCounts: 1...2,
            typeCheck: { types in
                if types.count == 2, !types[1].isCompatible(with: .number) {
                    return TypeRules.mismatch("format", 1, needs: .number, got: types[1])
                }
                return .success(.text)
            },
            implementation: { arguments, context in
                let decimals = arguments.count == 2 ? arguments[1].number.map { Int(max(0, min($0, 6))) } ?? 2 : 2
                func written(_ value: Value) -> String? {
                    switch value {
                    case .null, .record: nil
                    case .number(let number): NumberFormat.localized(number, in: context.language, decimals: decimals)
                    case .date(let date):
                        DocumentWording.date(
                            day: date.components.day, month: date.components.month, year: date.components.year
                        )
                        .text(in: context.language)
                    case .boolean(let flag):
                        (flag ? DocumentWording.yes : DocumentWording.no).text(in: context.language)
                    case .text(let text): text
                    case .list(let items): items.compactMap(written).joined(separator: ", ")
                    }
                }
                return written(arguments[0]).map(Value.text) ?? .null
            })
        function.readsContext = true
        return function
    }()
}
