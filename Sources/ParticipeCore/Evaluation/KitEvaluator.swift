/// Evaluates a kit over an answer sheet; lazy and memoised, since visibility and computed values depend on each other.
///
/// The kit loader refuses cycles, so the recursion here always ends.
final class KitEvaluator: ExpressionEnvironment {
    let kit: Kit
    let sheet: AnswerSheet
    let today: CalendarDate
    /// The language of the evaluation: computed values given per language use its expression.
    let language: Language
    /// The lot the evaluation is restricted to: catalogue items and offers of other lots are left out.
    let lot: String?
    /// Whether the purchase is divided into lots: its matrices then rank offers lot by lot only.
    let divided: Bool
    private var visibility: [QuestionPath: Bool] = [:]
    private var sectionVisibility: [String: Bool] = [:]
    private var computedValues: [String: Value] = [:]
    private var gridResults: [String: Evaluation.GridResult] = [:]
    private var keptItems: [String: [Evaluation.CatalogueItem]] = [:]
    /// Evaluated matrices by "id|language" (see `KitEvaluator+Matrices.swift`).
    var matrixResults: [String: MatrixOutcome] = [:]

    init(
        kit: Kit, sheet: AnswerSheet, today: CalendarDate, language: Language, lot: String? = nil,
        divided: Bool = false
    ) {
        self.lot = lot
        self.divided = divided
        self.kit = kit
        self.sheet = sheet
        self.today = today
        self.language = language
    }

    func value(of path: [String]) -> Value {
        guard let head = path.first else { return .null }
        if path.count >= 2, kit.section(head) != nil {
            let answer = effectiveValue(QuestionPath(head, path[1]))
            // `s.q.field` is `(s.q).field`: a record's field, or that field of every item of a list.
            return path.dropFirst(2).reduce(answer) { $0.member($1) }
        }
        if path.count == 1, kit.computedValue(head) != nil { return computed(head) }
        if path.count == 2, let grid = kit.grid(head) {
            return gridMember(grid, path[1])
        }
        if path.count == 2, let matrix = kit.matrices.first(where: { $0.id == head }) {
            return matrixMember(matrix, path[1])
        }
        return .null
    }

    func isSectionVisible(_ section: Section) -> Bool {
        if let known = sectionVisibility[section.id] { return known }
        let visible = section.when.map { $0.evaluate(in: self).isTruthy } ?? true
        sectionVisibility[section.id] = visible
        return visible
    }

    func isVisible(_ path: QuestionPath) -> Bool {
        if let known = visibility[path] { return known }
        guard let section = kit.section(path.section), let question = kit.question(path) else { return false }
        let visible = isSectionVisible(section) && (question.when.map { $0.evaluate(in: self).isTruthy } ?? true)
        visibility[path] = visible
        return visible
    }

    func effectiveValue(_ path: QuestionPath) -> Value {
        isVisible(path) ? sheet[path] : .null
    }

    /// The day the kit's facts are taken on: its `facts_date` when that gives a date, else today.
    private(set) lazy var factsDate: CalendarDate = kit.factsDate?.evaluate(in: self).date ?? today

    func computed(_ id: String) -> Value {
        if let known = computedValues[id] { return known }
        guard let definition = kit.computedValue(id) else { return .null }
        let expression =
            definition.fact.flatMap { $0.period(on: factsDate)?.period.value } ?? definition.expression(for: language)
        let value = expression.evaluate(in: self)
        computedValues[id] = value
        return value
    }

    /// The items of `catalogue` these answers keep, with their priority, texts and values, in the evaluation's
    /// language; memoised.
    func keptItems(of catalogue: Catalogue) -> [Evaluation.CatalogueItem] {
        if let known = keptItems[catalogue.id] { return known }
        let items = catalogue.items.flatMap { item -> [Evaluation.CatalogueItem] in
            guard belongsToLot(item) else { return [] }
            let entry = item.forEach.flatMap(kit.question)
            // An item made for each entry of a list answer is kept, or not, entry by entry.
            let entries: [(number: Int?, bindings: [String: Value])] =
                item.forEach.map { path in
                    (effectiveValue(path).list ?? []).enumerated().map {
                        ($0.offset + 1, [Catalogue.Item.entryName: $0.element])
                    }
                } ?? [(nil, [:])]
            return entries.compactMap { number, bindings in
                guard item.when?.evaluate(in: self, bindings: bindings).isTruthy ?? true else { return nil }
                let priority =
                    item.priorityWhen.first { $0.0.evaluate(in: self, bindings: bindings).isTruthy }?.1 ?? item.priority
                var kept = Evaluation.CatalogueItem(
                    item: item, priority: priority,
                    title: render(item.title, language: language, bindings: bindings, entry: entry),
                    text: render(item.text, language: language, bindings: bindings, entry: entry),
                    values: item.values.map { ($0.name, $0.expression.evaluate(in: self, bindings: bindings)) },
                    weight: weight(of: item, bindings: bindings))
                kept.entry = number
                return kept
            }
        }
        keptItems[catalogue.id] = items
        return items
    }

    /// Whether `item` is part of the lot the evaluation is restricted to (always, without a lot).
    func belongsToLot(_ item: Catalogue.Item) -> Bool {
        guard let lot, !item.lots.isEmpty else { return true }
        return item.lots.contains(lot)
    }

    /// The lots in force for these answers: those whose condition holds, when at least two do (a purchase with
    /// one lot is not divided).
    func lotsInForce() -> [Lot] {
        let lots = kit.lots.filter { $0.when?.evaluate(in: self).isTruthy ?? true }
        return lots.count >= 2 ? lots : []
    }

    func grid(_ grid: Grid) -> Evaluation.GridResult {
        if let known = gridResults[grid.id] { return known }
        let conditionsMet = grid.levels.map { level in level.conditions.map { $0.when.evaluate(in: self).isTruthy } }
        let holds = zip(grid.levels, conditionsMet).map { level, met in
            (level.when?.evaluate(in: self).isTruthy ?? true) && !met.contains(false)
        }
        var declared: Int?
        if let path = grid.declared, let id = effectiveValue(path).text {
            declared = grid.levels.firstIndex { $0.id == id }
        }
        let result = Evaluation.GridResult(declared: declared, holds: holds, conditionsMet: conditionsMet)
        gridResults[grid.id] = result
        return result
    }

    private func gridMember(_ definition: Grid, _ member: String) -> Value {
        let result = grid(definition)
        switch member {
        case "level": return result.level.map { .text(definition.levels[$0].id) } ?? .null
        case "declared": return result.declared.map { .text(definition.levels[$0].id) } ?? .null
        case "rank": return result.level.map { .number(Double($0 + 1)) } ?? .null
        case "declared_rank": return result.declared.map { .number(Double($0 + 1)) } ?? .null
        case "gap": return result.gap.map { .number(Double($0)) } ?? .null
        default: return .null
        }
    }

    /// `text` with its interpolations evaluated; `entry` is the list question of an item made for each of its
    /// entries, whose fields `bindings` holds as `entry`.
    func render(
        _ text: TemplatedText?, language: Language, bindings: [String: Value] = [:], entry: Question? = nil
    ) -> RenderedText? {
        guard let text else { return nil }
        let formatter = ValueFormatter(language: language)
        let pieces = text.resolve(language, fallbacks: kit.fallbacks).map { segment -> RenderedText.Piece in
            switch segment {
            case .text(let literal):
                return .literal(literal)
            case .expression(let expression):
                let value = expression.evaluate(in: self, bindings: bindings)
                // A missing value names what is missing rather than leaving a hole in the sentence; an empty
                // text the kit's author wrote on purpose (`if(…, '…', '')`) stays empty.
                if case .null = value {
                    return .value(DocumentWording.toBeSpecified(missingName(expression, language)).text(in: language))
                }
                // A value named alone is worded as its question words it; a computed value shows its unit too.
                switch kit.namedAlone(expression, entry: entry) {
                case .answer(let question):
                    return .value(formatter.answer(value, for: question, fallbacks: kit.fallbacks, inSentence: true))
                case .computed(let computed) where value.number != nil:
                    let unit = computed.unit?.resolve(language, fallbacks: kit.fallbacks)
                    return .value(formatter.withUnit(formatter.plain(value), unit))
                default:
                    return .value(formatter.plain(value))
                }
            }
        }
        return RenderedText(pieces)
    }

    /// What an interpolation that gave nothing stands for: the label of the first question it reads,
    /// else of the first computed value, else its own source.
    private func missingName(_ expression: Expression, _ language: Language) -> String {
        var label: LocalizedText?
        for reference in expression.references where label == nil {
            let path = reference.path
            if path.count >= 2, let question = kit.question(QuestionPath(path[0], path[1])) {
                label = question.label
            }
        }
        for reference in expression.references where label == nil {
            if let first = reference.path.first, let computed = kit.computedValue(first) { label = computed.label }
        }
        let name = label?.resolve(language, fallbacks: kit.fallbacks) ?? ""
        return name.isEmpty
            ? expression.source.split(separator: " ").joined(separator: " ") : Self.lowercasingFirst(name)
    }

    /// `Date d'ouverture` → `date d'ouverture`; `ETP` and `DSP` keep their capitals.
    static func lowercasingFirst(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return text }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
