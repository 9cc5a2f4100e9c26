import Foundation

/// Checks a decoded kit as a whole: unique ids, references, expression types, cycles, template files.
struct KitChecker {
    let kit: Kit
    let references: PendingReferences
    private let scope: KitScope
    /// Names bound around the expressions being checked (`entry` in an item made for each entry of a list).
    private var bindings: [String: ValueType] = [:]
    /// The problems found so far (those of the decoder, when it hands its collector on), then the checker's.
    private(set) var collector: DiagnosticCollector

    init(kit: Kit, references: PendingReferences, collector: DiagnosticCollector) {
        self.kit = kit
        self.references = references
        self.collector = collector
        self.scope = KitScope(kit: kit, language: collector.language)
    }

    /// The language of the messages.
    var language: Language { collector.language }

    /// The type of each computed value.
    var computedTypes: [String: ValueType] {
        Dictionary(uniqueKeysWithValues: kit.computed.map { ($0.id, scope.computedType($0.id)) })
    }

    mutating func checkAll() {
        checkUniqueness()
        checkReferences()
        checkExpressions()
        checkCatalogues()
        checkGridsAndMatrices()
        checkTemplateFiles()
        checkDocumentConditions()
        checkLots()
        checkCalendars()
        checkMigrations()
        checkSpreadsheets()
        collector.append(contentsOf: KitDependencies(kit: kit).cycles(language: language))
    }

    private mutating func error(_ message: KitMessage, at location: SourceLocation) {
        collector.error(message, at: location)
    }

    private func suggestion(for word: String, among candidates: some Sequence<String>) -> String {
        Suggestion.hint(for: word, among: candidates, language: language)
    }

    /// Reports ids given twice: "duplicate `what` 'id'`place` (`note`; first defined at line n)".
    private mutating func unique(
        _ entries: [(id: String, location: SourceLocation)], what: KitMessage.Duplicate,
        in place: KitMessage.Place? = nil
    ) {
        var seen: [String: SourceLocation] = [:]
        for entry in entries {
            if let first = seen[entry.id] {
                let otherFile = first.file == entry.location.file ? nil : first.file
                error(
                    .duplicate(what, id: entry.id, place: place, firstLine: first.line, firstFile: otherFile),
                    at: entry.location)
            } else {
                seen[entry.id] = entry.location
            }
        }
    }

    private mutating func checkUniqueness() {
        let names =
            kit.sections.map { ($0.id, $0.location) } + kit.computed.map { ($0.id, $0.location) }
            + kit.grids.map { ($0.id, $0.location) } + kit.matrices.map { ($0.id, $0.location) }
        unique(names, what: .name)
        for section in kit.sections {
            unique(section.questions.map { ($0.id, $0.location) }, what: .question, in: .section(section.id))
            for question in section.questions {
                let place = KitMessage.Place.other("\(section.id).\(question.id)")
                unique(question.choices.map { ($0.id, question.location) }, what: .choice, in: place)
                unique(question.fields.map { ($0.id, $0.location) }, what: .field, in: place)
            }
        }
        unique(kit.rules.map { ($0.id, $0.location) }, what: .rule)
        unique(kit.catalogues.map { ($0.id, $0.location) }, what: .catalogue)
        for catalogue in kit.catalogues {
            unique(catalogue.items.map { ($0.id, $0.location) }, what: .item, in: .catalogue(catalogue.id))
            unique(
                catalogue.categories.map { ($0.id, catalogue.location) }, what: .category, in: .other(catalogue.id))
        }
        unique(kit.lots.map { ($0.id, $0.location) }, what: .lot)
        unique(kit.calendars.map { ($0.id, $0.location) }, what: .calendar)
        unique(kit.documents.map { ($0.id, $0.location) }, what: .document)
        unique(kit.spreadsheets.map { ($0.id, $0.location) }, what: .spreadsheet)
        for spreadsheet in kit.spreadsheets {
            for sheet in spreadsheet.sheets {
                unique(sheet.columns.map { ($0.id, $0.location) }, what: .column, in: .other(spreadsheet.id))
            }
        }
        unique(kit.glossary.map { ($0.id, $0.location) }, what: .glossary)
        unique(kit.misconceptions.map { ($0.id, $0.location) }, what: .misconception)
    }

    private mutating func checkReferences() {
        for reference in references.questions where kit.question(reference.path) == nil {
            error(unknownQuestionMessage(reference.path, in: reference.what), at: reference.location)
        }
        let glossary = kit.glossary.map(\.id)
        for reference in references.glossary where !glossary.contains(reference.id) {
            error(
                .unknownGlossaryEntry(id: reference.id, hint: suggestion(for: reference.id, among: glossary)),
                at: reference.location)
        }
        let rules = kit.rules.map(\.id)
        for reference in references.rules where !rules.contains(reference.id) {
            error(
                .unknownRule(id: reference.id, hint: suggestion(for: reference.id, among: rules)),
                at: reference.location)
        }
        checkRuleCauses()
        let sections = kit.sections.map(\.id)
        for reference in references.sections where !sections.contains(reference.id) {
            error(
                .unknownSection(id: reference.id, hint: suggestion(for: reference.id, among: sections)),
                at: reference.location)
        }
        let catalogues = kit.catalogues.map(\.id)
        for reference in references.catalogues where !catalogues.contains(reference.id) {
            error(
                .unknownCatalogue(id: reference.id, hint: suggestion(for: reference.id, among: catalogues)),
                at: reference.location)
        }
        let lots = kit.lots.map(\.id)
        for reference in references.lots where !lots.contains(reference.id) {
            error(
                .unknownLot(name: reference.id, hint: suggestion(for: reference.id, among: lots)),
                at: reference.location)
        }
        if lots.isEmpty {
            for location in references.perLot { error(.perLotWithoutLots, at: location) }
        }
    }

    /// A rule cannot follow, through others, from itself: its problem would have no cause to be shown under.
    private mutating func checkRuleCauses() {
        let rules = Dictionary(kit.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var done: Set<String> = []
        for rule in kit.rules where !done.contains(rule.id) {
            var path: [String] = []
            var onPath: Set<String> = []
            func visit(_ id: String) -> [String]? {
                if onPath.contains(id) { return Array(path.drop { $0 != id }) + [id] }
                guard !done.contains(id), let rule = rules[id] else { return nil }
                path.append(id)
                onPath.insert(id)
                defer {
                    path.removeLast()
                    onPath.remove(id)
                    done.insert(id)
                }
                for cause in rule.follows {
                    if let cycle = visit(cause) { return cycle }
                }
                return nil
            }
            if let cycle = visit(rule.id) {
                error(.rulesFollowInCircle(cycle), at: rules[cycle[0]]?.location ?? rule.location)
                return
            }
        }
    }

    /// "unknown question 's.q' in 'concerns'; did you mean 's.r'?": the place before the suggestion.
    private func unknownQuestionMessage(_ path: QuestionPath, in what: String) -> KitMessage {
        guard let section = kit.section(path.section) else {
            let hint = suggestion(for: path.section, among: kit.sections.map(\.id))
            return .unknownSectionOfPath(section: path.section, in: what, path: path.description, hint: hint)
        }
        let paths = section.questions.map { "\(section.id).\($0.id)" }
        return .unknownQuestion(path: path.description, in: what, hint: suggestion(for: path.description, among: paths))
    }

    private mutating func checkExpressions() {
        for section in kit.sections {
            check(section.when, expecting: .boolean, what: .key("when"))
            check(section.intro)
            for question in section.questions {
                check(question.when, expecting: .boolean, what: .key("when"))
                if case .when(let expression) = question.required {
                    check(expression, expecting: .boolean, what: .key("required"))
                }
                check(question.help)
                for asked in [question] + question.fields { checkComputedSettings(of: asked) }
            }
        }
        check(kit.author, expecting: nil, what: .key("author"))
        check(kit.factsDate, expecting: .date, what: .key("facts_date"))
        for computed in kit.computed { _ = scope.computedType(computed.id) }
        for grid in kit.grids {
            for level in grid.levels {
                check(level.when, expecting: .boolean, what: .levelWhen)
                for condition in level.conditions { check(condition.when, expecting: .boolean, what: .levelWhen) }
            }
        }
        for rule in kit.rules {
            check(rule.when, expecting: .boolean, what: .ruleWhen)
            check(rule.message)
            check(rule.action)
        }
        for catalogue in kit.catalogues {
            for item in catalogue.items {
                // An item made for each entry of a list reads that entry as `entry`.
                let entry = item.forEach.flatMap(kit.question).flatMap { question -> ValueType? in
                    guard case .list(let element) = question.valueType() else { return nil }
                    return element
                }
                bindings = entry.map { [Catalogue.Item.entryName: $0] } ?? [:]
                check(item.when, expecting: .boolean, what: .key("when"))
                for (condition, _) in item.priorityWhen { check(condition, expecting: .boolean, what: .key("when")) }
                check(item.title)
                check(item.text)
                for value in item.values { check(value.expression, expecting: nil, what: .plain(value.name)) }
                check(item.weightExpression, expecting: .number, what: .key("weight"))
                bindings = [:]
            }
        }
        collector.append(contentsOf: scope.collector.diagnostics)
    }

    /// A default and bounds written `= expression` must give a value of the question's type.
    private mutating func checkComputedSettings(of question: Question) {
        let boundType: ValueType = question.type == .date ? .date : .number
        check(question.validation.minimumExpression, expecting: boundType, what: .key("min"))
        check(question.validation.maximumExpression, expecting: boundType, what: .key("max"))
        guard let expression = question.defaultExpression else { return }
        let before = collector.diagnostics.count
        let type = expression.check(in: scope, into: &collector, bindings: bindings)
        let expected = question.valueType()
        if collector.diagnostics.count == before, type != .any, !type.isCompatible(with: expected) {
            let what = KitMessage.thing(.key("default")).text(in: language)
            error(.wrongType(what: what, expected: expected, got: type), at: expression.location)
        }
    }

    private mutating func check(_ text: TemplatedText?) {
        for expression in text?.expressions ?? [] { check(expression, expecting: nil, what: .plain("")) }
    }

    private mutating func check(_ expression: Expression?, expecting expected: ValueType?, what: KitMessage.Thing) {
        guard let expression else { return }
        let before = collector.diagnostics.count
        let type = expression.check(in: scope, into: &collector, bindings: bindings)
        if collector.diagnostics.count == before, let expected, type != .any, type != expected {
            let what = KitMessage.thing(what).text(in: language)
            error(.wrongType(what: what, expected: expected, got: type), at: expression.location)
        }
    }

    private mutating func checkCatalogues() {
        for catalogue in kit.catalogues {
            let ids = Set(catalogue.items.map(\.id))
            let criteria = kit.matrices.contains { $0.criteria == catalogue.id }
            // An item made for each entry takes the ids `<id>-1`, `<id>-2`…: a declared id cannot be one of them.
            let generated = Set(catalogue.items.filter { $0.forEach != nil }.map(\.id))
            for item in catalogue.items {
                if let dash = item.id.lastIndex(of: "-"), generated.contains(String(item.id[..<dash])),
                    Int(item.id[item.id.index(after: dash)...]) != nil
                {
                    error(.forEachIdTaken(id: item.id, item: String(item.id[..<dash])), at: item.location)
                }
                if let path = item.forEach, let question = kit.question(path) {
                    if question.type != .list {
                        error(.forEachNotList(path: path.description, type: question.type.rawValue), at: item.location)
                    } else if criteria {
                        error(.forEachInCriteria(catalogue: catalogue.id), at: item.location)
                    }
                }
                if let parent = item.parent, !ids.contains(parent) {
                    let hint = suggestion(for: parent, among: ids)
                    error(.unknownParent(parent: parent, catalogue: catalogue.id, hint: hint), at: item.location)
                }
            }
        }
    }

    private mutating func checkGridsAndMatrices() {
        for grid in kit.grids {
            guard let path = grid.declared, let question = kit.question(path) else { continue }
            let levels = Set(grid.levels.map(\.id))
            if question.type != .single {
                error(.declaredNotSingle(path: path.description), at: grid.location)
            }
            for choice in question.choices where !levels.contains(choice.id) {
                error(
                    .choiceNotLevel(choice: choice.id, path: path.description, grid: grid.id), at: question.location)
            }
        }
        for matrix in kit.matrices {
            if kit.catalogue(matrix.criteria) == nil {
                error(.unknownCriteriaCatalogue(id: matrix.criteria), at: matrix.location)
            }
            if let path = matrix.weights, let question = kit.question(path), question.type != .points {
                error(.weightsNotPoints(path: path.description, type: question.type.rawValue), at: matrix.location)
            }
            if let path = matrix.candidates, let question = kit.question(path), question.type != .scores {
                error(
                    .candidatesNotScores(path: path.description, type: question.type.rawValue), at: matrix.location)
            }
        }
    }

    private mutating func checkTemplateFiles() {
        for template in references.templates {
            let path = KitLoader.join(kit.directory, template.path)
            if !FileManager.default.fileExists(atPath: path) {
                error(.templateNotFound(path: template.path, lookedFor: path), at: template.location)
            }
        }
    }

    /// Migrations start from earlier versions, once each; their choices are choices of the new questions, and a
    /// conversion gives a value of the new question's type.
    private mutating func checkMigrations() {
        var firstLines: [String: Int] = [:]
        for (index, migration) in kit.migrations.enumerated() {
            // Choices and conversions are checked against the kit itself, what the last migration leads to.
            let isLast = index == kit.migrations.count - 1
            let next = kit.questions(after: index)
            // Where answers come from must be a question of the earlier version, when its questions are listed.
            let earlier = Set(migration.questions)
            for (change, location) in zip(migration.changes, migration.changeLocations) where !earlier.isEmpty {
                switch change {
                case .move(let from, _), .remove(let from, _):
                    if !earlier.contains(from) {
                        error(.migrationUnknownSource(path: from.description, version: migration.from), at: location)
                    }
                case .choices, .convert:
                    continue
                }
            }
            let version = kit.version(after: index)
            for target in migration.targets where next.map({ !$0.contains(target.path) }) ?? false {
                error(.migrationUnknownTarget(path: target.path.description, version: version), at: target.location)
            }
            if migration.from == kit.version {
                error(.migrationFromCurrent(version: migration.from), at: migration.location)
            } else if let line = firstLines[migration.from] {
                error(.migrationFromTwice(version: migration.from, firstLine: line), at: migration.location)
            } else {
                firstLines[migration.from] = migration.location.line
            }
            for (change, location) in zip(migration.changes, migration.changeLocations) where isLast {
                switch change {
                case .choices(let path, let map):
                    guard let question = kit.question(path) else { continue }
                    let choices = question.choiceIDs.joined(separator: ", ")
                    for (old, targets) in map.sorted(by: { $0.key < $1.key }) {
                        for target in targets where question.choice(target) == nil {
                            error(
                                .migrationUnknownChoice(choice: target, question: path.description, choices: choices),
                                at: location)
                        }
                        if targets.count > 1, question.type == .single {
                            error(.migrationSplitSingle(choice: old, question: path.description), at: location)
                        }
                    }
                case .convert(let path, let type, let value):
                    guard let question = kit.question(path) else { continue }
                    bindings = [Migration.oldName: Question.plain(id: "old", type: type).valueType()]
                    let before = collector.diagnostics.count
                    let type = value.check(in: scope, into: &collector, bindings: bindings)
                    bindings = [:]
                    let expected = question.valueType()
                    if collector.diagnostics.count == before, type != .any, !type.isCompatible(with: expected) {
                        error(
                            .migrationConvertType(question: path.description, expected: expected, got: type),
                            at: value.location)
                    }
                case .move, .remove:
                    continue
                }
            }
        }
    }

    /// A document's `when` is a condition.
    private mutating func checkDocumentConditions() {
        for document in kit.documents { check(document.when, expecting: .boolean, what: .key("when")) }
    }

    /// A lot's `when` is a condition and its title's expressions are sound.
    private mutating func checkLots() {
        for lot in kit.lots {
            check(lot.when, expecting: .boolean, what: .key("when"))
            check(lot.title)
        }
    }

    /// A milestone's date is a date and its `when` a condition.
    private mutating func checkCalendars() {
        for milestone in kit.calendars.flatMap(\.milestones) {
            check(milestone.date, expecting: .date, what: .key("date"))
            check(milestone.when, expecting: .boolean, what: .key("when"))
        }
    }

    /// A spreadsheet's `when` is a condition, and its columns read values its rows have.
    private mutating func checkSpreadsheets() {
        for spreadsheet in kit.spreadsheets {
            check(spreadsheet.when, expecting: .boolean, what: .key("when"))
            for sheet in spreadsheet.sheets {
                var known: [String]
                switch sheet.rows {
                case .catalogue(let id, _):
                    let items = kit.catalogue(id)?.items ?? []
                    known = SpreadsheetSpec.itemNames
                    for item in items { known += item.values.map(\.name).filter { !known.contains($0) } }
                case .list(let path):
                    guard let question = kit.question(path) else { continue }
                    guard question.type == .list else {
                        error(.rowsNotList(path: path.description, type: question.type.rawValue), at: sheet.location)
                        continue
                    }
                    known = ["index"] + question.fields.map(\.id)
                }
                for column in sheet.columns {
                    guard case .value(let name) = column.content, !known.contains(name) else { continue }
                    error(
                        .unknownRowValue(
                            name: name, known: known.joined(separator: ", "), hint: suggestion(for: name, among: known)),
                        at: column.location)
                }
            }
        }
    }
}
