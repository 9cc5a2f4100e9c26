extension KitMessage {
    package var english: String {
        switch self {
        case .unspokenLanguage(let code, let spoken):
            "Participe does not speak '\(code)': a kit's languages are among \(spoken)"
        case .noLanguage: "'languages' must name at least one language, such as [fr, en]"
        case .noSection: "a kit needs at least one section"
        case .unclosedInterpolation: "'{{' opens an interpolation that is never closed with '}}'"
        case .sectionInKitText(let tag):
            "'{{\(tag)}}' is a Mustache section: kit texts only interpolate expressions ('{{ expression }}'); "
                + "choose the text with `when` on the item or with if(condition, 'text', '') inside '{{ }}', "
                + "and keep sections for document templates"
        case .singleBraces(let name):
            "'{\(name)}' is shown as written: to interpolate the value, write '{{ \(name) }}'"
        case .mixedInterpolation(let name):
            "this text interpolates with '{{ }}' and also writes '{\(name)}', which would be shown as written: "
                + "write '{{ \(name) }}'"
        case .noKit(let id, let folders, let hint):
            "no kit '\(id)' found in \(folders.map { "'\($0)'" }.joined(separator: ", "))\(hint)"
        case .kitsAvailable(let ids): "kits available: \(ids.joined(separator: ", "))"
        case .unknownValueLanguage(let language, let languages):
            "unknown language '\(language)' in 'value'; the kit's languages are \(languages)"
        case .missingValueLanguage(let id, let language): "computed value '\(id)' has no '\(language)' expression"
        case .noLevel: "a grid needs at least one level"
        case .unknownPriceFormula(let name, let hint):
            "unknown price formula '\(name)': use proportional, linear or linear_range\(hint)"
        case .unknownSeverity(let name, let hint): "unknown severity '\(name)': use blocker, warning or advice\(hint)"
        case .unknownCategory(let name, let hint):
            "unknown category '\(name)' (declare it in the catalogue's 'categories')\(hint)"
        case .unknownLot(let name, let hint): "unknown lot '\(name)' (declare it under the kit's 'lots')\(hint)"
        case .perLotWithoutLots: "'per_lot: true' needs lots: declare them under the kit's 'lots'"
        case .unknownCriterionKind(let name): "unknown criterion kind '\(name)': use scored, price or eliminatory"
        case .valuesNotMapping: "'values' must be a mapping of names to expressions"
        case .unknownPriority(let name, let known, let hint): "unknown priority '\(name)' (priorities: \(known))\(hint)"
        case .unknownQuestionType(let name, let hint, let known):
            "unknown question type '\(name)'\(hint) (types: \(known))"
        case .fieldType(let type): "a field of a list cannot be of type '\(type)'"
        case .fieldWhen: "a field of a list cannot have 'when': every field is asked for every item"
        case .needsChoices(let type): "a question of type '\(type)' needs 'choices'"
        case .exclusiveOutsideMultiple(let type):
            "'exclusive' only applies to the choices of a 'multiple' question, not of a '\(type)' question"
        case .listNeedsFields: "a list question needs 'fields'"
        case .scoresNeedCriteria: "a scores question needs 'criteria': the catalogue of criteria to score"
        case .notApplicable(let key, let type): "'\(key)' does not apply to a question of type '\(type)'"
        case .fieldRequired: "'required' of a field must be true or false"
        case .examplesShape: "'examples' must be a list, or a mapping of languages to lists"
        case .unknownExamplesLanguage(let language): "unknown language '\(language)' in 'examples'"
        case .minAboveMax(let minimum, let maximum): "'min' (\(minimum)) is greater than 'max' (\(maximum))"
        case .scaleBounds: "a scale needs 'min' below 'max'"
        case .scaleLabelLevel(let minimum, let maximum):
            "a scale label must be keyed by a level from \(minimum) to \(maximum)"
        case .leavesKit(let path, let kind, let reason):
            "\(kind.english) '\(path)' leaves the kit folder: \(reason); expected a path relative to the kit "
                + "folder that stays inside it, such as '\(kind.example)'"
        case .notAFileName(let name, let reason, let limit):
            "the file name '\(name)' is not a plain name: \(reason); expected a name without '/', '..' or "
                + "control characters, at most \(limit) bytes long, such as 'cahier-des-charges'"
        case .fieldDefaultExpression:
            "a field of a list takes a plain default, not '= expression': compute the value with add_field"
        case .forEachNotList(let path, let type):
            "'for_each' needs a question of type 'list', but '\(path)' is of type '\(type)'"
        case .migrationChangeShape:
            "a change is one of {move: s.q, to: s.r}, {choices: s.q, map: {old: new}}, {remove: s.q, note: …} "
                + "or {convert: s.q, value: \"expression of old\"}"
        case .migrationUnknownTarget(let path, let version):
            "'\(path)' is not a question of version \(version): a migration brings answers to questions that exist"
        case .migrationUnknownSource(let path, let version):
            "'\(path)' is not among the questions of version \(version) that the migration lists"
        case .migrationChoiceMap: "'map' gives each former choice id its new id, or a list of ids: {ancien: nouveau}"
        case .migrationFromCurrent(let version):
            "a migration from version \(version), the kit's own version, would never apply: 'from' names an earlier version"
        case .migrationFromTwice(let version, let line):
            "two migrations from version \(version) (the first at line \(line))"
        case .migrationUnknownChoice(let choice, let question, let choices):
            "'\(choice)' is not a choice of \(question) (choices: \(choices))"
        case .migrationSplitSingle(let choice, let question):
            "'\(choice)' is split into several choices, but \(question) takes only one"
        case .migrationConvertType(let question, let expected, let got):
            "the value converted for \(question) must be \(expected), got \(got)"
        case .forEachIdTaken(let id, let item):
            "id '\(id)' is taken by item '\(item)', made for each entry ('\(item)-1', '\(item)-2'…): choose another id"
        case .forEachInCriteria(let catalogue):
            "catalogue '\(catalogue)' gives a matrix its criteria, which the kit fixes: its items cannot be made "
                + "'for_each' entry of an answer"
        case .duplicate(let kind, let id, let place, let line, let file):
            "duplicate \(kind.english) '\(id)'\(place?.english ?? "") (\(kind.englishNote)first defined "
                + (file.map { "in \($0) at line \(line))" } ?? "at line \(line))")
        case .unknownQuestion(let path, let what, let hint): "unknown question '\(path)' in \(what)\(hint)"
        case .unknownSectionOfPath(let section, let what, let path, let hint):
            "unknown section '\(section)' in \(what) ('\(path)')\(hint)"
        case .unknownGlossaryEntry(let id, let hint): "unknown glossary entry '\(id)'\(hint)"
        case .unknownRule(let id, let hint): "unknown rule '\(id)' in 'follows'\(hint)"
        case .rulesFollowInCircle(let ids):
            "rules follow from one another in a circle: \(ids.joined(separator: " → ")); one of them must be the cause, "
                + "with no 'follows' to the others"
        case .unknownSection(let id, let hint): "unknown section '\(id)'\(hint)"
        case .unknownCatalogue(let id, let hint): "unknown catalogue '\(id)'\(hint)"
        case .unknownCriteriaCatalogue(let id): "unknown catalogue '\(id)' in 'criteria'"
        case .wrongType(let what, let expected, let got):
            "\(what) must be \(expected == .boolean ? "a condition (true or false)" : "a \(expected)"), "
                + "but this expression gives a \(got)"
        case .unknownParent(let parent, let catalogue, let hint):
            "unknown parent '\(parent)' in catalogue '\(catalogue)'\(hint)"
        case .declaredNotSingle(let path): "the declared level '\(path)' must be a 'single' question"
        case .choiceNotLevel(let choice, let path, let grid):
            "choice '\(choice)' of '\(path)' is not a level of grid '\(grid)'"
        case .weightsNotPoints(let path, let type): "'weights' must name a 'points' question; '\(path)' is '\(type)'"
        case .candidatesNotScores(let path, let type):
            "'candidates' must name a 'scores' question; '\(path)' is '\(type)'"
        case .templateNotFound(let path, let lookedFor): "template file '\(path)' not found (looked for '\(lookedFor)')"
        case .cycle(let nodes):
            "cycle: \(nodes.map(\.english).joined(separator: " → ")); a value cannot depend on itself"
        case .emptyReference: "empty reference"
        case .sectionNotQuestion(let section, let example):
            "'\(section)' is a section: name one of its questions, as '\(section).\(example)'"
        case .unknownQuestionOfSection(let section, let question, let suggestion):
            "unknown question '\(section).\(question)'"
                + (suggestion.map { "; did you mean '\(section).\($0)'?" } ?? "")
        case .notAChoice(let reference, let question, let choices):
            "'\(reference)' is not a choice of '\(question)' (choices: \(choices))"
        case .noPart(let question, let part): "'\(question)' has no part named '\(part)'"
        case .gridMember(let member, let grid, let members):
            "a grid has no '\(member)'; use \(grid).\(members.joined(separator: ", \(grid)."))"
        case .matrixMember(let member, let members):
            "a matrix has no '\(member)'; use \(members.joined(separator: ", "))"
        case .unknownSectionOfReference(let section, let reference, let suggestion):
            "unknown section '\(section)' in '\(reference)'; did you mean '\(suggestion)'?"
        case .unknownName(let reference, let hint): "unknown name '\(reference)'\(hint)"
        case .languagesDisagree(let id, let type, let other):
            "the languages of computed value '\(id)' give different types (\(type) and \(other))"
        case .factWithoutValue(let id):
            "fact '\(id)' has no value: give at least one under 'values', with the dates 'from' and 'until' "
                + "between which it holds"
        case .factPeriodBackwards(let from, let until):
            "this period ends ('until': \(until)) before it starts ('from': \(from))"
        case .factPeriodOverlaps(let previousUntil):
            "the periods of a fact follow one another without overlapping: this one must start ('from') after "
                + "\(previousUntil), the end of the previous one"
        case .factPeriodAfterOpenEnd:
            "the previous period has no end ('until'): only the last period of a fact may stay open"
        case .factPeriodsDisagree(let id, let type, let other):
            "the periods of fact '\(id)' give different types (\(type) and \(other))"
        case .noSheet: "a spreadsheet needs at least one sheet under 'sheets'"
        case .sheetRows:
            "'rows' gives either 'catalogue' (with 'exclude' if need be) or 'list', "
                + "such as {catalogue: exigences} or {list: equipe.membres}"
        case .unknownColumn(let id, let columns): "unknown column '\(id)'; the sheet's columns are \(columns)"
        case .unknownColumnType(let name, let known, let hint): "unknown column type '\(name)': use \(known)\(hint)"
        case .columnContent:
            "a column gives exactly one of 'value' (a value of the row), 'input: true' (a cell to fill) or "
                + "'product' (the product of two columns)"
        case .productOfTwo: "'product' names two columns, such as [quantite, prix]"
        case .unknownRowValue(let name, let known, let hint):
            "the rows of this sheet have no value '\(name)'; they have \(known)\(hint)"
        case .rowsNotList(let path, let type): "a sheet's rows come from a list question, and '\(path)' is a \(type)"
        case .thing(let thing): thing.english
        }
    }
}

extension KitMessage.Duplicate {
    var english: String {
        switch self {
        case .name: "name"
        case .question: "question id"
        case .choice: "choice id"
        case .field: "field id"
        case .rule: "rule id"
        case .catalogue: "catalogue id"
        case .item: "item id"
        case .category: "category id"
        case .lot: "lot id"
        case .calendar: "calendar id"
        case .document: "document id"
        case .spreadsheet: "spreadsheet id"
        case .column: "column id"
        case .glossary: "glossary id"
        case .misconception: "misconception id"
        }
    }

    var englishNote: String {
        self == .name ? "sections, computed values, grids and matrices share one namespace; " : ""
    }
}

extension KitMessage.Place {
    var english: String {
        switch self {
        case .section(let id): " in section '\(id)'"
        case .catalogue(let id): " in catalogue '\(id)'"
        case .other(let name): " in '\(name)'"
        }
    }
}

extension KitMessage.PathKind {
    var english: String {
        switch self {
        case .include: "the included file"
        case .template: "the template"
        case .kitFile: "the file"
        }
    }
}

extension KitMessage.Node {
    var english: String {
        switch self {
        case .question(let path): "question '\(path)'"
        case .computed(let id): "computed value '\(id)'"
        case .fact(let id): "fact '\(id)'"
        case .factsDate: "the facts' date ('facts_date')"
        case .grid(let id): "grid '\(id)'"
        case .matrix(let id): "matrix '\(id)'"
        }
    }
}

extension KitMessage.Thing {
    var english: String {
        switch self {
        case .key(let key): "'\(key)'"
        case .keyIn(let key, let language): "'\(key)' (\(language))"
        case .entry(let key): "an entry of '\(key)'"
        case .namedValue(let name): "value '\(name)'"
        case .kit: "the kit"
        case .kitID: "the kit id"
        case .kitVersion: "the kit version"
        case .kitTitle: "the kit title"
        case .kitDescription: "the kit description"
        case .languageCode: "a language code"
        case .includedFile: "an included file"
        case .section: "a section"
        case .sectionID: "a section id"
        case .question: "a question"
        case .questionID: "a question id"
        case .field: "a field"
        case .fieldID: "a field id"
        case .choice: "a choice"
        case .choiceID: "a choice id"
        case .example: "an example"
        case .scaleLabel: "a scale label"
        case .computedValue: "a computed value"
        case .computedValueID: "a computed value id"
        case .fact: "a dated fact"
        case .factID: "a fact id"
        case .factPeriod: "a period of a fact"
        case .grid: "a grid"
        case .gridID: "a grid id"
        case .gridLevel: "a grid level"
        case .levelID: "a level id"
        case .matrix: "a matrix"
        case .matrixID: "a matrix id"
        case .rule: "a rule"
        case .ruleID: "a rule id"
        case .lot: "a lot"
        case .lotID: "a lot id"
        case .calendar: "a calendar"
        case .calendarID: "a calendar id"
        case .milestone: "a calendar milestone"
        case .document: "a document"
        case .documentID: "a document id"
        case .spreadsheet: "a spreadsheet"
        case .spreadsheetID: "a spreadsheet id"
        case .sheet: "a sheet"
        case .column: "a column"
        case .columnID: "a column id"
        case .glossaryEntry: "a glossary entry"
        case .glossaryID: "a glossary id"
        case .misconception: "a misconception"
        case .misconceptionID: "a misconception id"
        case .migration: "a migration"
        case .migrationChange: "a change of a migration"
        case .catalogue: "a catalogue"
        case .catalogueID: "a catalogue id"
        case .category: "a category"
        case .categoryID: "a category id"
        case .catalogueItem: "a catalogue item"
        case .itemID: "an item id"
        case .valueName: "a value name"
        case .idList: "a list of ids"
        case .id: "an id"
        case .levelWhen: "a level's 'when'"
        case .ruleWhen: "a rule's 'when'"
        case .plain(let name): name
        }
    }
}
