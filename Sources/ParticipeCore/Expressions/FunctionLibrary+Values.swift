/// Functions about answers in general: emptiness, alternatives, membership.
extension FunctionLibrary {
    static let valueFunctions: [ExpressionFunction] = [
        emptiness("empty", whenEmpty: true), emptiness("answered", whenEmpty: false), conditional, coalesce, contains,
    ]

    private static func emptiness(_ name: String, whenEmpty: Bool) -> ExpressionFunction {
        ExpressionFunction(
            name: name, argumentCounts: 1...1, typeCheck: { _ in .success(.boolean) },
            implementation: { arguments, _ in .boolean(arguments[0].isAnswered != whenEmpty) })
    }

    /// `if(condition, then, else)`; the evaluator evaluates only the chosen branch.
    private static let conditional = ExpressionFunction(
        name: "if", argumentCounts: 3...3,
        typeCheck: { types in
            if let problem = TypeRules.condition(types[0], in: "if", argument: 0) { return .failure(problem) }
            guard let joined = types[1].joined(with: types[2]) else {
                return .failure(.init(.branchesDiffer(types[1], types[2]), argument: 2))
            }
            return .success(joined)
        },
        evaluation: .conditional,
        implementation: { arguments, _ in arguments[0].isTruthy ? arguments[1] : arguments[2] })

    /// The first answered argument (not null, not an empty text or list); null when none is.
    private static let coalesce = ExpressionFunction(
        name: "coalesce", argumentCounts: 1...Int.max, typeCheck: { TypeRules.common($0, in: "coalesce") },
        evaluation: .firstAnswered,
        implementation: { arguments, _ in arguments.first(where: \.isAnswered) ?? .null })

    private static let contains = ExpressionFunction(
        name: "contains", argumentCounts: 2...2,
        typeCheck: { types in
            if let problem = TypeRules.membership(container: types[0], element: types[1]) {
                return .failure(.init(problem, argument: 1))
            }
            return .success(.boolean)
        },
        constantCheck: { types, literals in
            guard let text = literals[1]?.text,
                let problem = TypeRules.choiceProblem(text, against: types[0], name: nil)
            else { return nil }
            return .init(problem, argument: 1)
        },
        implementation: { arguments, _ in .boolean(arguments[0].holds(arguments[1])) })
}
