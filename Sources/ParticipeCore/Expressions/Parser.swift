/// Recursive-descent parser from tokens to an `ExpressionNode`, one method per precedence level.
///
/// Nesting is bounded by `maximumDepth` both while parsing (parentheses, prefix operators) and in the
/// resulting tree (long operator chains), so that no later recursive walk can exhaust the stack.
struct Parser {
    static let maximumDepth = 200

    let map: SourceMap
    let tokens: [Token]
    /// The language of the error messages.
    let language: Language
    var index = 0
    var nesting = 0

    init(map: SourceMap, language: Language = .english) throws(Diagnostic) {
        self.map = map
        self.language = language
        self.tokens = try Lexer.tokens(of: map, language: language)
    }

    static func parse(_ map: SourceMap, language: Language = .english) throws(Diagnostic) -> ExpressionNode {
        var parser = try Parser(map: map, language: language)
        if parser.current.kind == .end { throw parser.error(.empty, at: parser.current.offset) }
        let node = try parser.expression()
        guard parser.current.kind == .end else { throw parser.trailingTokenError() }
        return node
    }

    // MARK: Precedence levels, loosest first

    mutating func expression() throws(Diagnostic) -> ExpressionNode {
        try enter()
        defer { nesting -= 1 }
        return try or()
    }

    private mutating func or() throws(Diagnostic) -> ExpressionNode {
        var node = try and()
        while current.isWord("or") {
            let op = advance()
            node = try make(.binary(.or, node, try and()), from: node, op: op)
        }
        return node
    }

    private mutating func and() throws(Diagnostic) -> ExpressionNode {
        var node = try not()
        while current.isWord("and") {
            let op = advance()
            node = try make(.binary(.and, node, try not()), from: node, op: op)
        }
        return node
    }

    private mutating func not() throws(Diagnostic) -> ExpressionNode {
        guard current.isWord("not") else { return try comparison() }
        let op = advance()
        try enter()
        defer { nesting -= 1 }
        let operand = try not()
        return try make(.unary(.not, operand), offset: op.offset, op: op)
    }

    private mutating func comparison() throws(Diagnostic) -> ExpressionNode {
        let left = try additive()
        guard let (op, token) = comparisonOperator() else { return left }
        let right = try additive()
        if let (_, second) = peekComparisonOperator() {
            throw error(.chainedComparison, at: second.offset)
        }
        return try make(.binary(op, left, right), from: left, op: token)
    }

    private mutating func additive() throws(Diagnostic) -> ExpressionNode {
        var node = try multiplicative()
        while let op = [BinaryOperator.add, .subtract].first(where: { current.isSymbol(symbol(for: $0)) }) {
            let token = advance()
            node = try make(.binary(op, node, try multiplicative()), from: node, op: token)
        }
        return node
    }

    private mutating func multiplicative() throws(Diagnostic) -> ExpressionNode {
        var node = try unary()
        while let op = [BinaryOperator.multiply, .divide, .remainder].first(where: {
            current.isSymbol(symbol(for: $0))
        }) {
            let token = advance()
            node = try make(.binary(op, node, try unary()), from: node, op: token)
        }
        return node
    }

    private mutating func unary() throws(Diagnostic) -> ExpressionNode {
        guard current.isSymbol(.minus) else { return try postfix() }
        let op = advance()
        try enter()
        defer { nesting -= 1 }
        let operand = try unary()
        return try make(.unary(.negate, operand), offset: op.offset, op: op)
    }

    private mutating func postfix() throws(Diagnostic) -> ExpressionNode {
        var node = try primary()
        while true {
            if current.isSymbol(.openParen) {
                guard case .reference(let path) = node.kind, path.count == 1 else {
                    throw error(.callOfNonFunction, at: current.offset)
                }
                let open = advance()
                let arguments = try sequence(closing: .closeParen, opener: open)
                node = try make(.call(path[0], arguments), offset: node.offset, op: node.offset)
            } else if current.isSymbol(.dot) {
                advance()
                guard case .word(let name) = current.kind else { throw expected(.fieldName) }
                let field = advance()
                node = try make(.member(node, name), offset: node.offset, op: field)
            } else {
                return node
            }
        }
    }

    private mutating func primary() throws(Diagnostic) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let number):
            advance()
            return ExpressionNode(.literal(.number(number)), offset: token.offset)
        case .text(let text):
            advance()
            return ExpressionNode(.literal(.text(text)), offset: token.offset)
        case .word("true"), .word("false"), .word("null"):
            advance()
            let value: Value = token.isWord("null") ? .null : .boolean(token.isWord("true"))
            return ExpressionNode(.literal(value), offset: token.offset)
        case .word(let word) where !Keyword.all.contains(word):
            return reference()
        case .symbol(.openParen):
            advance()
            let inner = try expression()
            try close(.closeParen, opener: token)
            return inner
        case .symbol(.openBracket):
            advance()
            let items = try sequence(closing: .closeBracket, opener: token)
            return try make(.list(items), offset: token.offset, op: token)
        default:
            throw expected(.value)
        }
    }

    private mutating func reference() -> ExpressionNode {
        let start = current.offset
        var path: [String] = []
        while case .word(let word) = current.kind {
            path.append(word)
            advance()
            // A dot followed by a word continues the name; anything else after a dot is reported by `postfix`.
            guard current.isSymbol(.dot), case .word = peek.kind else { break }
            advance()
        }
        return ExpressionNode(.reference(path), offset: start)
    }
}
