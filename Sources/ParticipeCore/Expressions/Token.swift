/// One lexical unit of an expression, with the character offset where it starts in the source.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case number(Double)
        case text(String)
        /// An identifier or a keyword: the parser decides which from its position (`a.in` is a field).
        case word(String)
        case symbol(Symbol)
        case end
    }

    /// Punctuation and operators made of symbols.
    enum Symbol: String, Hashable, Sendable, CaseIterable {
        case plus = "+"
        case minus = "-"
        case star = "*"
        case slash = "/"
        case percent = "%"
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case openParen = "("
        case closeParen = ")"
        case openBracket = "["
        case closeBracket = "]"
        case comma = ","
        case dot = "."
    }

    var kind: Kind
    /// Offset in characters from the start of the expression's source.
    var offset: Int
    /// Length in characters, so that a diagnostic can point just past a token.
    var length: Int

    func isWord(_ word: String) -> Bool { kind == .word(word) }

    func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }
}
