/// A function callable from expressions: its name, how many arguments it takes, how to type-check a call
/// and how to compute its result.
///
/// Arguments listed in `perItemArguments` are small lambdas: they are evaluated once per element of the first
/// argument with the name `item` bound to that element (`count(l, item.ok)`). The type check sees the type of
/// such an argument for one element; the implementation receives the list of its per-element values.
public struct ExpressionFunction: Sendable {
    /// Why a call does not type-check; `argument` is the index of the argument to point at, nil for the name.
    public struct Mismatch: Error, Hashable, Sendable {
        public var message: String
        public var argument: Int?

        public init(_ message: String, argument: Int? = nil) {
            self.message = message
            self.argument = argument
        }
    }

    public typealias TypeCheck = @Sendable (_ arguments: [ValueType]) -> Result<ValueType, Mismatch>
    /// Extra static check with the literal arguments known at load time (nil for the others).
    public typealias ConstantCheck = @Sendable (_ arguments: [ValueType], _ literals: [Value?]) -> Mismatch?
    public typealias Implementation = @Sendable (_ arguments: [Value], _ today: CalendarDate) -> Value

    /// How the evaluator treats the arguments; only the library's own `if` and `coalesce` are lazy.
    enum Evaluation: Sendable {
        case eager
        /// `if(c, a, b)`: only the chosen branch is evaluated.
        case conditional
        /// `coalesce(a, b, …)`: arguments are evaluated until one is answered.
        case firstAnswered
    }

    /// The name bound to the current element inside per-item arguments.
    public static let itemName = "item"

    public let name: String
    public let argumentCounts: ClosedRange<Int>
    public let perItemArguments: Set<Int>
    public let typeCheck: TypeCheck
    public let constantCheck: ConstantCheck?
    public let implementation: Implementation
    let evaluation: Evaluation

    public init(
        name: String, argumentCounts: ClosedRange<Int>, perItemArguments: Set<Int> = [],
        typeCheck: @escaping TypeCheck, constantCheck: ConstantCheck? = nil,
        implementation: @escaping Implementation
    ) {
        self.init(
            name: name, argumentCounts: argumentCounts, perItemArguments: perItemArguments, typeCheck: typeCheck,
            constantCheck: constantCheck, evaluation: .eager, implementation: implementation)
    }

    init(
        name: String, argumentCounts: ClosedRange<Int>, perItemArguments: Set<Int> = [],
        typeCheck: @escaping TypeCheck, constantCheck: ConstantCheck? = nil, evaluation: Evaluation,
        implementation: @escaping Implementation
    ) {
        self.name = name
        self.argumentCounts = argumentCounts
        self.perItemArguments = perItemArguments
        self.typeCheck = typeCheck
        self.constantCheck = constantCheck
        self.evaluation = evaluation
        self.implementation = implementation
    }

    /// "takes 1 or 2 arguments", for the wrong-count diagnostic.
    var arityDescription: String {
        let (low, high) = (argumentCounts.lowerBound, argumentCounts.upperBound)
        let noun = { (count: Int) in count == 1 ? "argument" : "arguments" }
        if high == Int.max { return "takes at least \(low) \(noun(low))" }
        if low == high { return low == 0 ? "takes no arguments" : "takes \(low) \(noun(low))" }
        if high == low + 1 { return "takes \(low) or \(high) \(noun(high))" }
        return "takes \(low) to \(high) arguments"
    }
}
