/// Decides whether a condition can ever hold, for `lint`.
///
/// The condition is spread into a disjunction of conjunctions of tests, each test bearing on one subject (an
/// answer, a computed value, any sub-expression compared with constants). A conjunction can hold when, for each of
/// its subjects, one value of the subject's domain passes all the tests on it; the tests are run by the evaluator
/// itself, so null and every operator keep their real meaning. The domain of each subject is a finite set of
/// representative values (every choice, both sides of every bound, every set of the values it is compared with):
/// the answer is exact for booleans, choices, and number or date intervals. Where the representatives could miss
/// an answer (more than four values tested for membership together, too many tests), the subject is left
/// undecided. Different subjects are taken as independent, which can only make a condition look satisfiable: the
/// solver never reports a condition that can hold.
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

    /// The values a subject may take, as far as tests against the constants it is compared with tell them apart.
    package enum Domain {
        /// Exactly these values (and whatever value they stand for).
        case values([Value])
        /// Any value: the solver draws representatives from the constants.
        case any
        /// Too many to stand for by a few values: the subject's tests are taken as passing.
        case undecided
    }

    /// The domain of a subject, given the constants it is compared with.
    package typealias DomainOf = (_ subject: Subject, _ constants: [Value]) -> Domain

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
    /// The number of tests in one case beyond which the solver gives up, so that its cost stays linear.
    static let testLimit = 64
    /// The number of values tested for membership together beyond which their sets are not all tried.
    package static let setLimit = 4
    private static let noReference = NoReference()

    private let domain: DomainOf

    package init(domain: @escaping DomainOf) {
        self.domain = domain
    }

    /// Whether `condition`, together with every condition of `assuming`, can hold.
    package func outcome(of condition: Expression, assuming: [Expression] = []) -> Outcome {
        var cases: [[Test]] = [[]]
        for expression in [condition] + assuming {
            guard let spread = spread(expression.root, negated: false) else { return .unknown }
            var product: [[Test]] = []
            for left in cases {
                for right in spread {
                    guard left.count + right.count <= Self.testLimit else { return .unknown }
                    product.append(left + right)
                }
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
                guard leftCases.count * rightCases.count <= Self.caseLimit,
                    (leftCases.map(\.count).max() ?? 0) + (rightCases.map(\.count).max() ?? 0) <= Self.testLimit
                else { return nil }
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
        // A list constant is a value the subject may equal, and its items values it may hold or be.
        let spreadConstants = constants + constants.flatMap { $0.list ?? [] }
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
            // `today()` and `format()` depend on the evaluation, not on their arguments alone.
            FunctionLibrary.standard[name].map { !$0.readsContext && $0.perItemArguments.isEmpty } == true
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
            let values: [Value]
            switch domain(subject, constants) {
            case .values(let given): values = given
            case .undecided: continue
            case .any:
                guard let drawn = Self.representatives(of: constants) else { continue }
                values = drawn
            }
            if !values.contains(where: { value in group.allSatisfy { passes($0, with: value) } }) {
                return Contradiction(subject: subject, tests: group.map(Self.written))
            }
        }
        return nil
    }

    /// Whether `test` passes when its subject has `value`.
    private func passes(_ test: Test, with value: Value?) -> Bool {
        var node = test.node
        if let subject = test.subject, let value {
            node = Self.replacing(subject, with: value, in: node)
        }
        let result = Evaluator(environment: Self.noReference, functions: .standard).evaluate(node, bindings: [:])
        return result.isTruthy != test.negated
    }

    /// `node` with the occurrence of `subject` it holds (the same sub-tree, at the same place) replaced by `value`.
    private static func replacing(_ subject: ExpressionNode, with value: Value, in node: ExpressionNode)
        -> ExpressionNode
    {
        if node.offset == subject.offset, node.depth == subject.depth, node == subject {
            return ExpressionNode(.literal(value), offset: node.offset)
        }
        var copy = node
        switch node.kind {
        case .literal, .reference: return node
        case .list(let items): copy.kind = .list(items.map { replacing(subject, with: value, in: $0) })
        case .unary(let op, let operand): copy.kind = .unary(op, replacing(subject, with: value, in: operand))
        case .member(let base, let name): copy.kind = .member(replacing(subject, with: value, in: base), name)
        case .binary(let op, let left, let right):
            copy.kind = .binary(
                op, replacing(subject, with: value, in: left), replacing(subject, with: value, in: right))
        case .call(let name, let arguments):
            copy.kind = .call(name, arguments.map { replacing(subject, with: value, in: $0) })
        }
        return copy
    }

    /// Values on both sides of every constant, and between each two, every list constant as written and every
    /// set of up to four of the values (alone, and with one more item): one of them passes any set of tests that some value passes, for tests that
    /// compare with these constants. Nil when more than four values could be tested for membership together.
    package static func representatives(of constants: [Value]) -> [Value]? {
        var values: [Value] = [.null, .boolean(true), .boolean(false), .text(""), .text("\u{2063}"), .list([])]
        values += numbers(around: constants).map(Value.number) + dates(around: constants).map(Value.date)
        let texts = Set(constants.compactMap(\.text)).sorted()
        for text in texts {
            values += [.text(text), .text(text + "\u{2063}"), .text("\u{2063}" + text)]
        }
        // Lists and points hold some of the values: every set of them, and each list as written (order counts).
        var seen: Set<Value> = []
        let scalars = constants.filter { $0.list == nil && $0 != .null && seen.insert($0).inserted }
        guard scalars.count <= setLimit else { return nil }
        for set in subsets(of: scalars) {
            // The set as a list, and with one more item none of the constants is: it holds the same values but
            // equals no list written in a condition.
            values += [.list(set), .list(set + [.text("\u{2063}")])]
            let keys = set.compactMap(\.text)
            values.append(
                .record(Dictionary(keys.map { ($0, Value.number(1)) }, uniquingKeysWith: { first, _ in first })))
        }
        values += constants.filter { $0.list != nil }
        values.append(.list([.text("\u{2063}")]))
        return values
    }

    /// Numbers on both sides of every number of `constants`, and between each two.
    package static func numbers(around constants: [Value]) -> [Double] {
        let numbers = Set(constants.compactMap(\.number)).sorted()
        var found: [Double] = []
        for (index, number) in numbers.enumerated() {
            found += [number - 1, number - 0.5, number, number + 0.5, number + 1]
            if index + 1 < numbers.count { found.append((number + numbers[index + 1]) / 2) }
        }
        return found
    }

    /// Days on both sides of every date of `constants`, and between each two.
    package static func dates(around constants: [Value]) -> [CalendarDate] {
        let days = Set(constants.compactMap(\.date).map(\.dayNumber)).sorted()
        var found: [Int] = []
        for (index, day) in days.enumerated() {
            found += [day - 1, day, day + 1]
            if index + 1 < days.count, days[index + 1] - day > 1 { found.append((day + days[index + 1]) / 2) }
        }
        return found.map { CalendarDate(dayNumber: $0) }
    }

    /// Every subset of `items` (at most `setLimit` of them), in their order.
    package static func subsets<T>(of items: [T]) -> [[T]] {
        var found: [[T]] = [[]]
        for item in items.prefix(setLimit) {
            found += found.map { $0 + [item] }
        }
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
