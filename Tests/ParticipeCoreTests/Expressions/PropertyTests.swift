import PropertyBased
import Testing

@testable import ParticipeCore

@Suite("Expressions: properties")
struct ExpressionsPropertyTests {
    @Test func integerArithmeticMatchesSwift() async {
        await propertyCheck(input: Gen.int(in: -1000...1000), Gen.int(in: -1000...1000), Gen.int(in: -1000...1000)) {
            a, b, c in
            let source = "\(a) + \(b) * \(c) - (\(a) - \(b))"
            let expected = Double(a + b * c - (a - b))
            #expect(try evaluate(source) == .number(expected))
            let remainder = try evaluate("\(a) % \(c)")
            #expect(remainder == (c == 0 ? .null : .number(Double(a % c))))
        }
    }

    @Test func addingDaysThenSubtractingTheDatesGivesTheDaysBack() async {
        await propertyCheck(input: Gen.int(in: 0...50_000), Gen.int(in: -5_000...5_000)) { start, days in
            let day = CalendarDate(dayNumber: start)
            let environment = TestEnvironment(["d": .date(day), "n": .number(Double(days))])
            let expression = try Expression.parse("(d + n) - d == n and d + n - n == d", at: origin)
            #expect(expression.evaluate(in: environment) == .boolean(true))
        }
    }

    /// Token soup: whatever parses checks and evaluates without trapping, and every parse error points inside
    /// the source or just past its end.
    @Test func arbitraryInputNeverTraps() async {
        let pieces = [
            "n", "t", "q", "item", "d", "(", ")", "[", "]", ",", ".", "+", "-", "*", "/", "%", "==", "<", ">=", "and",
            "or", "not", "in", "contains", "1", "0", "2.5", "'a'", "\"b\"", "null", "true", "count(", "sum(", "if(",
            "min(", "date(", "coalesce(", "filter(", "=", "'", "#", " ",
        ]
        let soup = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 1...14).map { $0.joined(separator: " ") }
        let values: [String: Value] = [
            "n": .number(3), "t": .text("x"), "d": date("2026-01-01"), "l": .list([.number(1), .null]),
        ]
        await propertyCheck(count: 500, input: soup) { source in
            do throws(Diagnostic) {
                let expression = try Expression.parse(source, at: origin)
                _ = expression.check(in: TestScope())
                _ = expression.evaluate(in: TestEnvironment(values))
            } catch {
                let column = error.location?.column ?? 0
                #expect((1...source.count + 1).contains(column), "\(source): \(error)")
            }
        }
    }
}
