import Foundation
import PropertyBased
import Testing

@testable import ParticipeCore

/// `lint`'s solver against brute force: on conditions over a whole number with bounds, a single choice, a yes/no
/// and a multiple choice with an exclusive choice, it says a condition can never hold exactly when no answer
/// makes it hold.
@Suite("Conditions that can never hold")
struct ConditionSolverTests {
    static let kitYAML =
        kitHeader + """
            sections:
              - id: s
                title: S
                questions:
                  - {id: n, type: integer, label: N, validation: {min: 0, max: 10}}
                  - {id: c, type: single, label: C, choices: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}]}
                  - {id: b, type: boolean, label: B}
                  - id: m
                    type: multiple
                    label: M
                    choices: [{id: a, label: A}, {id: b, label: B}, {id: x, label: X, exclusive: true}]

            """

    static let atoms = [
        "s.n < 3", "s.n <= 3", "s.n > 7", "s.n >= 7", "s.n == 5", "s.n != 5", "s.n > 12", "s.n < 0", "s.n >= 0",
        "s.n == null", "answered(s.n)", "s.n in [1, 2, 11]", "s.n > 2.5", "s.n < 2.5", "s.c == 'a'", "s.c != 'b'",
        "s.c in ['a', 'b']", "empty(s.c)", "s.c == null", "s.b", "s.b == false", "s.b != true", "'a' in s.m",
        "'x' in s.m", "'b' not in s.m", "s.m contains 'b'", "empty(s.m)", "s.m == ['b', 'a']", "s.m == ['a', 'b']",
        "s.m != ['x']", "s.m == []", "true", "false", "1 > 2", "[1, 2] == [1, 2]",
    ]

    /// A condition read from random numbers: each picks an atom or a connective, up to depth 4.
    static func condition(_ numbers: inout IndexingIterator<[Int]>, depth: Int = 0) -> String {
        let pick = numbers.next() ?? 0
        guard depth < 4, pick % 7 < 3 else { return atoms[pick % atoms.count] }
        switch pick % 3 {
        case 0: return "not (" + condition(&numbers, depth: depth + 1) + ")"
        case 1:
            return "(" + condition(&numbers, depth: depth + 1) + ") and (" + condition(&numbers, depth: depth + 1) + ")"
        default:
            return "(" + condition(&numbers, depth: depth + 1) + ") or (" + condition(&numbers, depth: depth + 1) + ")"
        }
    }

    /// Every answer the four questions accept, one sheet at a time.
    static let answers: [[String: Value]] = {
        let numbers: [Value] = [.null] + (0...10).map { .number(Double($0)) }
        let choices: [Value] = [.null, .text("a"), .text("b"), .text("c")]
        let flags: [Value] = [.null, .boolean(true), .boolean(false)]
        let sets: [Value] =
            [.null, .list([])] + [["a"], ["b"], ["x"], ["a", "b"], ["b", "a"]].map { .list($0.map(Value.text)) }
        return numbers.flatMap { n in
            choices.flatMap { c in flags.flatMap { b in sets.map { m in ["s.n": n, "s.c": c, "s.b": b, "s.m": m] } } }
        }
    }()

    @Test func theSolverAgreesWithEveryAnswer() async throws {
        let kit = try KitFixture(Self.kitYAML).load()
        let solver = ConditionSolver { subject, constants in
            guard let path = subject.path, path.count == 2, let question = kit.question(QuestionPath(path[0], path[1]))
            else { return .any }
            return KitAnalysis.domain(of: question, constants: constants)
        }
        await propertyCheck(count: 400, input: Gen.int(in: 0...10_000).array(of: 1...40)) { numbers in
            var iterator = numbers.makeIterator()
            let source = Self.condition(&iterator)
            guard let expression = try? Expression.parse(source, at: origin) else {
                Issue.record("does not parse: \(source)")
                return
            }
            let holdsSomewhere = Self.answers.contains { expression.evaluate(in: TestEnvironment($0)).isTruthy }
            switch solver.outcome(of: expression) {
            case .neverHolds(let why): #expect(!holdsSomewhere, "\(source) holds, but the solver says \(why)")
            case .satisfiable: #expect(holdsSomewhere, "\(source) never holds, but the solver says it can")
            case .unknown: break
            }
        }
    }

    /// A value the kit does not describe (a computed list): tried on the values it is compared with, their sets
    /// and the lists as written, in their order.
    @Test func aListOfNumbersIsTriedAsWrittenAndBySets() async throws {
        let atoms = [
            "l contains 2", "l contains 3", "2 in l", "3 not in l", "l == [2, 3]", "l == [3, 2]", "l != [2]", "l == []",
            "empty(l)", "l == null", "count(l) > 1",
        ]
        let items: [[Double]] = [[]] + [1, 2, 3].map { [$0] } + [1, 2, 3].flatMap { a in [1, 2, 3].map { [a, $0] } }
        let lists: [Value] = [.null] + items.map { .list($0.map(Value.number)) }
        let solver = ConditionSolver { _, _ in .any }
        await propertyCheck(count: 300, input: Gen.int(in: 0...10_000).array(of: 1...20)) { numbers in
            var iterator = numbers.makeIterator()
            func condition(depth: Int) -> String {
                let pick = iterator.next() ?? 0
                guard depth < 3, pick % 5 < 2 else { return atoms[pick % atoms.count] }
                let (left, right) = (condition(depth: depth + 1), condition(depth: depth + 1))
                return pick % 2 == 0 ? "(\(left)) and not (\(right))" : "(\(left)) or (\(right))"
            }
            let source = condition(depth: 0)
            guard let expression = try? Expression.parse(source, at: origin) else { return }
            let holdsSomewhere = lists.contains { expression.evaluate(in: TestEnvironment(["l": $0])).isTruthy }
            if case .neverHolds(let why) = solver.outcome(of: expression) {
                #expect(!holdsSomewhere, "\(source) holds, but the solver says \(why)")
            }
        }
    }

    /// A list that holds every value written in a condition yet equals none of the lists written there: the
    /// property test above once found the solver saying such a condition never holds.
    @Test func aListHoldingTheValuesButEqualToNoWrittenListIsTried() throws {
        let expression = try Expression.parse("l contains 2 and l contains 3 and l != [2, 3]", at: origin)
        let solver = ConditionSolver { _, _ in .any }
        if case .neverHolds(let why) = solver.outcome(of: expression) { Issue.record("holds for [2, 3, 4]: \(why)") }
    }

    @Test func aQuestionNeverShownMakesTheConditionsOnItsAnswerNeverHold() throws {
        let kit = try KitFixture(
            kitHeader + """
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: n, type: integer, label: N}
                      - {id: cache, type: text, label: Caché, when: "s.n > 5 and s.n < 3"}
                      - {id: suite, type: text, label: Suite, when: "answered(s.cache) or s.n == 1"}
                      - {id: jamais, type: text, label: Jamais, when: "answered(s.cache)"}

                """
        ).load()
        let findings = KitAnalysis(
            kit: kit, documentNames: ["sections[].questions[].label"], language: .english,
            today: CalendarDate(year: 2026, month: 12, day: 7)!
        )
        .findings.map(\.message)
        #expect(
            findings == [
                "question 's.cache' is never shown: its `when` can never hold (no value of 's.n' passes `s.n > 5` and `s.n < 3`)",
                "question 's.jamais' is never shown: its `when` can never hold (it needs an answer to 's.cache', which is never shown)",
            ])
    }
}
