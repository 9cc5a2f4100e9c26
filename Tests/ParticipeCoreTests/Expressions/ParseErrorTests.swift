import Testing

@testable import ParticipeCore

@Suite("Expressions: parse errors")
struct ExpressionsParseErrorTests {
    @Test(arguments: [
        ("1 + ⟨)", "expected a value after '+', found ')'"),
        ("a and ⟨", "unexpected end of expression, expected a value after 'and'"),
        ("not ⟨", "unexpected end of expression, expected a value after 'not'"),
        ("a ⟨= 1", "'=' is not an operator; use '==' to compare"),
        ("a ⟨&& b", "'&&' is not an operator; use 'and'"),
        ("a ⟨|| b", "'||' is not an operator; use 'or'"),
        ("⟨!a", "'!' is not an operator; use 'not', or '!=' to compare"),
        ("f((1⟨, 2)", "expected ')' to close '(' opened at column 3, found ','"),
        ("f(1, 2⟨", "expected ')' to close '(' opened at column 2"),
        ("(1 + 2⟨", "expected ')' to close '(' opened at column 1"),
        ("[1, 2⟨", "expected ']' to close '[' opened at column 1"),
        ("1 < 2 ⟨< 3", "comparisons cannot be chained; write 'a < b and b < c' instead of 'a < b < c'"),
        ("a == b ⟨== c", "comparisons cannot be chained; write 'a < b and b < c' instead of 'a < b < c'"),
        ("x in l ⟨contains y", "comparisons cannot be chained; write 'a < b and b < c' instead of 'a < b < c'"),
        ("⟨'open", "text is never closed; add a closing ' to end it"),
        ("'a' + ⟨\"open", "text is never closed; add a closing \" to end it"),
        ("'bad ⟨\\n escape'", "unknown escape '\\n' in text; only \\', \\\" and \\\\ are allowed"),
        ("a ⟨b", "unexpected 'b'; expected an operator or the end of the expression"),
        ("1 ⟨2", "unexpected '2'; expected an operator or the end of the expression"),
        ("q == 'a' ⟨'b'", "unexpected \"b\"; expected an operator or the end of the expression"),
        ("(a)⟨)", "unexpected ')' without a matching '('"),
        ("a.b⟨(1)", "only a function name can be called, as in 'count(...)'"),
        ("f(1)⟨(2)", "only a function name can be called, as in 'count(...)'"),
        ("f(1).⟨2", "expected a field name after '.', found '2'"),
        ("a-⟨", "unexpected end of expression, expected a value after '-'"),
        ("a ⟨# b", "unexpected character '#'"),
        ("⟨é", "unexpected character 'é'; names use ASCII letters, digits and '_' only"),
        ("⟨", "empty expression; expected a value"),
        ("   ⟨", "empty expression; expected a value"),
        ("⟨and", "expected a value, found 'and'"),
        ("not ⟨in l", "expected a value after 'not', found 'in'"),
        ("f(1,⟨)", "expected a value after ',', found ')'"),
        ("[1 ⟨2]", "expected ']' to close '[' opened at column 1, found '2'"),
    ])
    func messageAndPosition(marked: String, message: String) throws {
        let input = Marked(marked)
        let diagnostic = try #require(parseError(input.source))
        #expect(diagnostic.message == message)
        #expect(diagnostic.location == Location(file: "test.yaml", line: input.line, column: input.column))
        #expect(diagnostic.severity == .error)
    }

    @Test func positionsAreRelativeToWhereTheExpressionStarts() throws {
        let start = Location(file: "kit.yaml", line: 12, column: 11)
        let diagnostic = try #require(parseError("a + * 2", at: start))
        #expect(diagnostic.location == Location(file: "kit.yaml", line: 12, column: 15))
        #expect(diagnostic.message == "expected a value after '+', found '*'")
    }

    @Test func newlinesInTheSourceAdvanceTheLine() throws {
        let input = Marked("a and\n  b or\n  c ⟨= 2")
        let diagnostic = try #require(parseError(input.source, at: Location(file: "k", line: 7, column: 9)))
        #expect(input.line == 3)
        #expect(diagnostic.location == Location(file: "k", line: 9, column: input.column))
    }

    @Test func unclosedParenthesisNamesTheFileColumnOfTheOpening() throws {
        let diagnostic = try #require(parseError("f(1", at: Location(file: "k", line: 2, column: 20)))
        #expect(diagnostic.message == "expected ')' to close '(' opened at column 21")
        #expect(diagnostic.location?.column == 23)
    }

    @Test func deepNestingIsRefusedWithoutOverflowingTheStack() throws {
        let tooDeep = "expression is nested too deeply (more than 200 levels); split it into computed values"
        for source in [
            String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
            String(repeating: "[", count: 10_000),
            String(repeating: "-", count: 10_000) + "1",
            String(repeating: "not ", count: 10_000) + "true",
            String(repeating: "f(", count: 10_000),
            Array(repeating: "1", count: 10_000).joined(separator: " + "),
            Array(repeating: "a", count: 10_000).joined(separator: " and "),
        ] {
            let diagnostic = try #require(parseError(source))
            #expect(diagnostic.message == tooDeep)
        }
    }

    @Test func moderateNestingIsAccepted() throws {
        let source = String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        #expect(try evaluate(source) == .number(1))
        let chain = Array(repeating: "1", count: 150).joined(separator: " + ")
        #expect(try evaluate(chain) == .number(150))
    }

    @Test func theDeepestAcceptedTreesCheckAndEvaluate() throws {
        let sources = [
            Array(repeating: "1", count: 200).joined(separator: " + "),
            String(repeating: "abs(", count: 198) + "-1" + String(repeating: ")", count: 198),
            String(repeating: "coalesce(null, if(true, ", count: 66) + "1" + String(repeating: ", 0))", count: 66),
            String(repeating: "sum(notes, ", count: 99) + "item" + String(repeating: ")", count: 99),
        ]
        let expected: [Value] = [.number(200), .number(1), .number(1), .number(3)]
        for (source, value) in zip(sources, expected) {
            let expression = try Expression.parse(source, at: origin)
            #expect(expression.check(in: TestScope()).diagnostics.isEmpty)
            #expect(expression.evaluate(in: TestEnvironment(["notes": .list([.number(3)])])) == value)
        }
    }

    @Test func hugeNumbersAreRefused() throws {
        let diagnostic = try #require(parseError("1" + String(repeating: "0", count: 400)))
        #expect(diagnostic.message.hasPrefix("number '1000"))
        #expect(diagnostic.message.hasSuffix("' is too large"))
        #expect(diagnostic.location == origin)
    }
}
