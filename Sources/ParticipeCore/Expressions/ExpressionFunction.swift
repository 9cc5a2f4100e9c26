/// A function callable from expressions: its name, how many arguments it takes, how to type-check a call
/// and how to compute its result.
///
/// Arguments listed in `perItemArguments` are small lambdas: they are evaluated once per element of the first
/// argument with the name `item` bound to that element (`count(l, item.ok)`). The type check sees the type of
/// such an argument for one element; the implementation receives the list of its per-element values.
public struct ExpressionFunction: Sendable {
    /// Why a call does not type-check; `argument` is the index of the argument to point at, nil for the name.
    public struct Mismatch: Error, Hashable, Sendable {
        /// The message of a function defined outside Participe, in its own words.
        public var message: String
        public var argument: Int?
        /// The message of a library function, in every language.
        var wording: ExpressionMessage?

        public init(_ message: String, argument: Int? = nil) {
            self.message = message
            self.argument = argument
        }

        init(_ wording: ExpressionMessage, argument: Int? = nil) {
            self.message = wording.english
            self.argument = argument
            self.wording = wording
        }

        /// The message in `language`.
        func text(in language: Language) -> String { wording?.text(in: language) ?? message }
    }

    public typealias TypeCheck = @Sendable (_ arguments: [ValueType]) -> Result<ValueType, Mismatch>
    /// Extra static check with the literal arguments known at load time (nil for the others).
    public typealias ConstantCheck = @Sendable (_ arguments: [ValueType], _ literals: [Value?]) -> Mismatch?
    public typealias Implementation = @Sendable (_ arguments: [Value], _ context: ExpressionContext) -> Value

    /// How the evaluator treats the arguments; only the library's own `if` and `coalesce` are lazy.
    enum Evaluation: Sendable {
        case eager
        /// `if(c, a, b)`: only the chosen branch is evaluated.
        case conditional
        /// `coalesce(a, b, …)`: arguments are evaluated until one is answered.
        case firstAnswered
    }

    /// The name bound to the current element inside per-item arguments.
    static let itemName = "item"

    public let name: String
    let argumentCounts: ClosedRange<Int>
    let perItemArguments: Set<Int>
    let typeCheck: TypeCheck
    let constantCheck: ConstantCheck?
    let implementation: Implementation
    let evaluation: Evaluation
    /// Whether the result depends on the evaluation (its date, its language) and not on the arguments alone.
    var readsContext = false
    /// The result's type when the literal arguments tell more than their types (`add_field`'s field name).
    var literalType: (@Sendable (_ type: ValueType, _ arguments: [ValueType], _ literals: [Value?]) -> ValueType)?

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
}
