/// What `lint` finds in a kit's logic once it loads: conditions that can never hold (a section or question never
/// shown, a rule that never fires, an item never kept, a `required` that never applies, a grid level never
/// reached) and questions or computed values nothing uses.
///
/// Conditions are decided by `ConditionSolver`: exact on booleans, choices and number or date intervals, silent
/// where it cannot be sure. A question whose `when` never holds is then unanswered in every other condition.
package struct KitAnalysis {
    let kit: Kit
    /// Every finding, warnings for what can never happen, notes for what nothing uses, in kit order.
    package private(set) var findings: [Diagnostic] = []
    private let language: Language
    private var neverShown: Set<QuestionPath> = []

    /// `documentNames` are the names the kit's templates read, from the root (see `TemplateContract`).
    /// `today` is the day a fact's end is judged against.
    package init(kit: Kit, documentNames: Set<String>, language: Language, today: CalendarDate) {
        self.kit = kit
        self.language = language
        findNeverShown()
        checkFacts(today: today)
        checkConditions()
        checkUnits()
        checkMigrations()
        checkUnused(documentNames: documentNames)
        findings = findings.inFileOrder()
    }

    private var solver: ConditionSolver {
        let kit = kit
        let neverShown = neverShown
        return ConditionSolver { subject, constants in
            // `entry.x` in an item made for each entry is the entry's field, whatever the sections are named.
            guard let path = subject.path, path.count == 2, path[0] != Catalogue.Item.entryName else { return .any }
            let questionPath = QuestionPath(path[0], path[1])
            guard let question = kit.question(questionPath) else { return .any }
            if neverShown.contains(questionPath) { return .values([.null]) }
            return Self.domain(of: question, constants: constants)
        }
    }

    /// The values an answer to `question` can take, as far as tests against `constants` can tell them apart.
    static func domain(of question: Question, constants: [Value]) -> ConditionSolver.Domain {
        switch question.type {
        case .boolean:
            return .values([.null, .boolean(true), .boolean(false)])
        case .single:
            return .values([.null] + question.choices.map { .text($0.id) })
        case .multiple, .ranking:
            var seen: Set<String> = []
            let mentioned = constants.compactMap(\.text).filter {
                question.choice($0) != nil && seen.insert($0).inserted
            }
            guard mentioned.count <= ConditionSolver.setLimit else { return .undecided }
            let exclusive = Set(question.choices.filter(\.exclusive).map(\.id))
            let unmentioned = question.choiceIDs.filter { !seen.contains($0) }
            // A choice not tested stands for all the others: one that goes with others, one that goes alone.
            let other = unmentioned.first { !exclusive.contains($0) }
            let alone = unmentioned.first { exclusive.contains($0) }
            let sets =
                ConditionSolver.subsets(of: mentioned + (other.map { [$0] } ?? []))
                + (alone.map { [[$0]] } ?? [])
                + constants.compactMap { $0.list?.compactMap(\.text) }.filter { $0.allSatisfy(seen.contains) }
            let valid = sets.filter { set in set.count <= 1 || exclusive.isDisjoint(with: set) }
            return .values([.null] + valid.map { .list($0.map(Value.text)) })
        case .integer, .scale, .time:
            let (low, high) = bounds(of: question)
            let whole = ConditionSolver.numbers(around: constants).flatMap { [$0.rounded(.down), $0.rounded(.up)] }
            return .values([.null] + within(low, high, whole + [low, high, 0].compactMap { $0 }).map(Value.number))
        case .number:
            let (low, high) = bounds(of: question)
            let numbers = ConditionSolver.numbers(around: constants) + [low, high, 0].compactMap { $0 }
            return .values([.null] + within(low, high, numbers).map(Value.number))
        case .date:
            let (low, high) = (question.validation.minimumDate, question.validation.maximumDate)
            let dates = ConditionSolver.dates(around: constants) + [low, high, CalendarDate(dayNumber: 20_000)]
            return .values([.null] + within(low, high, dates.compactMap { $0 }).map(Value.date))
        case .text, .paragraph, .points, .list, .scores:
            return .any
        }
    }

    /// `values` once each, in order, without those outside the bounds.
    private static func within<T: Comparable & Hashable>(_ low: T?, _ high: T?, _ values: [T]) -> [T] {
        Set(values).sorted().filter { value in (low.map { value >= $0 } ?? true) && (high.map { value <= $0 } ?? true) }
    }

    private static func bounds(of question: Question) -> (Double?, Double?) {
        switch question.type {
        case .scale: (question.scale.map { Double($0.minimum) } ?? 1, question.scale.map { Double($0.maximum) } ?? 5)
        case .time: (max(0, question.validation.minimum ?? 0), min(1_439, question.validation.maximum ?? 1_439))
        default: (question.validation.minimum, question.validation.maximum)
        }
    }

    /// Questions whose conditions (their section's and their own) never hold. A question found hidden can hide
    /// those whose conditions read its answer: only they are looked at again, so each question is solved at most
    /// once plus once per answer it reads.
    private mutating func findNeverShown() {
        var readers: [QuestionPath: [QuestionPath]] = [:]
        var pending: [QuestionPath] = []
        for (path, question) in kit.allQuestions {
            let conditions = [kit.section(path.section)?.when, question.when].compactMap { $0 }
            guard !conditions.isEmpty else { continue }
            pending.append(path)
            for reference in conditions.flatMap(\.references) where reference.path.count >= 2 {
                readers[QuestionPath(reference.path[0], reference.path[1]), default: []].append(path)
            }
        }
        var queued = Set(pending)
        while let path = pending.popLast() {
            queued.remove(path)
            guard !neverShown.contains(path), let question = kit.question(path) else { continue }
            let conditions = [kit.section(path.section)?.when, question.when].compactMap { $0 }
            guard let first = conditions.first,
                case .neverHolds = solver.outcome(of: first, assuming: Array(conditions.dropFirst()))
            else { continue }
            neverShown.insert(path)
            for reader in readers[path] ?? [] where !neverShown.contains(reader) && queued.insert(reader).inserted {
                pending.append(reader)
            }
        }
    }

    private mutating func checkConditions() {
        for section in kit.sections {
            if let when = section.when, case .neverHolds(let why) = solver.outcome(of: when) {
                warn(.sectionNeverShown(section: section.id, reason(why)), at: when.location)
                continue
            }
            for question in section.questions {
                let path = QuestionPath(section.id, question.id)
                if let when = question.when {
                    if case .neverHolds(let why) = solver.outcome(of: when, assuming: [section.when].compactMap { $0 })
                    {
                        warn(.questionNeverShown(path: path.description, reason(why)), at: when.location)
                        continue
                    }
                }
                if case .when(let required) = question.required,
                    case .neverHolds(let why) = solver.outcome(
                        of: required, assuming: [section.when, question.when].compactMap { $0 })
                {
                    warn(.requiredNeverApplies(path: path.description, reason(why)), at: required.location)
                }
            }
        }
        for rule in kit.rules {
            if case .neverHolds(let why) = solver.outcome(of: rule.when) {
                warn(.ruleNeverFires(rule: rule.id, reason(why)), at: rule.when.location)
            }
        }
        for catalogue in kit.catalogues {
            for item in catalogue.items {
                if let when = item.when, case .neverHolds(let why) = solver.outcome(of: when) {
                    warn(.itemNeverKept(catalogue: catalogue.id, item: item.id, reason(why)), at: when.location)
                    continue
                }
                for (condition, priority) in item.priorityWhen {
                    if case .neverHolds(let why) = solver.outcome(
                        of: condition, assuming: [item.when].compactMap { $0 })
                    {
                        warn(
                            .priorityNeverApplies(
                                catalogue: catalogue.id, item: item.id, priority: priority.rawValue, reason(why)),
                            at: condition.location)
                    }
                }
            }
        }
        for grid in kit.grids {
            for level in grid.levels {
                for condition in [level.when].compactMap({ $0 }) + level.conditions.map(\.when) {
                    guard case .neverHolds(let why) = solver.outcome(of: condition) else { continue }
                    warn(.levelNeverReached(grid: grid.id, level: level.id, reason(why)), at: condition.location)
                    break
                }
            }
        }
    }

    private func reason(_ contradiction: ConditionSolver.Contradiction) -> AnalysisMessage.Reason {
        guard let subject = contradiction.subject else {
            return .alwaysFalse(test: contradiction.tests.first ?? "false")
        }
        if let path = subject.path, path.count == 2, neverShown.contains(QuestionPath(path[0], path[1])) {
            return .neverShown(path: subject.text)
        }
        return .exclusive(subject: subject.text, tests: contradiction.tests)
    }

    private mutating func warn(_ message: AnalysisMessage, at location: SourceLocation) {
        findings.append(Diagnostic(message, in: language, at: location, severity: .warning))
    }

    /// Every question of an earlier version is accounted for: still there, moved or removed. An answer to one
    /// that is not would be kept aside by the migration, which its author surely did not mean.
    private mutating func checkMigrations() {
        for (index, migration) in kit.migrations.enumerated() where !migration.questions.isEmpty {
            guard let next = kit.questions(after: index) else { continue }
            let handled = Set(
                migration.changes.compactMap { change -> QuestionPath? in
                    switch change {
                    case .move(let from, _), .remove(let from, _): from
                    case .choices, .convert: nil
                    }
                })
            let version = kit.version(after: index)
            for path in migration.questions where !handled.contains(path) && !next.contains(path) {
                warn(
                    .migrationUnaccounted(path: path.description, from: migration.from, to: version),
                    at: migration.location)
            }
        }
    }

    /// A unit written after an interpolation that already shows it: « {{ budget }} M€ » gives « 120 M€ M€ ».
    private mutating func checkUnits() {
        for (text, entry) in templatedTexts {
            for (code, segments) in text.segments {
                let language = Language(code: code) ?? kit.languages.first ?? .french
                for (segment, next) in zip(segments, segments.dropFirst()) {
                    let spaces = { (character: Character) in
                        character == " " || character == "\u{00A0}" || character == "\u{202F}"
                    }
                    guard case .expression(let expression) = segment, case .text(let after) = next,
                        let (name, unit) = unit(shownBy: expression, entry: entry, in: language),
                        after.drop(while: spaces).hasPrefix(unit)
                    else { continue }
                    // At the unit written again, just after `}}`, when the interpolation holds on one line.
                    let offset = expression.source.count + 2 + after.prefix(while: spaces).count
                    let location =
                        expression.source.contains(where: \.isNewline)
                        ? expression.location : expression.location.advanced(by: offset)
                    warn(.unitTwice(name: name, unit: unit), at: location)
                }
            }
        }
    }

    /// The unit an interpolation shows with its value: that of a question, a field of the entry or a computed
    /// value named alone.
    private func unit(shownBy expression: Expression, entry: Question?, in language: Language) -> (String, String)? {
        let unit: LocalizedText?
        switch kit.namedAlone(expression, entry: entry) {
        case .answer(let question) where question.type != .time: unit = question.unit
        case .computed(let computed): unit = computed.unit
        default: unit = nil
        }
        guard let text = unit?.resolve(language, fallbacks: kit.fallbacks), !text.isEmpty,
            let name = expression.references.first?.name
        else { return nil }
        return (name, text)
    }

    // MARK: - What nothing uses

    private mutating func checkUnused(documentNames: Set<String>) {
        var questions: Set<QuestionPath> = []
        var computed: Set<String> = []
        for expression in expressions {
            for reference in expression.references {
                if reference.path.count >= 2, kit.section(reference.path[0]) != nil {
                    questions.insert(QuestionPath(reference.path[0], reference.path[1]))
                } else if let id = reference.path.first, kit.computedValue(id) != nil {
                    computed.insert(id)
                }
            }
        }
        questions.formUnion(kit.rules.flatMap(\.concerns))
        questions.formUnion(kit.catalogues.flatMap { $0.items.flatMap { $0.from + [$0.forEach].compactMap { $0 } } })
        questions.formUnion(kit.grids.compactMap(\.declared))
        questions.formUnion(kit.matrices.flatMap { [$0.weights, $0.candidates].compactMap { $0 } })
        for sheet in kit.spreadsheets.flatMap(\.sheets) {
            if case .list(let path) = sheet.rows { questions.insert(path) }
        }
        // A document that lists every question (an annex of the answers) uses them all.
        let listsAll = documentNames.contains { $0.hasPrefix("sections[].questions[]") }
        for name in documentNames {
            let parts = name.split(separator: ".").map(String.init)
            if parts.count >= 3, parts[0] == "answers" {
                questions.insert(QuestionPath(parts[1], parts[2]))
            } else if parts.count >= 2, parts[0] == "computed" {
                computed.insert(parts[1])
            }
        }
        if !listsAll {
            for (path, question) in kit.allQuestions where !questions.contains(path) {
                findings.append(
                    Diagnostic(
                        AnalysisMessage.questionUnused(path: path.description), in: language, at: question.location,
                        severity: .note))
            }
        }
        // A fact is named, with its source, in the rules each document applied (`facts.items`).
        for value in kit.computed where value.fact == nil && !computed.contains(value.id) {
            findings.append(
                Diagnostic(
                    AnalysisMessage.computedUnused(id: value.id), in: language, at: value.location, severity: .note))
        }
    }

    /// A fact whose last known value has ended: answers dated after it take that value with a warning.
    private mutating func checkFacts(today: CalendarDate) {
        let formatter = ValueFormatter(language: language)
        for value in kit.computed {
            guard let fact = value.fact, let end = fact.knownUntil, end < today, let last = fact.periods.last else {
                continue
            }
            findings.append(
                Diagnostic(
                    AnalysisMessage.factEnded(id: value.id, until: formatter.date(end)), in: language,
                    at: last.location, severity: .warning))
        }
    }

    /// Every text of the kit that interpolates expressions, with the list question whose entries a catalogue
    /// item is made for (its texts read `entry`).
    private var templatedTexts: [(text: TemplatedText, entry: Question?)] {
        let sections = kit.sections.flatMap { section in [section.intro] + section.questions.map(\.help) }
        let rules = kit.rules.flatMap { [$0.message, $0.action] }
        let lots = kit.lots.map(\.title)
        let items = kit.catalogues.flatMap(\.items).flatMap { item in
            [item.title, item.text].map { ($0, item.forEach.flatMap(kit.question)) }
        }
        return ((sections + rules + lots).map { ($0, nil) } + items).compactMap { text, entry in
            text.map { ($0, entry) }
        }
    }

    /// Every expression of the kit, texts' interpolations included.
    private var expressions: [Expression] {
        var found: [Expression] = [kit.author].compactMap { $0 } + templatedTexts.flatMap(\.text.expressions)
        for section in kit.sections {
            found += [section.when].compactMap { $0 }
            for question in section.questions {
                found += [question.when].compactMap { $0 }
                if case .when(let required) = question.required { found.append(required) }
                for asked in [question] + question.fields {
                    let validation = asked.validation
                    found += [asked.defaultExpression, validation.minimumExpression, validation.maximumExpression]
                        .compactMap { $0 }
                }
            }
        }
        found += kit.computed.flatMap(\.expressions) + [kit.factsDate].compactMap { $0 }
        found += kit.spreadsheets.compactMap(\.when) + kit.documents.compactMap(\.when) + kit.lots.compactMap(\.when)
        for milestone in kit.calendars.flatMap(\.milestones) {
            found += [milestone.date, milestone.when].compactMap { $0 }
        }
        found += kit.grids.flatMap { grid in
            grid.levels.flatMap { [$0.when].compactMap { $0 } + $0.conditions.map(\.when) }
        }
        for rule in kit.rules { found.append(rule.when) }
        for item in kit.catalogues.flatMap(\.items) {
            found += [item.when, item.weightExpression].compactMap { $0 } + item.priorityWhen.map(\.0)
            found += item.values.map(\.expression)
        }
        return found
    }
}
