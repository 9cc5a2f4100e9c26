/// Functions over lists, choices and points; the condition or value after the list is evaluated per `item`.
extension FunctionLibrary {
    static let collectionFunctions: [ExpressionFunction] = [
        count, sum, average, extremum("min", .less), extremum("max", .greater), quantifier("any"), quantifier("all"),
        filter, sort, reverse, addField,
    ]

    private static let count = ExpressionFunction(
        name: "count", argumentCounts: 1...2, perItemArguments: [1],
        typeCheck: { types in
            TypeRules.element(of: types[0], in: "count").flatMap { _ in
                if types.count == 2, let problem = TypeRules.condition(types[1], in: "count") {
                    return .failure(problem)
                }
                return .success(.number)
            }
        },
        implementation: { arguments, _ in
            guard arguments.count == 2 else { return .number(Double(arguments[0].elements.count)) }
            return .number(Double(arguments[1].elements.count(where: \.isTruthy)))
        })

    private static let sum = ExpressionFunction(
        name: "sum", argumentCounts: 1...2, perItemArguments: [1], typeCheck: { numbers($0, in: "sum") },
        implementation: { arguments, _ in
            .finite(numbers(arguments).reduce(0, +))
        })

    private static let average = ExpressionFunction(
        name: "avg", argumentCounts: 1...2, perItemArguments: [1], typeCheck: { numbers($0, in: "avg") },
        implementation: { arguments, _ in
            let values = numbers(arguments)
            return values.isEmpty ? .null : .finite(values.reduce(0, +) / Double(values.count))
        })

    /// `sum` and `avg`: a list of numbers, or any list with a number per item.
    private static func numbers(_ types: [ValueType], in name: String) -> TypeRules.Outcome {
        TypeRules.element(of: types[0], in: name).flatMap { element in
            let (type, index) = types.count == 2 ? (types[1], 1) : (element, 0)
            let needs: ExpressionMessage.Need = types.count == 2 ? .numberPerItem : .listOfNumbers
            return type.isCompatible(with: .number)
                ? .success(.number) : TypeRules.mismatch(name, index, needs: needs, got: types[index])
        }
    }

    /// The numbers to add up: the per-item values if given, the elements otherwise; nulls and others skipped.
    private static func numbers(_ arguments: [Value]) -> [Double] {
        arguments[arguments.count == 2 ? 1 : 0].elements.compactMap(\.number)
    }

    /// `min` and `max`: `order` says when the next candidate beats the best so far.
    private static func extremum(_ name: String, _ order: BinaryOperator) -> ExpressionFunction {
        ExpressionFunction(
            name: name, argumentCounts: 1...Int.max,
            typeCheck: { types in
                if types.count == 1, let element = types[0].elementType {
                    return TypeRules.orderable([element], in: name)
                }
                return TypeRules.orderable(types, in: name)
            },
            implementation: { arguments, _ in
                let candidates = arguments.count == 1 ? arguments[0].elements : arguments
                let numbers = candidates.filter { $0.number != nil }
                let pool = numbers.isEmpty ? candidates.filter { $0.date != nil } : numbers
                return pool.dropFirst().reduce(pool.first ?? .null) { best, next in
                    Value.compare(order, next, best).isTruthy ? next : best
                }
            })
    }

    private static func quantifier(_ name: String) -> ExpressionFunction {
        ExpressionFunction(
            name: name, argumentCounts: 2...2, perItemArguments: [1],
            typeCheck: { types in
                TypeRules.element(of: types[0], in: name).flatMap { _ in
                    TypeRules.condition(types[1], in: name).map { .failure($0) } ?? .success(.boolean)
                }
            },
            implementation: { arguments, _ in
                let results = arguments[1].elements
                return .boolean(name == "any" ? results.contains(where: \.isTruthy) : results.allSatisfy(\.isTruthy))
            })
    }

    private static let filter = ExpressionFunction(
        name: "filter", argumentCounts: 2...2, perItemArguments: [1],
        typeCheck: { types in
            TypeRules.element(of: types[0], in: "filter").flatMap { element in
                if let problem = TypeRules.condition(types[1], in: "filter") { return .failure(problem) }
                if case .choices = types[0] { return .success(types[0]) }
                return .success(types[0] == .any ? .any : .list(element))
            }
        },
        implementation: { arguments, _ in
            let kept = zip(arguments[0].elements, arguments[1].elements).filter { $0.1.isTruthy }.map(\.0)
            return .list(kept)
        })

    /// `sort(list)`, `sort(list, key)`: the elements in increasing order of themselves or of `key` (numbers, dates
    /// or texts); elements whose key is null come last, in their order; equal keys keep their order.
    private static let sort = ExpressionFunction(
        name: "sort", argumentCounts: 1...2, perItemArguments: [1],
        typeCheck: { types in
            TypeRules.element(of: types[0], in: "sort").flatMap { element in
                let key = types.count == 2 ? types[1] : element
                guard
                    key == .any || key.isCompatible(with: .number) || key.isCompatible(with: .date)
                        || key.isCompatible(with: .text)
                else { return TypeRules.mismatch("sort", types.count - 1, needs: .orderable, got: key) }
                if case .choices = types[0] { return .success(types[0]) }
                return .success(types[0] == .any ? .any : .list(element))
            }
        },
        implementation: { arguments, _ in
            let elements = arguments[0].elements
            let keys = arguments.count == 2 ? arguments[1].elements : elements
            let order = zip(elements, keys).enumerated().sorted { left, right in
                let (a, b) = (left.element.1, right.element.1)
                if a.isNull != b.isNull { return b.isNull }
                if Value.compare(.less, a, b).isTruthy { return true }
                if Value.compare(.less, b, a).isTruthy { return false }
                return left.offset < right.offset
            }
            return .list(order.map(\.element.0))
        })

    /// `reverse(list)`: the elements in the other order (`reverse(sort(l, item.date))` for the latest first).
    private static let reverse = ExpressionFunction(
        name: "reverse", argumentCounts: 1...1,
        typeCheck: { types in
            TypeRules.element(of: types[0], in: "reverse").map { element in
                if case .choices = types[0] { return types[0] }
                return types[0] == .any ? .any : .list(element)
            }
        },
        implementation: { arguments, _ in .list(arguments[0].elements.reversed()) })

    /// `add_field(list, 'name', value)`: each record of the list with one more field, `value` computed for it:
    /// `add_field(deroulement.rencontres, 'jours_avant', item.date - today())`.
    private static let addField: ExpressionFunction = {
        var function = ExpressionFunction(
            name: "add_field", argumentCounts: 3...3, perItemArguments: [2],
            typeCheck: { types in
                guard case .list(let element) = types[0], case .record = element else {
                    if types[0] == .any { return .success(.any) }
                    return TypeRules.mismatch("add_field", 0, needs: .records, got: types[0])
                }
                guard types[1].isCompatible(with: .text) else {
                    return TypeRules.mismatch("add_field", 1, needs: .text, got: types[1])
                }
                return .success(types[0])
            },
            constantCheck: { _, literals in
                guard let name = literals[1]?.text else { return .init(.fieldNameLiteral, argument: 1) }
                let valid =
                    name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
                    && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                guard valid else { return .init(.fieldNameLiteral, argument: 1) }
                // Documents number a list's items as `index`.
                return name == "index" ? .init(.fieldNameTaken(name), argument: 1) : nil
            },
            implementation: { arguments, _ in
                guard let name = arguments[1].text else { return .null }
                let values = arguments[2].elements
                return .list(
                    zip(arguments[0].elements, values).map { element, value in
                        guard var fields = element.record else { return element }
                        fields[name] = value
                        return .record(fields)
                    })
            })
        function.literalType = { type, types, literals in
            guard case .list(.record(var fields)) = type, let name = literals[1]?.text else { return type }
            fields[name] = types[2]
            return .list(.record(fields))
        }
        return function
    }()
}
