/// Decides whether a condition can ever hold, for `lint`.
///
/// The condition is spread into a disjunction of conjunctions of tests, each test bearing on one subject (an
/// answer, a computed value, any sub-expression compared with constants). A conjunction can hold when, for each of
/// its subjects, one value of the subject's domain passes all the tests on it; the tests are run by the evaluator
/// itself, so null and every operator keep their real meaning. The domain of each subject is a finite set of
/// representative values (every choice, both sides of every bound): the answer is exact for booleans, choices,
/// and number or date intervals. Different subjects are taken as independent, which can only make a condition
/// look satisfiable: the solver never reports a condition that can hold.
package struct ConditionSolver {
    /// What a test bears on: a sub-expression, identified by its text without positions.
    package struct Subject: Hashable, Sendable {
        /// The expression as the solver writes it: `ressources.budget`, `count(ateliers)`.
        package let text: String
        /// The dotted name when the subject is a plain reference.
        package let path: [String]?
    }

    /// Why a condition can never hold: the subject whose tests exclude each other, with the tests as written.
    package struct Contradiction: Hashable, Sendable {
        package let subject: Subject?
        package let tests: [String]
    }

    package enum Outcome: Hashable, Sendable {
        case satisfiable
        case neverHolds(Contradiction)
        /// Too many cases to explore: no answer rather than a guess.
        case unknown
    }

    /// The values a subject may take given the constants it is compared with; nil for "any value" (the solver
    /// then draws representatives from the constants).
    package typealias Domain = (_ subject: Subject, _ constants: [Value]) -> [Value]?

    private struct Test {
        var node: ExpressionNode
        var negated: Bool
        /// The sub-expression the test bears on; nil when the test has no free part (`1 < 2`).
        var subject: ExpressionNode?
        var subjectKey: String?
        var constants: [Value]
    }

    /// The number of cases beyond which the solver gives up.
    static let caseLimit = 256
    private static let noReference = NoReference()

    private let domain: Domain

    package init(domain: @escaping Domain) {
        self.domain = domain
    }

    /// Whether `condition`, together with every condition of `assuming`, can hold.
    package func outcome(of condition: Expression, assuming: [Expression] = []) -> Outcome {
        var cases: [[Test]] = [[]]
        for expression in [condition] + assuming {
            guard let spread = spread(expression.root, negated: false) else { return .unknown }
            var product: [[Test]] = []
            for left in cases {
                for right in spread { product.append(left + right) }
                if product.count > Self.caseLimit { return .unknown }
            }
            cases = product
        }
        var first: Contradiction?
        for tests in cases {
            guard let contradiction = contradiction(in: tests) else { return .satisfiable }
            first = first ?? contradiction
        }
        return .neverHolds(first ?? Contradiction(subject: nil, tests: ["false"]))
    }

    /// The condition as a list of cases, each a list of tests that must all pass; nil past the case limit.
    private func spread(_ node: ExpressionNode, negated: Bool) -> [[Test]]? {
        switch node.kind {
        case .unary(.not, let operand):
            return spread(operand, negated: !negated)
        case .binary(let op, let left, let right) where op == .and || op == .or:
            guard let leftCases = spread(left, negated: negated), let rightCases = spread(right, negated: negated)
            else { return nil }
            // `a and b` needs both; `not (a and b)` is `not a or not b`.
            if (op == .and) != negated {
                guard leftCases.count * rightCases.count <= Self.caseLimit else { return nil }
                return leftCases.flatMap { left in rightCases.map { left + $0 } }
            }
            guard leftCases.count + rightCases.count <= Self.caseLimit else { return nil }
            return leftCases + rightCases
        case .literal(.boolean(let flag)):
            return flag != negated ? [[]] : []
        default:
            return [[test(node, negated: negated)]]
        }
    }

    private func test(_ node: ExpressionNode, negated: Bool) -> Test {
        var subject: ExpressionNode = node
        var constants: [Value] = []
        switch node.kind {
        case .binary(let op, let left, let right) where op.isComparison:
            if let value = constant(right), constant(left) == nil {
                subject = left
                constants = [value]
            } else if let value = constant(left), constant(right) == nil {
                subject = right
                constants = [value]
            } else if let leftValue = constant(left), let rightValue = constant(right) {
                return Test(node: node, negated: negated, subject: nil, constants: [leftValue, rightValue])
            }
        case .call(let name, let arguments) where (name == "answered" || name == "empty") && arguments.count == 1:
            subject = arguments[0]
        default:
            break
        }
        if constant(node) != nil { return Test(node: node, negated: negated, subject: nil, constants: []) }
        // Items of a list constant are values the subject is compared with, one by one.
        let spreadConstants = constants.flatMap { $0.list ?? [$0] }
        return Test(
            node: node, negated: negated, subject: subject, subjectKey: Self.text(subject),
            constants: spreadConstants)
    }

    /// The value of a node that reads no answer and no date of the day, or nil.
    private func constant(_ node: ExpressionNode) -> Value? {
        guard Self.isConstant(node) else { return nil }
        return Evaluator(environment: Self.noReference, functions: .standard).evaluate(node, bindings: [:])
    }

    private static func isConstant(_ node: ExpressionNode) -> Bool {
        switch node.kind {
        case .literal: true
        case .reference: false
        case .list(let items): items.allSatisfy(isConstant)
        case .unary(_, let operand), .member(let operand, _): isConstant(operand)
        case .binary(_, let left, let right): isConstant(left) && isConstant(right)
        case .call(let name, let arguments):
            name != "today" && FunctionLibrary.standard[name]?.perItemArguments.isEmpty == true
                && arguments.allSatisfy(isConstant)
        }
    }

    /// The first subject whose tests no value of its domain passes together, or nil when the case can hold.
    private func contradiction(in tests: [Test]) -> Contradiction? {
        var groups: [String: [Test]] = [:]
        var order: [String] = []
        for test in tests {
            guard let key = test.subjectKey else {
                if passes(test, with: nil) { continue }
                return Contradiction(subject: nil, tests: [Self.written(test)])
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(test)
        }
        for key in order {
            let group = groups[key] ?? []
            guard let node = group.first?.subject else { continue }
            let subject = Subject(text: key, path: Self.path(of: node))
            let constants = group.flatMap(\.constants)
            let values = domain(subject, constants) ?? Self.representatives(of: constants)
            if !values.contains(where: { value in group.allSatisfy { passes($0, with: value) } }) {
                return Contradiction(subject: subject, tests: group.map(Self.written))
            }
        }
        return nil
    }

    /// Whether `test` passes when its subject has `value`.
    private func passes(_ test: Test, with value: Value?) -> Bool {
        var node = test.node
        if let subject = test.subjectKey, let value {
            node = Self.replacing(subject, with: value, in: node)
        }
        let result = Evaluator(environment: Self.noReference, functions: .standard).evaluate(node, bindings: [:])
        return result.isTruthy != test.negated
    }

    private static func replacing(_ key: String, with value: Value, in node: ExpressionNode) -> ExpressionNode {
        if text(node) == key { return ExpressionNode(.literal(value), offset: node.offset) }
        var copy = node
        switch node.kind {
        case .literal, .reference: return node
        case .list(let items): copy.kind = .list(items.map { replacing(key, with: value, in: $0) })
        case .unary(let op, let operand): copy.kind = .unary(op, replacing(key, with: value, in: operand))
        case .member(let base, let name): copy.kind = .member(replacing(key, with: value, in: base), name)
        case .binary(let op, let left, let right):
            copy.kind = .binary(op, replacing(key, with: value, in: left), replacing(key, with: value, in: right))
        case .call(let name, let arguments):
            copy.kind = .call(name, arguments.map { replacing(key, with: value, in: $0) })
        }
        return copy
    }

    /// Values on both sides of every constant, and between each two: one of them passes any set of tests that
    /// some value passes, for tests that compare with these constants.
    package static func representatives(of constants: [Value]) -> [Value] {
        var values: [Value] = [.null, .boolean(true), .boolean(false), .text(""), .text("\u{2063}"), .list([])]
        let numbers = Set(constants.compactMap(\.number)).sorted()
        for (index, number) in numbers.enumerated() {
            values += [number - 1, number - 0.5, number, number + 0.5, number + 1].map(Value.number)
            if index + 1 < numbers.count { values.append(.number((number + numbers[index + 1]) / 2)) }
        }
        let days = Set(constants.compactMap(\.date).map(\.dayNumber)).sorted()
        for (index, day) in days.enumerated() {
            values += [day - 1, day, day + 1].map { .date(CalendarDate(dayNumber: $0)) }
            if index + 1 < days.count, days[index + 1] - day > 1 {
                values.append(.date(CalendarDate(dayNumber: (day + days[index + 1]) / 2)))
            }
        }
        let texts = Set(constants.compactMap(\.text)).sorted()
        for text in texts {
            values += [.text(text), .text(text + "\u{2063}"), .text("\u{2063}" + text)]
            values.append(.record([text: .number(1)]))
        }
        values += subsets(of: texts).map { .list($0.map(Value.text)) }
        if values.count < 64 { values.append(.list([.text("\u{2063}")])) }
        return values
    }

    /// Every subset of `items` up to four items, with the whole set: enough to pass membership tests.
    package static func subsets(of items: [String]) -> [[String]] {
        var found: [[String]] = [[]]
        for item in items.prefix(8) {
            found += found.filter { $0.count < 4 }.map { $0 + [item] }
        }
        if items.count > 4 { found.append(items) }
        return found
    }

    private static func path(of node: ExpressionNode) -> [String]? {
        if case .reference(let path) = node.kind { return path }
        return nil
    }

    private static func written(_ test: Test) -> String {
        test.negated ? "not (\(text(test.node)))" : text(test.node)
    }

    /// The expression as text, without positions: how the solver compares and names sub-expressions.
    static func text(_ node: ExpressionNode) -> String {
        switch node.kind {
        case .literal(let value): literal(value)
        case .list(let items): "[" + items.map(text).joined(separator: ", ") + "]"
        case .reference(let path): path.joined(separator: ".")
        case .unary(.not, let operand): "not " + grouped(operand)
        case .unary(.negate, let operand): "-" + grouped(operand)
        case .binary(let op, let left, let right): "\(grouped(left)) \(op.rawValue) \(grouped(right))"
        case .call(let name, let arguments): "\(name)(" + arguments.map(text).joined(separator: ", ") + ")"
        case .member(let base, let name): "\(grouped(base)).\(name)"
        }
    }

    private static func grouped(_ node: ExpressionNode) -> String {
        switch node.kind {
        case .binary, .unary: "(" + text(node) + ")"
        default: text(node)
        }
    }

    private static func literal(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .boolean(let flag): flag ? "true" : "false"
        case .number(let number): NumberFormat.plain(number)
        case .text(let text): "'" + text.replacingOccurrences(of: "'", with: "\\'") + "'"
        case .date(let date): "date('\(date)')"
        case .list(let items): "[" + items.map(literal).joined(separator: ", ") + "]"
        case .record: "{…}"
        }
    }
}

/// An environment in which no name has a value: constants are evaluated in it.
private struct NoReference: ExpressionEnvironment {
    func value(of path: [String]) -> Value { .null }
    var today: CalendarDate { CalendarDate(dayNumber: 0) }
}
