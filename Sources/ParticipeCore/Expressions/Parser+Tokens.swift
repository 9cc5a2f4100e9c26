/// Token handling and error wording for `Parser`.
extension Parser {
    var current: Token { tokens[index] }

    var peek: Token { tokens[min(index + 1, tokens.count - 1)] }

    /// The token before `current`, for messages such as "expected a value after 'and'".
    var previous: Token? { index > 0 ? tokens[index - 1] : nil }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func enter() throws(Diagnostic) {
        nesting += 1
        guard nesting <= Self.maximumDepth else { throw tooDeep(at: current.offset) }
    }

    func tooDeep(at offset: Int) -> Diagnostic {
        error(.tooDeep(limit: Self.maximumDepth), at: offset)
    }

    /// An error worded in the parser's language, at `offset`.
    func error(_ message: ExpressionMessage, at offset: Int) -> Diagnostic {
        Diagnostic(message, in: language, at: map.location(at: offset))
    }

    func make(_ kind: ExpressionNode.Kind, from left: ExpressionNode, op: Token) throws(Diagnostic) -> ExpressionNode {
        try make(kind, offset: left.offset, op: op)
    }

    func make(_ kind: ExpressionNode.Kind, offset: Int, op: Token) throws(Diagnostic) -> ExpressionNode {
        try make(kind, offset: offset, op: op.offset)
    }

    func make(_ kind: ExpressionNode.Kind, offset: Int, op: Int) throws(Diagnostic) -> ExpressionNode {
        let node = ExpressionNode(kind, offset: offset, operatorOffset: op)
        guard node.depth <= Self.maximumDepth else { throw tooDeep(at: op) }
        return node
    }

    func symbol(for op: BinaryOperator) -> Token.Symbol {
        Token.Symbol(rawValue: op.rawValue) ?? .comma
    }

    /// Consumes a comparison operator (`not in` is two words) if one is next.
    mutating func comparisonOperator() -> (BinaryOperator, Token)? {
        guard let (op, token) = peekComparisonOperator() else { return nil }
        advance()
        if op == .notIn { advance() }
        return (op, token)
    }

    func peekComparisonOperator() -> (BinaryOperator, Token)? {
        let token = current
        switch token.kind {
        case .symbol(let symbol):
            guard let op = BinaryOperator(rawValue: symbol.rawValue), op.isComparison else { return nil }
            return (op, token)
        case .word("in"): return (.in, token)
        case .word("contains"): return (.contains, token)
        case .word("not") where peek.isWord("in"): return (.notIn, token)
        default: return nil
        }
    }

    /// Comma-separated expressions up to `closing`, after `opener` was consumed.
    mutating func sequence(closing: Token.Symbol, opener: Token) throws(Diagnostic) -> [ExpressionNode] {
        var items: [ExpressionNode] = []
        if current.isSymbol(closing) {
            advance()
            return items
        }
        while true {
            items.append(try expression())
            if current.isSymbol(.comma) {
                advance()
                continue
            }
            try close(closing, opener: opener)
            return items
        }
    }

    mutating func close(_ closing: Token.Symbol, opener: Token) throws(Diagnostic) {
        guard current.isSymbol(closing) else {
            let open = opener.kind == .symbol(.openParen) ? "(" : "["
            let column = map.column(at: opener.offset)
            let found = current.kind == .end ? nil : current.shown
            throw error(
                .unclosed(closing: closing.rawValue, opening: open, column: column, found: found), at: current.offset)
        }
        advance()
    }

    /// "unexpected end of expression, expected a value after 'and'", or the token found instead.
    func expected(_ what: ExpressionMessage.Expected) -> Diagnostic {
        let found = current.kind == .end ? nil : current.shown
        return error(.expected(what, after: previous?.shown, found: found), at: current.offset)
    }

    func trailingTokenError() -> Diagnostic {
        let message: ExpressionMessage =
            switch current.kind {
            case .symbol(.closeParen): .unmatched(closing: ")", opening: "(")
            case .symbol(.closeBracket): .unmatched(closing: "]", opening: "[")
            default: .unexpected(current.shown)
            }
        return error(message, at: current.offset)
    }
}
