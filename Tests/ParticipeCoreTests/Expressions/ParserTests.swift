import Testing

@testable import ParticipeCore

@Suite("Expressions: parser")
struct ExpressionsParserTests {
    private func tree(_ source: String) throws -> String {
        try Expression.parse(source, at: origin).root.rendered
    }

    @Test(arguments: [
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("1 * 2 + 3", "((1 * 2) + 3)"),
        ("1 - 2 - 3", "((1 - 2) - 3)"),
        ("8 / 4 / 2", "((8 / 4) / 2)"),
        ("7 % 3 * 2", "((7 % 3) * 2)"),
        ("(1 + 2) * 3", "((1 + 2) * 3)"),
        ("-2 * 3", "((- 2) * 3)"),
        ("- -2", "(- (- 2))"),
        ("-f(1)", "(- f(1))"),
        ("a or b and c", "(a or (b and c))"),
        ("a and b or c", "((a and b) or c)"),
        ("a or b or c", "((a or b) or c)"),
        ("not a and b", "((not a) and b)"),
        ("not not a", "(not (not a))"),
        ("not a == b", "(not (a == b))"),
        ("a + 1 == b * 2", "((a + 1) == (b * 2))"),
        ("a < b and c >= d", "((a < b) and (c >= d))"),
        ("x in l or y not in l", "((x in l) or (y not in l))"),
        ("l contains 'a' + 'b'", "(l contains ('a' + 'b'))"),
        ("a != b", "(a != b)"),
        ("a <= b", "(a <= b)"),
        ("a > b", "(a > b)"),
        ("f(a, b).c", "f(a, b).c"),
        ("(a).b.c", "a.b.c"),
        ("f()", "f()"),
        ("count(l, item.x > 1)", "count(l, (item.x > 1))"),
        ("section.question.field", "section.question.field"),
        ("s.in", "s.in"),
    ])
    func precedenceAndAssociativity(source: String, expected: String) throws {
        #expect(try tree(source) == expected)
    }

    @Test(arguments: [
        ("12", Value.number(12)),
        ("3.5", .number(3.5)),
        ("007", .number(7)),
        ("'single'", .text("single")),
        ("\"double\"", .text("double")),
        ("'it\\'s'", .text("it's")),
        ("\"say \\\"hi\\\"\"", .text("say \"hi\"")),
        ("'back\\\\slash'", .text("back\\slash")),
        ("'mixed \"quotes\"'", .text("mixed \"quotes\"")),
        ("''", .text("")),
        ("'été'", .text("été")),
        ("true", .boolean(true)),
        ("false", .boolean(false)),
        ("null", .null),
    ])
    func literals(source: String, expected: Value) throws {
        let expression = try Expression.parse(source, at: origin)
        #expect(expression.root.kind == .literal(expected))
    }

    @Test func listLiterals() throws {
        #expect(try tree("['a', 'b']") == "['a', 'b']")
        #expect(try tree("[]") == "[]")
        #expect(try tree("[1, [2, 3], n + 1]") == "[1, [2, 3], (n + 1)]")
    }

    @Test func referencesAreFreeNamesInSourceOrder() throws {
        let input = "count(⟨ateliers, item.places > ⟨seuil) + sum(⟨l, item) + ⟨objectifs.cible.x"
        // Each marker is where a reference starts; the expression starts at column 10.
        let columns = input.split(separator: Marked.marker).dropLast().reduce(into: [Int]()) { columns, part in
            columns.append((columns.last ?? 10) + part.count)
        }
        let source = String(input.filter { $0 != Marked.marker })
        let expression = try Expression.parse(source, at: Location(file: "kit.yaml", line: 4, column: 10))
        #expect(expression.references.map(\.path) == [["ateliers"], ["seuil"], ["l"], ["objectifs", "cible", "x"]])
        #expect(expression.references.map(\.location.column) == columns)
        #expect(expression.references.allSatisfy { $0.location.line == 4 && $0.location.file == "kit.yaml" })
    }

    @Test func itemOutsideALambdaIsAFreeReference() throws {
        let expression = try Expression.parse("item + count(l, item)", at: origin)
        #expect(expression.references.map(\.path) == [["item"], ["l"]])
    }

    @Test func constantTrue() throws {
        #expect(try Expression.parse("true", at: origin).isConstantTrue)
        #expect(try Expression.parse("  true ", at: origin).isConstantTrue)
        #expect(try !Expression.parse("false", at: origin).isConstantTrue)
        #expect(try !Expression.parse("true and b", at: origin).isConstantTrue)
    }

    @Test func equalityIgnoresTheFunctionLibraryButNotTheLocation() throws {
        let a = try Expression.parse("n + 1", at: origin)
        let b = try Expression.parse("n + 1", at: origin, functions: FunctionLibrary())
        let c = try Expression.parse("n + 1", at: origin.advanced(by: 3))
        #expect(a == b)
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
    }

    @Test func addedFunctionsBindItemInTheirPerItemArguments() throws {
        let library = FunctionLibrary.standard.adding(
            ExpressionFunction(
                name: "weighted", argumentCounts: 2...2, perItemArguments: [1],
                typeCheck: { _ in .success(.number) },
                implementation: { arguments, _ in .number(arguments[1].elements.compactMap(\.number).reduce(0, +)) }))
        let expression = try Expression.parse("weighted(l, item.w * 2)", at: origin, functions: library)
        #expect(expression.references.map(\.path) == [["l"]])
        let list: Value = .list([.record(["w": .number(1)]), .record(["w": .number(4)])])
        #expect(expression.evaluate(in: TestEnvironment(["l": list])) == .number(10))
    }
}
