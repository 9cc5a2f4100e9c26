/// Small building blocks for the type checks of library functions, so that their messages read alike.
enum TypeRules {
    typealias Outcome = Result<ValueType, ExpressionFunction.Mismatch>

    /// "an answer that is a list" phrased for a type: "list of text", "number".
    static func describe(_ type: ValueType) -> String {
        switch type {
        case .choice: "choice (text)"
        default: type.description
        }
    }

    static func mismatch(_ function: String, _ argument: Int, needs: String, got type: ValueType) -> Outcome {
        .failure(.init("'\(function)' needs \(needs), got \(describe(type))", argument: argument))
    }

    /// The element type of a list-like argument, or a mismatch naming the function.
    static func element(of type: ValueType, in function: String, argument: Int = 0) -> Outcome {
        guard let element = type.elementType else {
            return mismatch(function, argument, needs: "a list", got: type)
        }
        return .success(element)
    }

    static func expect(
        _ type: ValueType, _ expected: ValueType, in function: String, argument: Int, needs: String
    ) -> ExpressionFunction.Mismatch? {
        guard !type.isCompatible(with: expected) else { return nil }
        return .init("'\(function)' needs \(needs), got \(describe(type))", argument: argument)
    }

    /// A per-item condition must be true or false.
    static func condition(_ type: ValueType, in function: String, argument: Int = 1) -> ExpressionFunction.Mismatch? {
        expect(type, .boolean, in: function, argument: argument, needs: "a condition (true or false)")
    }

    /// Numbers or dates, all of one kind, for `min` and `max`; `.any` when nothing is known.
    static func orderable(_ types: [ValueType], in function: String, offset: Int = 0) -> Outcome {
        var result = ValueType.any
        for (index, type) in types.enumerated() {
            guard type.isCompatible(with: .number) || type.isCompatible(with: .date) else {
                return mismatch(function, index + offset, needs: "numbers or dates", got: type)
            }
            guard let joined = result.joined(with: type) else {
                return mismatch(function, index + offset, needs: "values of one type (\(result))", got: type)
            }
            result = joined
        }
        return .success(result)
    }

    /// The common type of several values (`coalesce`, the branches of `if`).
    static func common(_ types: [ValueType], in function: String, offset: Int = 0) -> Outcome {
        var result = ValueType.any
        for (index, type) in types.enumerated() {
            guard let joined = result.joined(with: type) else {
                return mismatch(function, index + offset, needs: "values of one type (\(result))", got: type)
            }
            result = joined
        }
        return .success(result)
    }

    /// The checks of `'x' in q` for the `contains` function and operator: container, element, choice literal.
    static func membership(container: ValueType, element: ValueType) -> String? {
        if case .choice = container {
            return "a single choice holds one id: compare it with '==' rather than 'in' or 'contains'"
        }
        if container.isCompatible(with: .text), !container.isCompatible(with: .list(.any)) {
            guard element.isCompatible(with: .text) else {
                return "a text can only contain a text, not \(describe(element))"
            }
            return nil
        }
        let items: ValueType
        switch container {
        case .points(let ids): items = .choice(ids)
        default:
            guard let listed = container.elementType else {
                return "'in' and 'contains' need a list or a text, got \(describe(container))"
            }
            items = listed
        }
        guard element.isCompatible(with: items) else {
            return "cannot look for \(describe(element)) in a \(describe(container))"
        }
        return nil
    }

    /// "'x' is not a choice of q (choices: a, b)" when a text literal is not one of the ids of `type`.
    static func choiceProblem(_ literal: String, against type: ValueType, name: String?) -> String? {
        guard let ids = type.choiceIDs, !ids.contains(literal) else { return nil }
        let subject = name.map { "a choice of \($0)" } ?? "one of the choices"
        return "'\(literal)' is not \(subject) (choices: \(ids.sorted().joined(separator: ", ")))"
    }
}
