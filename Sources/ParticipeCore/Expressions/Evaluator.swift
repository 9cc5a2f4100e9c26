/// Computes the value of a checked or unchecked syntax tree. Total: every path returns a `Value`.
///
/// `and`, `or`, `if` and `coalesce` evaluate only what they need, so `if(x > 0, 10 / x, 0)` never divides by
/// zero and a condition guarded by `answered(q) and …` does not look further when `q` is unanswered.
struct Evaluator<Environment: ExpressionEnvironment> {
    let environment: Environment
    let functions: FunctionLibrary

    func evaluate(_ node: ExpressionNode, bindings: [String: Value]) -> Value {
        switch node.kind {
        case .literal(let value):
            return value
        case .list(let items):
            return .list(items.map { evaluate($0, bindings: bindings) })
        case .reference(let path):
            return resolve(path, bindings: bindings)
        case .member(let base, let name):
            return evaluate(base, bindings: bindings).member(name)
        case .unary(.not, let operand):
            return .boolean(!evaluate(operand, bindings: bindings).isTruthy)
        case .unary(.negate, let operand):
            guard let number = evaluate(operand, bindings: bindings).number else { return .null }
            return .finite(-number)
        case .binary(.and, let left, let right):
            return .boolean(evaluate(left, bindings: bindings).isTruthy && evaluate(right, bindings: bindings).isTruthy)
        case .binary(.or, let left, let right):
            return .boolean(evaluate(left, bindings: bindings).isTruthy || evaluate(right, bindings: bindings).isTruthy)
        case .binary(let op, let left, let right):
            let (a, b) = (evaluate(left, bindings: bindings), evaluate(right, bindings: bindings))
            return op.isComparison ? Value.compare(op, a, b) : Value.arithmetic(op, a, b)
        case .call(let name, let arguments):
            guard let function = functions[name], function.argumentCounts.contains(arguments.count) else {
                return .null
            }
            return call(function, arguments, bindings: bindings)
        }
    }

    /// A local binding (`item`, `item.field`) first, then the environment.
    private func resolve(_ path: [String], bindings: [String: Value]) -> Value {
        guard let first = path.first, let bound = bindings[first] else { return environment.value(of: path) }
        return path.dropFirst().reduce(bound) { $0.member($1) }
    }

    private func call(_ function: ExpressionFunction, _ arguments: [ExpressionNode], bindings: [String: Value])
        -> Value
    {
        switch function.evaluation {
        case .conditional:
            let condition = evaluate(arguments[0], bindings: bindings)
            return evaluate(arguments[condition.isTruthy ? 1 : 2], bindings: bindings)
        case .firstAnswered:
            for argument in arguments {
                let value = evaluate(argument, bindings: bindings)
                if value.isAnswered { return value }
            }
            return .null
        case .eager:
            var values: [Value] = []
            for (index, argument) in arguments.enumerated() {
                guard function.perItemArguments.contains(index), let collection = values.first else {
                    values.append(evaluate(argument, bindings: bindings))
                    continue
                }
                let perItem = collection.elements.map { element in
                    var inner = bindings
                    inner[ExpressionFunction.itemName] = element
                    return evaluate(argument, bindings: inner)
                }
                values.append(.list(perItem))
            }
            return function.implementation(
                values, ExpressionContext(today: environment.today, language: environment.language))
        }
    }
}
