/// Type rules of the operators and of function calls.
extension Checker {
    mutating func unary(_ op: UnaryOperator, _ type: ValueType, node: ExpressionNode, operand: ExpressionNode)
        -> ValueType
    {
        switch op {
        case .not:
            if !type.isCompatible(with: .boolean) {
                report(.notNeedsCondition(got: type), at: operand.offset)
            }
            return .boolean
        case .negate:
            guard type.isCompatible(with: .number) else {
                report(.negateNeedsNumber(got: type), at: operand.offset)
                return .any
            }
            return .number
        }
    }

    mutating func binary(
        _ op: BinaryOperator, _ types: (ValueType, ValueType), node: ExpressionNode,
        operands: (ExpressionNode, ExpressionNode)
    ) -> ValueType {
        let (left, right) = types
        let at = node.operatorOffset
        switch op {
        case .and, .or:
            for (type, onTheLeft, operand) in [(left, true, operands.0), (right, false, operands.1)]
            where !type.isCompatible(with: .boolean) {
                report(.logicNeedsCondition(operator: op.rawValue, onTheLeft: onTheLeft, got: type), at: operand.offset)
            }
            return .boolean
        case .equal, .notEqual:
            if left.isCompatible(with: right) {
                checkChoiceLiteral(operands.0, against: right, named: operands.1)
                checkChoiceLiteral(operands.1, against: left, named: operands.0)
            } else {
                report(.cannotCompare(left, right), at: at)
            }
            return .boolean
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let joined = left.joined(with: right)
            if joined == nil || ![.any, .number, .date, .text].contains(joined?.widened) {
                report(.cannotOrder(operator: op.rawValue, left, right), at: at)
            }
            return .boolean
        case .in, .notIn, .contains:
            let (element, container) = op == .contains ? (operands.1, operands.0) : (operands.0, operands.1)
            let (elementType, containerType) = op == .contains ? (right, left) : (left, right)
            if let problem = TypeRules.membership(container: containerType, element: elementType) {
                report(problem, at: at)
            } else {
                checkChoiceLiteral(element, against: containerType, named: container)
                checkListLiteral(container, against: elementType)
            }
            return .boolean
        default:
            return arithmetic(op, left, right, at: at)
        }
    }

    private mutating func arithmetic(_ op: BinaryOperator, _ left: ValueType, _ right: ValueType, at: Int)
        -> ValueType
    {
        switch (op, left.widened, right.widened) {
        case (_, .number, .number): return .number
        case (.add, .text, .text): return .text
        case (.add, .date, .number), (.add, .number, .date), (.subtract, .date, .number): return .date
        case (.subtract, .date, .date): return .number
        case (.add, .any, _), (.add, _, .any), (.subtract, .any, _), (.subtract, .date, .any): return .any
        case (_, .any, .number), (_, .number, .any), (_, .any, .any): return .number
        default:
            report(.cannotCombine(operator: op.rawValue, left, right), at: at)
            return .any
        }
    }

    /// A text literal compared with a choice question must be one of its ids.
    private mutating func checkChoiceLiteral(
        _ node: ExpressionNode, against type: ValueType, named other: ExpressionNode
    ) {
        guard let text = node.literalText else { return }
        var name: String?
        if case .reference(let path) = other.kind { name = path.joined(separator: ".") }
        if let problem = TypeRules.choiceProblem(text, against: type, name: name) { report(problem, at: node.offset) }
    }

    /// `q in ['a', 'b']` with `q` a choice: every text of the list must be one of its ids.
    private mutating func checkListLiteral(_ node: ExpressionNode, against type: ValueType) {
        guard case .list(let items) = node.kind, case .choice = type else { return }
        for item in items {
            if let text = item.literalText, let problem = TypeRules.choiceProblem(text, against: type, name: nil) {
                report(problem, at: item.offset)
            }
        }
    }

    mutating func call(_ name: String, _ arguments: [ExpressionNode], at offset: Int, bindings: [String: ValueType])
        -> ValueType
    {
        guard let function = functions[name], function.argumentCounts.contains(arguments.count) else {
            if let function = functions[name] {
                report(
                    .argumentCount(function: name, counts: function.argumentCounts, got: arguments.count), at: offset)
            } else {
                let suggestion = Suggestion.closest(to: name, among: functions.names)
                report(.unknownFunction(name: name, suggestion: suggestion), at: offset)
            }
            for argument in arguments { _ = check(argument, bindings: bindings) }
            return .any
        }
        var types: [ValueType] = []
        for (index, argument) in arguments.enumerated() {
            var inner = bindings
            if index > 0, function.perItemArguments.contains(index) {
                inner[ExpressionFunction.itemName] = types[0].elementType ?? .any
            }
            types.append(check(argument, bindings: inner))
        }
        let literals = arguments.map(\.literalValue)
        if let problem = function.constantCheck?(types, literals) { reportMismatch(problem, arguments, at: offset) }
        switch function.typeCheck(types) {
        case .success(let type): return function.literalType?(type, types, literals) ?? type
        case .failure(let problem):
            reportMismatch(problem, arguments, at: offset)
            return .any
        }
    }

    private mutating func reportMismatch(
        _ problem: ExpressionFunction.Mismatch, _ arguments: [ExpressionNode], at offset: Int
    ) {
        let index = problem.argument.flatMap { arguments.indices.contains($0) ? $0 : nil }
        let location = map.location(at: index.map { arguments[$0].offset } ?? offset)
        if let wording = problem.wording {
            collector.error(wording, at: location)
        } else {
            // A function defined outside Participe words its own message.
            collector.append(Diagnostic(.error, problem.message, at: location, code: "expression.argument-mismatch"))
        }
    }
}
