/// Small building blocks for the type checks of library functions, so that their messages read alike.
enum TypeRules {
    typealias Outcome = Result<ValueType, ExpressionFunction.Mismatch>

    static func mismatch(
        _ function: String, _ argument: Int, needs: ExpressionMessage.Need, got type: ValueType
    ) -> Outcome {
        .failure(.init(.needs(function: function, needs, got: type), argument: argument))
    }

    /// The element type of a list-like argument, or a mismatch naming the function.
    static func element(of type: ValueType, in function: String, argument: Int = 0) -> Outcome {
        guard let element = type.elementType else {
            return mismatch(function, argument, needs: .list, got: type)
        }
        return .success(element)
    }

    static func expect(
        _ type: ValueType, _ expected: ValueType, in function: String, argument: Int, needs: ExpressionMessage.Need
    ) -> ExpressionFunction.Mismatch? {
        guard !type.isCompatible(with: expected) else { return nil }
        return .init(.needs(function: function, needs, got: type), argument: argument)
    }

    /// A per-item condition must be true or false.
    static func condition(_ type: ValueType, in function: String, argument: Int = 1) -> ExpressionFunction.Mismatch? {
        expect(type, .boolean, in: function, argument: argument, needs: .condition)
    }

    /// Numbers or dates, all of one kind, for `min` and `max`; `.any` when nothing is known.
    static func orderable(_ types: [ValueType], in function: String, offset: Int = 0) -> Outcome {
        var result = ValueType.any
        for (index, type) in types.enumerated() {
            guard type.isCompatible(with: .number) || type.isCompatible(with: .date) else {
                return mismatch(function, index + offset, needs: .numbersOrDates, got: type)
            }
            guard let joined = result.joined(with: type) else {
                return mismatch(function, index + offset, needs: .sameType(result), got: type)
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
                return mismatch(function, index + offset, needs: .sameType(result), got: type)
            }
            result = joined
        }
        return .success(result)
    }

    /// The checks of `'x' in q` for the `contains` function and operator: container, element, choice literal.
    static func membership(container: ValueType, element: ValueType) -> ExpressionMessage? {
        if case .choice = container { return .singleChoiceMembership }
        if container.isCompatible(with: .text), !container.isCompatible(with: .list(.any)) {
            guard element.isCompatible(with: .text) else {
                return .textContainsText(got: element)
            }
            return nil
        }
        let items: ValueType
        switch container {
        case .points(let ids): items = .choice(ids)
        default:
            guard let listed = container.elementType else {
                return .membershipNeedsContainer(got: container)
            }
            items = listed
        }
        guard element.isCompatible(with: items) else {
            return .cannotLookFor(element, in: container)
        }
        return nil
    }

    /// "'x' is not a choice of q (choices: a, b)" when a text literal is not one of the ids of `type`.
    static func choiceProblem(_ literal: String, against type: ValueType, name: String?) -> ExpressionMessage? {
        guard let ids = type.choiceIDs, !ids.contains(literal) else { return nil }
        return .notAChoice(literal: literal, of: name, choices: ids.sorted().joined(separator: ", "))
    }
}
