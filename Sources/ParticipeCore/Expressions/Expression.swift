/// An expression of a kit (`when`, `required`, `computed`, rules, interpolation), parsed once when the kit
/// loads, then checked against a scope and evaluated many times.
///
/// Two expressions are equal when their source, location and syntax are; the function library is not compared.
public struct Expression: Sendable, Hashable {
    public let source: String
    /// Where `source` starts in its file.
    public let location: SourceLocation
    /// Free references (not local bindings like `item`), in source order, each with its location.
    public let references: [Reference]
    let root: ExpressionNode
    let functions: FunctionLibrary
    let map: SourceMap

    /// Parses `source`, or throws a diagnostic pointing at the offending character.
    /// - Parameters:
    ///   - source: The expression text, usually one line.
    ///   - location: Where `source` starts in its file.
    ///   - functions: The callable functions; the parser needs them to know which arguments bind `item`.
    ///   - language: The language of the error messages.
    public static func parse(
        _ source: String, at location: SourceLocation, functions: FunctionLibrary = .standard,
        language: Language = .english
    ) throws(Diagnostic) -> Expression {
        let map = SourceMap(source, start: location)
        let root = try Parser.parse(map, language: language)
        return Expression(source: source, location: location, root: root, functions: functions, map: map)
    }

    private init(
        source: String, location: SourceLocation, root: ExpressionNode, functions: FunctionLibrary, map: SourceMap
    ) {
        self.source = source
        self.location = location
        self.root = root
        self.functions = functions
        self.map = map
        var found: [Reference] = []
        Self.collectReferences(in: root, bound: [], functions: functions, map: map, into: &found)
        self.references = found
    }

    /// Whether the expression is the literal `true`, so callers can skip work for always-true conditions.
    var isConstantTrue: Bool { root.kind == .literal(.boolean(true)) }

    /// The type of the expression and every problem found, each located at the offending token, worded in
    /// `language` (the scope words its own unknown names).
    public func check(in scope: some ExpressionScope, language: Language = .english)
        -> (type: ValueType, diagnostics: [Diagnostic])
    {
        var checker = Checker(scope: scope, functions: functions, map: map, language: language)
        let type = checker.check(root, bindings: [:])
        return (type, checker.collector.diagnostics)
    }

    /// The type of the expression; every problem found goes to `collector`, worded in its language. `bindings`
    /// gives the type of names bound around the expression (`entry` in an item made for each entry of a list).
    package func check(
        in scope: some ExpressionScope, into collector: inout DiagnosticCollector, bindings: [String: ValueType] = [:]
    ) -> ValueType {
        var checker = Checker(scope: scope, functions: functions, map: map, language: collector.language)
        let type = checker.check(root, bindings: bindings)
        collector.append(contentsOf: checker.collector.diagnostics)
        return type
    }

    /// The value of the expression. Never throws and never traps: see the null semantics in `docs/expressions.md`.
    public func evaluate(in environment: some ExpressionEnvironment) -> Value {
        Evaluator(environment: environment, functions: functions).evaluate(root, bindings: [:])
    }

    /// The value with names bound around the expression (`entry`), which take precedence over the environment.
    func evaluate(in environment: some ExpressionEnvironment, bindings: [String: Value]) -> Value {
        Evaluator(environment: environment, functions: functions).evaluate(root, bindings: bindings)
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool {
        lhs.source == rhs.source && lhs.location == rhs.location && lhs.root == rhs.root
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(location)
    }

    private static func collectReferences(
        in node: ExpressionNode, bound: Set<String>, functions: FunctionLibrary, map: SourceMap,
        into found: inout [Reference]
    ) {
        switch node.kind {
        case .literal: return
        case .reference(let path):
            guard let first = path.first, !bound.contains(first) else { return }
            found.append(Reference(path: path, location: map.location(at: node.offset)))
        case .list(let items):
            for item in items {
                collectReferences(in: item, bound: bound, functions: functions, map: map, into: &found)
            }
        case .unary(_, let operand), .member(let operand, _):
            collectReferences(in: operand, bound: bound, functions: functions, map: map, into: &found)
        case .binary(_, let left, let right):
            collectReferences(in: left, bound: bound, functions: functions, map: map, into: &found)
            collectReferences(in: right, bound: bound, functions: functions, map: map, into: &found)
        case .call(let name, let arguments):
            let perItem = functions[name]?.perItemArguments ?? []
            for (index, argument) in arguments.enumerated() {
                let names = perItem.contains(index) ? bound.union([ExpressionFunction.itemName]) : bound
                collectReferences(in: argument, bound: names, functions: functions, map: map, into: &found)
            }
        }
    }
}
