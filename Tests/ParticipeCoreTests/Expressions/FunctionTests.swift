import Foundation
import Testing

@testable import ParticipeCore

@Suite("Expressions: standard functions")
struct ExpressionsFunctionTests {
    static let answers: [String: Value] = ExpressionsEvaluatorTests.answers.merging([
        "notes": .list([.number(4), .null, .number(10), .number(1)]),
        "vide": .list([]),
        "dates": .list([date("2026-05-01"), date("2026-01-10"), .null]),
        "mots": .list([.text("b"), .text("a")]),
        "texte": .text("Bonjour"),
    ]) { $1 }

    @Test(arguments: [
        ("count(notes)", Value.number(4)),
        ("count(vide)", .number(0)),
        ("count(q)", .number(0)),
        ("count(notes, item > 3)", .number(2)),
        ("count(ateliers, item.ouvert)", .number(2)),
        ("count(objectifs.cibles)", .number(2)),
        ("count(priorites)", .number(2)),
        ("sum(notes)", .number(15)),
        ("sum(vide)", .number(0)),
        ("sum(q)", .number(0)),
        ("sum(ateliers, item.places)", .number(50)),
        ("sum(ateliers, if(item.ouvert, item.places, 0))", .number(20)),
        ("sum(priorites)", .number(3)),
        ("sum(huge_list)", .null),
        ("avg(notes)", .number(5)),
        ("avg(ateliers, item.places)", .number(50.0 / 3)),
        ("avg(vide)", .null),
        ("avg(q)", .null),
        ("min(notes)", .number(1)),
        ("max(notes)", .number(10)),
        ("min(3, 1, 2)", .number(1)),
        ("max(3, q, 2)", .number(3)),
        ("min(q)", .null),
        ("max(vide)", .null),
        ("min(dates)", date("2026-01-10")),
        ("max(d, e)", date("2026-03-11")),
        ("min(7)", .number(7)),
        ("any(ateliers, item.places > 20)", .boolean(true)),
        ("any(ateliers, item.places > 50)", .boolean(false)),
        ("any(vide, true)", .boolean(false)),
        ("any(q, true)", .boolean(false)),
        ("all(ateliers, item.places > 5)", .boolean(true)),
        ("all(ateliers, item.ouvert)", .boolean(false)),
        ("all(vide, false)", .boolean(true)),
        ("all(q, false)", .boolean(true)),
        ("filter(notes, item >= 4)", .list([.number(4), .number(10)])),
        ("filter(q, true)", .list([])),
        ("count(filter(ateliers, not item.ouvert))", .number(1)),
        ("filter(objectifs.cibles, item != 'jeunes')", .list([.text("habitants")])),
    ])
    func collections(source: String, expected: Value) throws {
        let answers = Self.answers.merging(["huge_list": .list([.number(1e308), .number(1e308)])]) { $1 }
        #expect(try evaluate(source, answers) == expected)
    }

    @Test(arguments: [
        ("empty(q)", Value.boolean(true)),
        ("empty('')", .boolean(true)),
        ("empty('  ')", .boolean(true)),
        ("empty(vide)", .boolean(true)),
        ("empty(0)", .boolean(false)),
        ("empty(false)", .boolean(false)),
        ("empty(texte)", .boolean(false)),
        ("answered(q)", .boolean(false)),
        ("answered(notes)", .boolean(true)),
        ("if(true, 1, 2)", .number(1)),
        ("if(false, 1, 2)", .number(2)),
        ("if(q, 1, 2)", .number(2)),
        ("coalesce(q, 5)", .number(5)),
        ("coalesce('', 'x')", .text("x")),
        ("coalesce(q, null)", .null),
        ("coalesce(n, 5)", .number(10)),
        ("contains(objectifs.cibles, 'jeunes')", .boolean(true)),
        ("contains(texte, 'jour')", .boolean(true)),
        ("contains(q, 'x')", .boolean(false)),
        ("contains(notes, q)", .boolean(false)),
    ])
    func values(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.answers) == expected)
    }

    @Test(arguments: [
        ("round(2.5)", Value.number(3)),
        ("round(-2.5)", .number(-3)),
        ("round(2.4)", .number(2)),
        ("round(3.14159, 2)", .number(3.14)),
        ("round(2.345, 2)", .number(2.35)),
        ("round(1.005, 2)", .number(1.01)),
        ("round(-2.345, 2)", .number(-2.35)),
        ("round(0.1 + 0.2, 10)", .number(0.3)),
        ("round(1234, -2)", .number(1200)),
        ("round(q)", .null),
        ("round(1.5, q)", .null),
        ("floor(2.7)", .number(2)),
        ("floor(-2.2)", .number(-3)),
        ("ceil(2.1)", .number(3)),
        ("ceil(q)", .null),
        ("abs(-4)", .number(4)),
        ("abs(q)", .null),
        ("len(texte)", .number(7)),
        ("len('été')", .number(3)),
        ("len(q)", .number(0)),
        ("lower(texte)", .text("bonjour")),
        ("upper(texte)", .text("BONJOUR")),
        ("lower(q)", .null),
    ])
    func scalars(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.answers) == expected)
    }

    @Test(arguments: [
        ("date('2026-03-01')", date("2026-03-01")),
        ("date('2026-02-30')", Value.null),
        ("date('1er mars')", .null),
        ("date(q)", .null),
        ("date(d)", date("2026-03-01")),
        ("today()", date("2026-03-15")),
        ("today() - 15", date("2026-02-28")),
        ("days_between(d, e)", .number(10)),
        ("days_between(e, d)", .number(-10)),
        ("days_between(d, today())", .number(14)),
        ("days_between(d, q)", .null),
        ("days_between(q, 3)", .null),
        ("year(d)", .number(2026)),
        ("year(q)", .null),
        ("year(date('1999-12-31') + 1)", .number(2000)),
    ])
    func dates(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.answers) == expected)
    }

    @Test func everyStandardFunctionIsDocumented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/expressions.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let undocumented = FunctionLibrary.standard.names.filter { !text.contains("`\($0)(") }
        #expect(undocumented == [])
        #expect(FunctionLibrary.standard.names.count >= 25)
    }

    @Test(arguments: [
        ("clock(1170)", Value.text("19:30")), ("clock(1500)", .text("01:00")), ("clock(0)", .text("00:00")),
        ("clock(q)", .null),
    ])
    func clockTimes(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.answers) == expected)
    }

    @Test func addingReplacesAFunctionOfTheSameName() throws {
        let library = FunctionLibrary.standard.adding(
            ExpressionFunction(
                name: "abs", argumentCounts: 1...1, typeCheck: { _ in .success(.text) },
                implementation: { _, _ in .text("replaced") }))
        let expression = try Expression.parse("abs(-1)", at: origin, functions: library)
        #expect(expression.evaluate(in: TestEnvironment()) == .text("replaced"))
        #expect(expression.check(in: TestScope()).type == .text)
    }
}
