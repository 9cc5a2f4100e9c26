/// Splits an expression's source into tokens, failing on the first character it cannot read.
struct Lexer {
    private let map: SourceMap
    /// The language of the error messages.
    private let language: Language
    private var characters: [Character] { map.characters }
    private var position = 0

    init(map: SourceMap, language: Language = .english) {
        self.map = map
        self.language = language
    }

    /// All tokens, ending with `.end`.
    static func tokens(of map: SourceMap, language: Language = .english) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(map: map, language: language)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(Diagnostic) -> Token {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        let start = position
        guard position < characters.count else { return Token(kind: .end, offset: start, length: 0) }
        let character = characters[position]
        if character.isASCII, character.isNumber { return try number() }
        if character.isASCII, character.isLetter || character == "_" { return word() }
        if character == "'" || character == "\"" { return try text(quote: character) }
        return try symbol()
    }

    private mutating func number() throws(Diagnostic) -> Token {
        let start = position
        skipDigits()
        if position + 1 < characters.count, characters[position] == ".", characters[position + 1].isASCII,
            characters[position + 1].isNumber
        {
            position += 1
            skipDigits()
        }
        let spelling = String(characters[start..<position])
        guard let number = Double(spelling), number.isFinite else {
            throw error(.numberTooLarge(spelling), at: start)
        }
        return Token(kind: .number(number), offset: start, length: position - start)
    }

    private mutating func skipDigits() {
        while position < characters.count, characters[position].isASCII, characters[position].isNumber {
            position += 1
        }
    }

    private mutating func word() -> Token {
        let start = position
        while position < characters.count, characters[position].isASCII,
            characters[position].isLetter || characters[position].isNumber || characters[position] == "_"
        {
            position += 1
        }
        return Token(kind: .word(String(characters[start..<position])), offset: start, length: position - start)
    }

    private mutating func text(quote: Character) throws(Diagnostic) -> Token {
        let start = position
        position += 1
        var text = ""
        while position < characters.count {
            let character = characters[position]
            if character == quote {
                position += 1
                return Token(kind: .text(text), offset: start, length: position - start)
            }
            if character == "\\" {
                guard position + 1 < characters.count else { break }
                let escaped = characters[position + 1]
                guard escaped == "'" || escaped == "\"" || escaped == "\\" else {
                    throw error(.unknownEscape(escaped), at: position)
                }
                text.append(escaped)
                position += 2
                continue
            }
            text.append(character)
            position += 1
        }
        throw error(.unclosedText(quote: quote), at: start)
    }

    private mutating func symbol() throws(Diagnostic) -> Token {
        let start = position
        let pair = position + 1 < characters.count ? String(characters[position...position + 1]) : ""
        if let symbol = Token.Symbol(rawValue: pair) {
            position += 2
            return Token(kind: .symbol(symbol), offset: start, length: 2)
        }
        if let symbol = Token.Symbol(rawValue: String(characters[position])) {
            position += 1
            return Token(kind: .symbol(symbol), offset: start, length: 1)
        }
        throw error(Self.explain(characters[position], pair: pair), at: start)
    }

    private func error(_ message: ExpressionMessage, at offset: Int) -> Diagnostic {
        Diagnostic(message, in: language, at: map.location(at: offset))
    }

    /// Words for the characters people bring from other languages.
    private static func explain(_ character: Character, pair: String) -> ExpressionMessage {
        switch (character, pair) {
        case (_, "&&"), (_, "||"): .notAnOperator(pair)
        case ("=", _), ("!", _): .notAnOperator(String(character))
        default: .unexpectedCharacter(character, isLetter: character.isLetter)
        }
    }
}
