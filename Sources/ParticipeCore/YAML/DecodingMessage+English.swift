extension DecodingMessage {
    var english: String {
        switch self {
        case .mustBeMapping(let what, let found): "\(what) must be a mapping, found \(found.english)"
        case .duplicateKey(let key, let what): "duplicate key '\(key)' in \(what)"
        case .unknownKey(let key, let what, let suggestion, let expected):
            "unknown key '\(key)' in \(what)\(Self.hint(suggestion, .english))"
                + (expected.map { " (expected: \($0.map { "'\($0)'" }.joined(separator: ", ")))" } ?? "")
        case .missingKey(let key, let what): "missing key '\(key)' in \(what)"
        case .mustBeList(let what, let found): "\(what) must be a list, found \(found.english)"
        case .mustBeText(let what, let found): "\(what) must be a text, found \(found.english)"
        case .invalidIdentifier(let what, let text, let dashes):
            "\(what) '\(text)' is not a valid id: use lower-case ASCII letters, digits, '_'"
                + (dashes ? " and '-'" : "")
        case .mustBeBoolean(let what, let found): "\(what) must be true or false, found \(found.english)"
        case .mustBeNumber(let what, let found): "\(what) must be a number, found \(found.english)"
        case .mustBeWholeNumber(let what, let found): "\(what) must be a whole number, found \(found.english)"
        case .mustBeDate(let what, let found): "\(what) must be a date written YYYY-MM-DD, found \(found.english)"
        case .mustBeLocalized(let what, let found):
            "\(what) must be a text or a mapping of languages to texts, found \(found.english)"
        case .unknownLanguage(let language, let what, let languages):
            "unknown language '\(language)' in \(what); the kit's languages are \(languages.joined(separator: ", "))"
        case .missingTranslation(let what, let language): "\(what) has no '\(language)' translation"
        case .mustBeExpression(let what, let found): "\(what) must be an expression, found \(found.english)"
        case .mustBeQuestionPath(let what, let found):
            "\(what) must name a question as 'section.question', found '\(found)'"
        case .kind(let kind): kind.english

        case .answersFile: "an answers file"
        case .answersSections: "'answers' (sections of the kit)"
        case .section(let id): "section '\(id)'"
        case .itemOf(let answer): "an item of '\(answer)'"
        case .candidateOf(let answer): "a candidate of '\(answer)'"

        case .languageNotSpoken(let code, let spoken):
            "Participe does not speak '\(code)': 'language' is one of \(spoken.joined(separator: ", "))"
        case .wrongKit(let kit, let expected): "these answers are for the kit '\(kit)', not '\(expected)'"
        case .wrongVersion(let version, let kit, let found):
            "these answers were written for version \(version) of the kit '\(kit)', but the kit found is version \(found)"
        case .migrationAvailable(let version, let kit, let found, let file):
            "these answers were written for version \(version) of the kit '\(kit)', which is now version \(found): "
                + "'participe migrate \(file)' brings them forward, keeping aside what no longer fits"
        case .newerThanKit(let version, let kit, let found):
            "these answers were written for version \(version) of the kit '\(kit)', newer than the kit found "
                + "(version \(found)): use the kit of version \(version)"
        case .noMigration(let version, let kit, let found, let from):
            "the kit '\(kit)' (version \(found)) has no migration from version \(version)"
                + (from.isEmpty ? "" : " (migrations from: \(from.joined(separator: ", ")))")
        case .kitLacksLanguage(let kit, let language, let languages):
            "the kit '\(kit)' has no language '\(language)' (languages: \(languages.joined(separator: ", ")))"
        case .expects(let answer, let expected, let found, let tooLarge):
            "'\(answer)' expects \(expected.english), found \(found.english)\(Self.note(tooLarge, .english))"
        case .dateNotInCalendar(let answer, let date): "'\(answer)': the date \(date) does not exist in the calendar"
        case .mustListChoices(let answer, let found): "'\(answer)' must list choice ids, found \(found.english)"
        case .choiceListedTwice(let id, let answer): "choice '\(id)' is listed twice in '\(answer)'"
        case .choiceGivenTwice(let id, let answer): "choice '\(id)' is given twice in '\(answer)'"
        case .pointsMustBeNumber(let id, let tooLarge):
            "points for '\(id)' must be a number\(Self.note(tooLarge, .english))"
        case .unknownChoice(let text, let answer, let suggestion, let choices):
            "unknown choice '\(text)' for '\(answer)'\(Self.hint(suggestion, .english)) (choices: \(choices.joined(separator: ", ")))"
        case .priceMustBeNumber(let tooLarge):
            "'price' must be a number (euros excluding tax)\(Self.note(tooLarge, .english))"
        case .unknownCriterion(let id, let suggestion, let criteria):
            "unknown criterion '\(id)'\(Self.hint(suggestion, .english)) (criteria: \(criteria.joined(separator: ", ")))"
        case .scoreMustBeNumber(let id, let tooLarge):
            "the score for '\(id)' must be a number\(Self.note(tooLarge, .english))"
        case .scoresMustBeMapping: "'scores' must be a mapping of criterion ids to scores"
        case .failsMustListCriteria: "'fails' must list ids of eliminatory criteria or of requirements"
        case .unknownFailed(let id, let hint):
            "'\(id)' is neither an eliminatory criterion nor a requirement of the kit\(hint)"
        case .scoreIgnored(let id, .fromSubCriteria(let subCriteria)):
            "the score for '\(id)' is ignored: it is computed from its sub-criteria; "
                + "score those instead (\(subCriteria.joined(separator: ", ")))"
        case .scoreIgnored(let id, .fromPrice):
            "the score for '\(id)' is ignored: it is computed from the offer's 'price'"
        case .scoreIgnored(let id, .eliminatory):
            "the score for '\(id)' is ignored: it is eliminatory, pass or fail; list it under 'fails' if the offer fails it"
        case .numberTooLarge: "; numbers are limited to 10^15 in magnitude"
        }
    }
}

extension DecodingMessage.Kind {
    var english: String {
        switch self {
        case .nothing: "nothing"
        case .scalar: "a scalar"
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }
}

extension DecodingMessage.Found {
    var english: String {
        switch self {
        case .text(let text): "'\(text)'"
        case .kind(let kind): kind.english
        }
    }
}

extension DecodingMessage.Expected {
    var english: String {
        switch self {
        case .text: "a text"
        case .wholeNumber: "a whole number"
        case .number: "a number"
        case .boolean: "true or false (oui/non, yes/no)"
        case .date: "a date written YYYY-MM-DD"
        case .time: "a time of day written HH:MM"
        case .choice: "one choice id"
        case .choices(let examples): "a list of choice ids, such as [\(examples.joined(separator: ", "))]"
        case .points: "a mapping of choice ids to points"
        case .items(let fields): "a list of items, each a mapping of \(fields.joined(separator: ", "))"
        case .candidates: "a list of candidates, each with 'candidate' and 'scores'"
        }
    }
}
