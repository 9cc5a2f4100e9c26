/// A node of an expression's syntax tree, with the offsets its diagnostics point at.
struct ExpressionNode: Hashable, Sendable {
    indirect enum Kind: Hashable, Sendable {
        case literal(Value)
        case list([ExpressionNode])
        /// A dotted name as written: `section.question.field`, or `item.field` inside a function.
        case reference([String])
        case unary(UnaryOperator, ExpressionNode)
        case binary(BinaryOperator, ExpressionNode, ExpressionNode)
        case call(String, [ExpressionNode])
        /// `.name` after a call or a parenthesis: `filter(l, item.ok).montant`.
        case member(ExpressionNode, String)
    }

    var kind: Kind
    /// Where the node starts, for problems with the node as a whole (an argument of the wrong type).
    var offset: Int
    /// The token that defines the node: the operator, the function name, the field; `offset` otherwise.
    var operatorOffset: Int
    /// Height of the tree below this node, bounded so that checking and evaluating cannot exhaust the stack.
    var depth: Int

    init(_ kind: Kind, offset: Int, operatorOffset: Int? = nil) {
        self.kind = kind
        self.offset = offset
        self.operatorOffset = operatorOffset ?? offset
        let children: [ExpressionNode] =
            switch kind {
            case .literal, .reference: []
            case .list(let items), .call(_, let items): items
            case .unary(_, let operand), .member(let operand, _): [operand]
            case .binary(_, let left, let right): [left, right]
            }
        self.depth = 1 + (children.map(\.depth).max() ?? 0)
    }

    var literalValue: Value? {
        if case .literal(let value) = kind { return value }
        return nil
    }

    var literalText: String? { literalValue?.text }
}
