/// What the expression parser and checker say to kit authors: their table of messages. The words are in
/// `ExpressionMessage+French.swift` and `ExpressionMessage+English.swift`.
package enum ExpressionMessage: Wording, Hashable {
    // Reading (`Lexer`, `Parser`).
    case empty
    case chainedComparison
    case callOfNonFunction
    case tooDeep(limit: Int)
    /// `expected ')' to close '(' opened at column 3, found 'x'`; `found` is nil at the end.
    case unclosed(closing: String, opening: String, column: Int, found: TokenText?)
    /// `expected a value after 'and', found …`; `found` is nil at the end of the expression.
    case expected(Expected, after: TokenText?, found: TokenText?)
    case unmatched(closing: String, opening: String)
    case unexpected(TokenText)
    case numberTooLarge(String)
    case unknownEscape(Character)
    case unclosedText(quote: Character)
    case notAnOperator(String)
    case unexpectedCharacter(Character, isLetter: Bool)
    // Types (`Checker`).
    case mixedList(ValueType, ValueType)
    case noField(name: String, fields: String)
    case notOneOfTheChoices(name: String, choices: String)
    case memberNeedsRecords(name: String, got: ValueType)
    case memberNeedsRecord(name: String, got: ValueType)
    case notNeedsCondition(got: ValueType)
    case negateNeedsNumber(got: ValueType)
    case logicNeedsCondition(operator: String, onTheLeft: Bool, got: ValueType)
    case cannotCompare(ValueType, ValueType)
    case cannotOrder(operator: String, ValueType, ValueType)
    case cannotCombine(operator: String, ValueType, ValueType)
    case argumentCount(function: String, counts: ClosedRange<Int>, got: Int)
    case unknownFunction(name: String, suggestion: String?)
    // Functions and membership (`TypeRules`, the function library).
    case needs(function: String, Need, got: ValueType)
    case singleChoiceMembership
    case textContainsText(got: ValueType)
    case membershipNeedsContainer(got: ValueType)
    case cannotLookFor(ValueType, in: ValueType)
    case notAChoice(literal: String, of: String?, choices: String)
    case invalidDate(String)
    /// `add_field`'s name is not a literal field name.
    case fieldNameLiteral
    /// `add_field`'s name is one documents already give each item.
    case fieldNameTaken(String)
    case branchesDiffer(ValueType, ValueType)

    /// What the parser expected.
    package enum Expected: Sendable, Hashable {
        case value
        case fieldName
    }

    /// A token as a message shows it.
    package enum TokenText: Sendable, Hashable {
        case number(Double)
        case text(String)
        case word(String)
        case symbol(String)
        case end
    }

    /// What a function needs of an argument.
    package enum Need: Sendable, Hashable {
        case list
        case condition
        case numbers
        case number
        case numbersOrDates
        case sameType(ValueType)
        case minutes
        case text
        case dateText
        case date
        case twoDates
        case numberPerItem
        case listOfNumbers
        case orderable
        case records
    }
}

extension Token {
    /// The token as a message shows it.
    var shown: ExpressionMessage.TokenText {
        switch kind {
        case .number(let number): .number(number)
        case .text(let text): .text(text)
        case .word(let word): .word(word)
        case .symbol(let symbol): .symbol(symbol.rawValue)
        case .end: .end
        }
    }
}
