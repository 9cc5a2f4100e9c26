/// What the decoders say: `NodeDecoder`'s messages about any mapping, list or value (for answers files and kits
/// alike), and the answers decoder's. The words are in `DecodingMessage+French.swift` and
/// `DecodingMessage+English.swift`.
///
/// `what` is the subject of a message, already worded (`an answers file`, `section 'projet'`); `answer` is the
/// path of an answer (`projet.budget`), quoted by the message.
/// Why a score in an answers file is not used.
enum IgnoredScore: Sendable {
    case fromSubCriteria(subCriteria: [String])
    case fromPrice
    case eliminatory
}

enum DecodingMessage: Wording {
    // MARK: Any mapping, list or value

    case mustBeMapping(what: String, found: Kind)
    case duplicateKey(String, what: String)
    /// `suggestion` is the likely intended key; `expected` lists every key, when there are few enough.
    case unknownKey(String, what: String, suggestion: String?, expected: [String]?)
    case missingKey(String, what: String)
    case mustBeList(what: String, found: Kind)
    case mustBeText(what: String, found: Kind)
    case invalidIdentifier(what: String, text: String, dashes: Bool)
    case mustBeBoolean(what: String, found: Found)
    case mustBeNumber(what: String, found: Found)
    case mustBeWholeNumber(what: String, found: Found)
    case mustBeDate(what: String, found: Found)
    case mustBeLocalized(what: String, found: Kind)
    case unknownLanguage(String, what: String, languages: [String])
    case missingTranslation(what: String, language: String)
    case mustBeExpression(what: String, found: Kind)
    case mustBeQuestionPath(what: String, found: String)
    /// What a reader calls this kind of node: `a list`, `nothing`.
    case kind(Kind)

    // MARK: Subjects of answers files

    case answersFile
    case answersSections
    case section(String)
    case itemOf(answer: String)
    case candidateOf(answer: String)

    // MARK: Answers files

    case languageNotSpoken(String, spoken: [String])
    case wrongKit(String, expected: String)
    case wrongVersion(String, kit: String, found: String)
    /// An earlier version that the kit's migrations bring forward: `participe migrate` does it.
    case migrationAvailable(String, kit: String, found: String, file: String)
    /// A version the kit has no migration from; `from` are the versions it has migrations from.
    case noMigration(String, kit: String, found: String, from: [String])
    /// A version after the kit's: the kit found is older than the answers.
    case newerThanKit(String, kit: String, found: String)
    case kitLacksLanguage(kit: String, language: String, languages: [String])
    case expects(answer: String, expected: Expected, found: Found, tooLarge: Bool)
    case dateNotInCalendar(answer: String, date: String)
    case mustListChoices(answer: String, found: Kind)
    case choiceListedTwice(String, answer: String)
    case choiceGivenTwice(String, answer: String)
    case pointsMustBeNumber(choice: String, tooLarge: Bool)
    case unknownChoice(String, answer: String, suggestion: String?, choices: [String])
    case priceMustBeNumber(tooLarge: Bool)
    case unknownCriterion(String, suggestion: String?, criteria: [String])
    case scoreMustBeNumber(criterion: String, tooLarge: Bool)
    case scoresMustBeMapping
    case failsMustListCriteria
    /// An id in `fails` that is neither an eliminatory criterion nor a requirement of the kit.
    case unknownFailed(id: String, hint: String)
    /// A score given for a criterion the matrix does not score from the file: computed from its
    /// sub-criteria or from the price, or eliminatory (pass or fail, through `fails`).
    case scoreIgnored(criterion: String, why: IgnoredScore)
    /// `; numbers are limited to 10^15 in magnitude`, added to a message about a number too large.
    case numberTooLarge

    /// `; did you mean 'x'?` where there is a likely intended name, nothing otherwise.
    static func hint(_ suggestion: String?, _ language: Language) -> String {
        suggestion.map { SuggestionMessage.didYouMean($0).text(in: language) } ?? ""
    }

    /// The note on numbers too large, where `tooLarge`.
    static func note(_ tooLarge: Bool, _ language: Language) -> String {
        tooLarge ? numberTooLarge.text(in: language) : ""
    }

    /// The kind of a YAML node, as a reader calls it.
    enum Kind: Sendable {
        case nothing
        case scalar
        case list
        case mapping

        init(_ node: YAMLNode) {
            switch node.content {
            case .scalar: self = node.isNull ? .nothing : .scalar
            case .sequence: self = .list
            case .mapping: self = .mapping
            }
        }
    }

    /// What was found instead of what was expected: a value, quoted, or a kind of node.
    enum Found: Sendable {
        case text(String)
        case kind(Kind)

        /// The node's text, cut to `limit` characters, or its kind.
        init(_ node: YAMLNode, limit: Int = .max) {
            if let text = node.scalar, !node.isNull {
                self = .text(String(text.prefix(limit)))
            } else {
                self = .kind(Kind(node))
            }
        }
    }

    /// What an answer should have been.
    enum Expected: Sendable {
        case text
        case wholeNumber
        case number
        case boolean
        case date
        case time
        case choice
        case choices(examples: [String])
        case points
        case items(fields: [String])
        case candidates
    }
}
