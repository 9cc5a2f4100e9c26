/// The static checks of an expression against a scope: names, functions, argument counts and types.
///
/// Every problem is collected, each at its offending token; a node in error gets the type `.any` so that
/// one mistake is reported once rather than again by every enclosing operator.
struct Checker<Scope: ExpressionScope> {
    let scope: Scope
    let functions: FunctionLibrary
    let map: SourceMap
    /// Every problem found, in the language of the messages.
    var collector: DiagnosticCollector

    init(scope: Scope, functions: FunctionLibrary, map: SourceMap, language: Language = .english) {
        self.scope = scope
        self.functions = functions
        self.map = map
        self.collector = DiagnosticCollector(language: language)
    }

    /// The language of the messages.
    var language: Language { collector.language }

    mutating func report(_ message: ExpressionMessage, at offset: Int) {
        collector.error(message, at: map.location(at: offset))
    }

    mutating func check(_ node: ExpressionNode, bindings: [String: ValueType]) -> ValueType {
        switch node.kind {
        case .literal(let value):
            return value.staticType
        case .list(let items):
            var element = ValueType.any
            for item in items {
                let type = check(item, bindings: bindings)
                guard let joined = element.joined(with: type) else {
                    report(.mixedList(element, type), at: item.offset)
                    continue
                }
                element = joined
            }
            return .list(element)
        case .reference(let path):
            return reference(path, at: node.offset, bindings: bindings)
        case .member(let base, let name):
            let type = check(base, bindings: bindings)
            return member(name, of: type, at: node.operatorOffset)
        case .unary(let op, let operand):
            let type = check(operand, bindings: bindings)
            return unary(op, type, node: node, operand: operand)
        case .binary(let op, let left, let right):
            let types = (check(left, bindings: bindings), check(right, bindings: bindings))
            return binary(op, types, node: node, operands: (left, right))
        case .call(let name, let arguments):
            return call(name, arguments, at: node.operatorOffset, bindings: bindings)
        }
    }

    private mutating func reference(_ path: [String], at offset: Int, bindings: [String: ValueType]) -> ValueType {
        guard let first = path.first else { return .any }
        if let bound = bindings[first] {
            var type = bound
            var column = offset + first.count
            for name in path.dropFirst() {
                type = member(name, of: type, at: column + 1)
                column += 1 + name.count
            }
            return type
        }
        guard let type = scope.type(of: path) else {
            let message = scope.unknownReferenceMessage(path)
            collector.append(
                Diagnostic(.error, message, at: map.location(at: offset), code: scope.unknownReferenceCode(path)))
            return .any
        }
        return type
    }

    /// The type of `.name` on a value of type `base`; a record's field, or that field for every record of a list.
    mutating func member(_ name: String, of base: ValueType, at offset: Int) -> ValueType {
        switch base {
        case .any:
            return .any
        case .record(let fields):
            if let field = fields[name] { return field }
            report(.noField(name: name, fields: fields.keys.sorted().joined(separator: ", ")), at: offset)
        case .points(let ids):
            if ids.contains(name) { return .number }
            report(.notOneOfTheChoices(name: name, choices: ids.sorted().joined(separator: ", ")), at: offset)
        case .list(let element):
            if case .record = element { return .list(member(name, of: element, at: offset)) }
            if element == .any { return .list(.any) }
            report(.memberNeedsRecords(name: name, got: base), at: offset)
        default:
            report(.memberNeedsRecord(name: name, got: base), at: offset)
        }
        return .any
    }
}
