/// What the kit loader and `participe lint` say to kit authors: their table of messages. The words are in
/// `KitMessage+French.swift` and `KitMessage+English.swift`.
package enum KitMessage: Wording {
    // The kit's header.
    case unspokenLanguage(code: String, spoken: String)
    case noLanguage
    case noSection
    case unclosedInterpolation
    /// `{{# name }}` in a kit text: Mustache sections belong to document templates.
    case sectionInKitText(tag: String)
    /// `{name}` where `{{ name }}` was probably meant.
    case singleBraces(name: String)
    /// A text with both `{{ expression }}` and `{name}`.
    case mixedInterpolation(name: String)
    // Finding a kit (`KitLibrary`).
    case noKit(id: String, folders: [String], hint: String)
    case kitsAvailable([String])
    // Computed values, grids, matrices, rules.
    case unknownValueLanguage(language: String, languages: String)
    case missingValueLanguage(id: String, language: String)
    case noLevel
    case unknownPriceFormula(name: String, hint: String)
    case unknownSeverity(name: String, hint: String)
    // Catalogues.
    case unknownCategory(name: String, hint: String)
    /// A `lots` entry naming no lot of the kit's `lots:`.
    case unknownLot(name: String, hint: String)
    /// `per_lot: true` in a kit that declares no `lots:`.
    case perLotWithoutLots
    case unknownCriterionKind(name: String)
    case valuesNotMapping
    case unknownPriority(name: String, known: String, hint: String)
    // Questions.
    case unknownQuestionType(name: String, hint: String, known: String)
    case fieldType(type: String)
    case fieldWhen
    case fieldDefaultExpression
    case needsChoices(type: String)
    /// `exclusive: true` on a choice of a question other than `multiple`, where every answer is one choice.
    case exclusiveOutsideMultiple(type: String)
    case listNeedsFields
    case scoresNeedCriteria
    case notApplicable(key: String, type: String)
    case fieldRequired
    case examplesShape
    case unknownExamplesLanguage(language: String)
    case minAboveMax(minimum: String, maximum: String)
    case scaleBounds
    case scaleLabelLevel(minimum: Int, maximum: Int)
    // Paths (`KitPaths`).
    case leavesKit(path: String, kind: PathKind, reason: String)
    case notAFileName(name: String, reason: String, limit: Int)
    // The whole kit (`KitChecker`).
    /// `firstFile` is set when the first definition is in another file than the duplicate.
    case duplicate(Duplicate, id: String, place: Place?, firstLine: Int, firstFile: String? = nil)
    case unknownQuestion(path: String, in: String, hint: String)
    case unknownSectionOfPath(section: String, in: String, path: String, hint: String)
    case unknownGlossaryEntry(id: String, hint: String)
    case unknownRule(id: String, hint: String)
    case rulesFollowInCircle([String])
    case unknownSection(id: String, hint: String)
    case unknownCatalogue(id: String, hint: String)
    case unknownCriteriaCatalogue(id: String)
    case wrongType(what: String, expected: ValueType, got: ValueType)
    case unknownParent(parent: String, catalogue: String, hint: String)
    case declaredNotSingle(path: String)
    case choiceNotLevel(choice: String, path: String, grid: String)
    case weightsNotPoints(path: String, type: String)
    case candidatesNotScores(path: String, type: String)
    case templateNotFound(path: String, lookedFor: String)
    case forEachNotList(path: String, type: String)
    // Migrations.
    case migrationChangeShape
    case migrationUnknownTarget(path: String, version: String)
    case migrationUnknownSource(path: String, version: String)
    case migrationChoiceMap
    case migrationFromCurrent(version: String)
    case migrationFromTwice(version: String, firstLine: Int)
    case migrationUnknownChoice(choice: String, question: String, choices: String)
    case migrationSplitSingle(choice: String, question: String)
    case migrationConvertType(question: String, expected: ValueType, got: ValueType)
    case forEachInCriteria(catalogue: String)
    /// A declared id `<item>-<n>` beside an item `<item>` made for each entry, which gives its copies such ids.
    case forEachIdTaken(id: String, item: String)
    case cycle([Node])
    // Names in expressions (`KitScope`).
    case emptyReference
    case sectionNotQuestion(section: String, example: String)
    case unknownQuestionOfSection(section: String, question: String, suggestion: String?)
    case notAChoice(reference: String, question: String, choices: String)
    case noPart(question: String, part: String)
    case gridMember(member: String, grid: String, members: [String])
    case matrixMember(member: String, members: [String])
    case unknownSectionOfReference(section: String, reference: String, suggestion: String)
    case unknownName(reference: String, hint: String)
    case languagesDisagree(id: String, type: ValueType, other: ValueType)
    case factWithoutValue(id: String)
    case factPeriodBackwards(from: String, until: String)
    case factPeriodOverlaps(previousUntil: String)
    case factPeriodAfterOpenEnd
    case factPeriodsDisagree(id: String, type: ValueType, other: ValueType)
    case noSheet
    case sheetRows
    case unknownColumn(id: String, columns: String)
    case unknownColumnType(name: String, known: String, hint: String)
    case columnContent
    case productOfTwo
    /// A column's `value` that rows of this kind never have.
    case unknownRowValue(name: String, known: String, hint: String)
    /// A sheet whose rows come from a question that is no list.
    case rowsNotList(path: String, type: String)
    /// What a part of the kit is called in the decoder's messages ("a computed value", "'when'").
    case thing(Thing)

    /// An id given twice: what kind of id it is.
    package enum Duplicate: Sendable {
        case name
        case question
        case choice
        case field
        case rule
        case catalogue
        case item
        case category
        case lot
        case calendar
        case document
        case spreadsheet
        case column
        case glossary
        case misconception
    }

    /// Where an id is given twice: " in section 's'", " in catalogue 'c'", " in 's.q'".
    package enum Place: Sendable {
        case section(String)
        case catalogue(String)
        case other(String)
    }

    /// What a path of a kit is: an included file, a template, the kit file itself.
    package enum PathKind: Sendable {
        case include
        case template
        case kitFile

        var example: String {
            switch self {
            case .include: "sections.yaml"
            case .template: "documents/fr/cahier.md.mustache"
            case .kitFile: "kit.yaml"
            }
        }
    }

    /// A step of a cycle of dependencies.
    package enum Node: Sendable {
        case question(String)
        case computed(String)
        case fact(String)
        case factsDate
        case grid(String)
        case matrix(String)
    }

    /// The parts of a kit, as the decoder's messages name them.
    package enum Thing: Sendable {
        case key(String)
        /// `'value' (fr)`: a key's text for one language.
        case keyIn(String, language: String)
        /// `an entry of 'concerns'`.
        case entry(of: String)
        /// `value 'prix'` of a catalogue item.
        case namedValue(String)
        case kit
        case kitID
        case kitVersion
        case kitTitle
        case kitDescription
        case languageCode
        case includedFile
        case section
        case sectionID
        case question
        case questionID
        case field
        case fieldID
        case choice
        case choiceID
        case example
        case scaleLabel
        case computedValue
        case computedValueID
        case fact
        case factID
        case factPeriod
        case grid
        case gridID
        case gridLevel
        case levelID
        case matrix
        case matrixID
        case rule
        case ruleID
        case lot
        case lotID
        case calendar
        case calendarID
        case milestone
        case document
        case documentID
        case spreadsheet
        case spreadsheetID
        case sheet
        case column
        case columnID
        case glossaryEntry
        case glossaryID
        case misconception
        case misconceptionID
        case migration
        case migrationChange
        case catalogue
        case catalogueID
        case category
        case categoryID
        case catalogueItem
        case itemID
        case valueName
        case idList
        case id
        /// `a level's 'when'`, `a rule's 'when'`.
        case levelWhen
        case ruleWhen
        /// A name of the kit's, as it is.
        case plain(String)
    }
}
