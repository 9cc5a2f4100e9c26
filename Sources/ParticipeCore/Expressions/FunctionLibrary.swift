/// The functions an expression may call, by name.
///
/// Parsing needs the library to know which arguments bind `item`; later work adds functions with `adding(_:)`
/// rather than touching the parser.
public struct FunctionLibrary: Sendable {
    private var functions: [String: ExpressionFunction]

    public init(_ functions: [ExpressionFunction] = []) {
        self.functions = Dictionary(functions.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Every function documented in `docs/expressions.md`.
    public static let standard = FunctionLibrary(
        collectionFunctions + valueFunctions + scalarFunctions + calendarFunctions)

    /// A library with `function` added, replacing any function of the same name.
    public func adding(_ function: ExpressionFunction) -> FunctionLibrary {
        var copy = self
        copy.functions[function.name] = function
        return copy
    }

    public subscript(name: String) -> ExpressionFunction? { functions[name] }

    /// The names, sorted, for documentation and suggestions.
    public var names: [String] { functions.keys.sorted() }
}
