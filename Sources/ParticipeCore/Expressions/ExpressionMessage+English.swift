extension ExpressionMessage {
    package var english: String {
        switch self {
        case .empty: "empty expression; expected a value"
        case .chainedComparison: "comparisons cannot be chained; write 'a < b and b < c' instead of 'a < b < c'"
        case .callOfNonFunction: "only a function name can be called, as in 'count(...)'"
        case .tooDeep(let limit):
            "expression is nested too deeply (more than \(limit) levels); split it into computed values"
        case .unclosed(let closing, let opening, let column, let found):
            "expected '\(closing)' to close '\(opening)' opened at column \(column)"
                + (found.map { ", found \($0.english)" } ?? "")
        case .expected(let what, let after, let found):
            found == nil
                ? "unexpected end of expression, expected \(what.english)\(after.map { " after \($0.english)" } ?? "")"
                : "expected \(what.english)\(after.map { " after \($0.english)" } ?? ""), found \(found?.english ?? "")"
        case .unmatched(let closing, let opening): "unexpected '\(closing)' without a matching '\(opening)'"
        case .unexpected(let token): "unexpected \(token.english); expected an operator or the end of the expression"
        case .numberTooLarge(let spelling): "number '\(spelling)' is too large"
        case .unknownEscape(let escaped): "unknown escape '\\\(escaped)' in text; only \\', \\\" and \\\\ are allowed"
        case .unclosedText(let quote): "text is never closed; add a closing \(quote) to end it"
        case .notAnOperator(let spelling):
            switch spelling {
            case "&&": "'&&' is not an operator; use 'and'"
            case "||": "'||' is not an operator; use 'or'"
            case "=": "'=' is not an operator; use '==' to compare"
            default: "'!' is not an operator; use 'not', or '!=' to compare"
            }
        case .unexpectedCharacter(let character, let isLetter):
            isLetter
                ? "unexpected character '\(character)'; names use ASCII letters, digits and '_' only"
                : "unexpected character '\(character)'"
        case .mixedList(let element, let type): "a list cannot mix \(element) and \(type)"
        case .noField(let name, let fields): "no field '\(name)' in this record (fields: \(fields))"
        case .notOneOfTheChoices(let name, let choices): "'\(name)' is not one of the choices (choices: \(choices))"
        case .memberNeedsRecords(let name, let got): "'.\(name)' needs a record or a list of records, got \(got)"
        case .memberNeedsRecord(let name, let got): "'.\(name)' needs a record, got \(got)"
        case .notNeedsCondition(let got):
            "'not' needs true or false, got \(Self.englishDescribe(got)); use 'empty(...)' to test for no answer"
        case .negateNeedsNumber(let got): "'-' needs a number, got \(Self.englishDescribe(got))"
        case .logicNeedsCondition(let op, let onTheLeft, let got):
            "'\(op)' needs true or false on its \(onTheLeft ? "left" : "right"), got \(Self.englishDescribe(got))"
        case .cannotCompare(let left, let right):
            "cannot compare \(Self.englishDescribe(left)) with \(Self.englishDescribe(right))"
        case .cannotOrder(let op, let left, let right):
            "'\(op)' cannot order \(Self.englishDescribe(left)) with \(Self.englishDescribe(right)); it compares numbers, dates or texts"
        case .cannotCombine(let op, let left, let right):
            "cannot \(Self.englishVerbs[op] ?? op) \(Self.englishDescribe(left)) and \(Self.englishDescribe(right)) with '\(op)'"
        case .argumentCount(let function, let counts, let got): "'\(function)' \(Self.englishArity(counts)), got \(got)"
        case .unknownFunction(let name, let suggestion):
            "unknown function '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .needs(let function, let need, let got):
            "'\(function)' needs \(need.english), got \(Self.englishDescribe(got))"
        case .singleChoiceMembership:
            "a single choice holds one id: compare it with '==' rather than 'in' or 'contains'"
        case .textContainsText(let got): "a text can only contain a text, not \(Self.englishDescribe(got))"
        case .membershipNeedsContainer(let got):
            "'in' and 'contains' need a list or a text, got \(Self.englishDescribe(got))"
        case .cannotLookFor(let element, let container):
            "cannot look for \(Self.englishDescribe(element)) in a \(Self.englishDescribe(container))"
        case .notAChoice(let literal, let name, let choices):
            "'\(literal)' is not \(name.map { "a choice of \($0)" } ?? "one of the choices") (choices: \(choices))"
        case .invalidDate(let text): "'\(text)' is not a valid date; write it as YYYY-MM-DD, e.g. '2026-03-01'"
        case .fieldNameTaken(let name):
            "'\(name)' is the number documents give each item of a list: choose another field name"
        case .fieldNameLiteral:
            "the field name must be written as a text of letters, digits and '_', e.g. 'jours_avant'"
        case .branchesDiffer(let first, let second):
            "the two branches of 'if' must have the same type, got \(first) and \(second)"
        }
    }

    /// A type as the English messages name it: "list of text", "choice (text)".
    static func englishDescribe(_ type: ValueType) -> String {
        switch type {
        case .choice: "choice (text)"
        default: type.description
        }
    }

    private static let englishVerbs = [
        "+": "add", "-": "subtract", "*": "multiply", "/": "divide", "%": "take the remainder of",
    ]

    /// "takes 1 or 2 arguments", for the wrong-count diagnostic.
    private static func englishArity(_ counts: ClosedRange<Int>) -> String {
        let (low, high) = (counts.lowerBound, counts.upperBound)
        let noun = { (count: Int) in count == 1 ? "argument" : "arguments" }
        if high == Int.max { return "takes at least \(low) \(noun(low))" }
        if low == high { return low == 0 ? "takes no arguments" : "takes \(low) \(noun(low))" }
        if high == low + 1 { return "takes \(low) or \(high) \(noun(high))" }
        return "takes \(low) to \(high) arguments"
    }
}

extension ExpressionMessage.Expected {
    var english: String {
        switch self {
        case .value: "a value"
        case .fieldName: "a field name"
        }
    }
}

extension ExpressionMessage.TokenText {
    var english: String {
        switch self {
        case .number(let number): "'\(NumberFormat.plain(number))'"
        case .text(let text): "\"\(text)\""
        case .word(let word): "'\(word)'"
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the expression"
        }
    }
}

extension ExpressionMessage.Need {
    var english: String {
        switch self {
        case .list: "a list"
        case .condition: "a condition (true or false)"
        case .numbers: "numbers"
        case .number: "a number"
        case .numbersOrDates: "numbers or dates"
        case .sameType(let type): "values of one type (\(type))"
        case .minutes: "a number of minutes"
        case .text: "a text"
        case .dateText: "a text such as '2026-03-01'"
        case .date: "a date"
        case .twoDates: "two dates"
        case .numberPerItem: "a number for each item"
        case .listOfNumbers: "a list of numbers"
        case .orderable: "numbers, dates or texts to order by"
        case .records: "a list of records (a list question)"
        }
    }
}
