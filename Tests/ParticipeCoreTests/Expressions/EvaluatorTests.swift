import Testing

@testable import ParticipeCore

@Suite("Expressions: evaluator")
struct ExpressionsEvaluatorTests {
    static let answers: [String: Value] = [
        "n": .number(10), "m": .number(4), "zero": .number(0), "t": .text("abc"), "b": .boolean(true),
        "d": date("2026-03-01"), "e": date("2026-03-11"),
        "objectifs.cible": .text("jeunes"), "objectifs.cibles": .list([.text("habitants"), .text("jeunes")]),
        "priorites": .record(["mobilite": .number(3), "logement": .number(0)]),
        "ateliers": .list([
            .record(["nom": .text("A"), "places": .number(12), "ouvert": .boolean(true)]),
            .record(["nom": .text("B"), "places": .number(30), "ouvert": .boolean(false)]),
            .record(["nom": .text("C"), "places": .number(8), "ouvert": .boolean(true)]),
        ]),
    ]

    @Test(arguments: [
        ("1 + 2 * 3", Value.number(7)),
        ("(1 + 2) * 3", .number(9)),
        ("n - m", .number(6)),
        ("n / m", .number(2.5)),
        ("n % m", .number(2)),
        ("-7 % 3", .number(-1)),
        ("-n", .number(-10)),
        ("- -n", .number(10)),
        ("10 - 2 - 3", .number(5)),
        ("'ab' + 'cd'", .text("abcd")),
        ("t + '!'", .text("abc!")),
        ("n == 10", .boolean(true)),
        ("n != 10", .boolean(false)),
        ("m < n", .boolean(true)),
        ("m <= 4", .boolean(true)),
        ("m > n", .boolean(false)),
        ("n >= 10", .boolean(true)),
        ("'a' < 'b'", .boolean(true)),
        ("[1, 2] == [1, 2]", .boolean(true)),
        ("true and false", .boolean(false)),
        ("true or false", .boolean(true)),
        ("not b", .boolean(false)),
        ("'jeunes' in objectifs.cibles", .boolean(true)),
        ("'associations' in objectifs.cibles", .boolean(false)),
        ("'associations' not in objectifs.cibles", .boolean(true)),
        ("objectifs.cibles contains 'habitants'", .boolean(true)),
        ("objectifs.cible in ['jeunes', 'habitants']", .boolean(true)),
        ("'bc' in t", .boolean(true)),
        ("'abc' in 'xabcx'", .boolean(true)),
        ("'cb' in t", .boolean(false)),
        ("t contains 'a'", .boolean(true)),
        ("'mobilite' in priorites", .boolean(true)),
        ("'logement' in priorites", .boolean(false)),
        ("'autre' in priorites", .boolean(false)),
        ("priorites.mobilite", .number(3)),
        ("filter(ateliers, item.ouvert).nom", .list([.text("A"), .text("C")])),
        ("(ateliers).places", .list([.number(12), .number(30), .number(8)])),
        ("[1, n, 'x']", .list([.number(1), .number(10), .text("x")])),
    ])
    func operators(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.answers) == expected)
    }

    @Test(arguments: [
        ("d + 10", date("2026-03-11")),
        ("10 + d", date("2026-03-11")),
        ("d - 1", date("2026-02-28")),
        ("d + 1.9", date("2026-03-02")),
        ("e - d", Value.number(10)),
        ("d - e", .number(-10)),
        ("d < e", .boolean(true)),
        ("d >= e", .boolean(false)),
        ("d == date('2026-03-01')", .boolean(true)),
        ("d + 365", date("2027-03-01")),
        ("date('2024-02-28') + 1", date("2024-02-29")),
        ("d + huge * huge", .null),
        ("d + 100000000", .null),
        ("d + d", .null),
    ])
    func dateArithmetic(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.answers.merging(["huge": .number(1e300)]) { $1 }) == expected)
    }

    /// `q` is unanswered (absent from the environment) in every row.
    @Test(arguments: [
        ("q + 1", Value.null),
        ("1 - q", .null),
        ("q * 2", .null),
        ("q / 2", .null),
        ("q % 2", .null),
        ("-q", .null),
        ("q + 'x'", .null),
        ("d + q", .null),
        ("q < 1", .boolean(false)),
        ("q <= 1", .boolean(false)),
        ("q > 1", .boolean(false)),
        ("q >= 1", .boolean(false)),
        ("1 > q", .boolean(false)),
        ("q < q", .boolean(false)),
        ("q == null", .boolean(true)),
        ("q != null", .boolean(false)),
        ("q == 0", .boolean(false)),
        ("q != 0", .boolean(true)),
        ("not q", .boolean(true)),
        ("q and true", .boolean(false)),
        ("q or true", .boolean(true)),
        ("q or false", .boolean(false)),
        ("q in objectifs.cibles", .boolean(false)),
        ("q not in objectifs.cibles", .boolean(false)),
        ("'a' in q", .boolean(false)),
        ("'a' not in q", .boolean(false)),
        ("q contains 'a'", .boolean(false)),
        ("q.field", .null),
        ("null in [null]", .boolean(false)),
    ])
    func nullOperands(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.answers) == expected)
    }

    @Test(arguments: [
        ("n / 0", Value.null),
        ("n % 0", .null),
        ("n / zero", .null),
        ("huge * huge", .null),
        ("-huge * huge", .null),
        ("huge * huge - huge * huge", .null),
        ("'a' + 1", .null),
        ("true + 1", .null),
        ("-'a'", .null),
        ("'a' < 1", .boolean(false)),
        ("d < 3", .boolean(false)),
        ("n.field", .null),
        ("5 in 'a5'", .boolean(false)),
    ])
    func meaninglessCombinationsGiveNullOrFalse(source: String, expected: Value) throws {
        let answers = Self.answers.merging(["huge": .number(1e300)]) { $1 }
        #expect(try evaluate(source, answers) == expected)
    }

    @Test func andOrShortCircuit() throws {
        let cases: [(String, [String])] = [
            ("false and x", []),
            ("true or x", []),
            ("q and x", ["q"]),
            ("b or x", ["b"]),
            ("b and x", ["b", "x"]),
            ("if(b, x, y)", ["b", "x"]),
            ("if(q, x, y)", ["q", "y"]),
            ("coalesce(b, x, y)", ["b"]),
            ("coalesce(q, x, y)", ["q", "x", "y"]),
        ]
        for (source, reads) in cases {
            let environment = TestEnvironment(["b": .boolean(true)])
            _ = try Expression.parse(source, at: origin).evaluate(in: environment)
            #expect(environment.reads == reads, "\(source)")
        }
    }

    @Test func ifDoesNotEvaluateTheOtherBranch() throws {
        #expect(try evaluate("if(zero > 0, n / zero, -1)", Self.answers) == .number(-1))
        #expect(try evaluate("if(n > 0, 100 / n, -1)", Self.answers) == .number(10))
    }

    @Test func localItemShadowsAndNests() throws {
        let groups: Value = .list([
            .record(["membres": .list([.number(1), .number(2)])]),
            .record(["membres": .list([.number(5)])]),
        ])
        #expect(try evaluate("sum(groups, count(item.membres, item > 1))", ["groups": groups]) == .number(2))
        #expect(try evaluate("sum(groups, sum(item.membres))", ["groups": groups]) == .number(8))
        // Outside a function `item` is an ordinary name.
        #expect(try evaluate("item + 1", ["item": .number(2)]) == .number(3))
    }

    @Test func unknownFunctionOrWrongCountEvaluatesToNull() throws {
        #expect(try evaluate("nope(1)") == .null)
        #expect(try evaluate("abs(1, 2)") == .null)
    }
}
