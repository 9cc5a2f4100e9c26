extension Evaluation {
    /// Evaluates `sheet` against `kit`: a pure function of its inputs.
    /// - Parameters:
    ///   - language: the language of rendered messages; defaults to the sheet's, else the kit's first.
    ///   - today: the date `today()` returns, fixed by the caller so that results are reproducible.
    ///   - lot: the lot to restrict catalogue items and offers to, for a document made per lot.
    public init(kit: Kit, sheet: AnswerSheet, language: Language? = nil, today: CalendarDate, lot: Lot? = nil) {
        self.init(kit: kit, sheet: sheet, language: language, today: today, lot: lot, lots: nil)
    }

    /// - Parameter lots: the lots in force, as the whole purchase found them, for an evaluation restricted to one.
    private init(kit: Kit, sheet: AnswerSheet, language: Language?, today: CalendarDate, lot: Lot?, lots: [Lot]?) {
        let language = language ?? sheet.language ?? kit.languages.first ?? .french
        // The lots in force are found first, apart: whether the purchase is divided decides how matrices read offers.
        let lots =
            lots ?? KitEvaluator(kit: kit, sheet: sheet, today: today, language: language).lotsInForce()
        let evaluator = KitEvaluator(
            kit: kit, sheet: sheet, today: today, language: language, lot: lot?.id, divided: !lots.isEmpty)
        self.lot = lot
        self.lots = lots
        var visible: [QuestionPath] = []
        var hidden: Set<String> = []
        var required: Set<QuestionPath> = []
        var missing: [QuestionPath] = []
        var sections: [SectionProgress] = []
        for section in kit.sections {
            let sectionVisible = evaluator.isSectionVisible(section)
            if !sectionVisible { hidden.insert(section.id) }
            var answered = 0
            var total = 0
            for question in section.questions {
                let path = QuestionPath(section.id, question.id)
                guard evaluator.isVisible(path) else { continue }
                visible.append(path)
                total += 1
                let isAnswered = sheet[path].isAnswered
                if isAnswered { answered += 1 }
                let isRequired: Bool =
                    switch question.required {
                    case .optional: false
                    case .always: true
                    case .when(let condition): condition.evaluate(in: evaluator).isTruthy
                    }
                if isRequired {
                    required.insert(path)
                    if !isAnswered { missing.append(path) }
                }
            }
            sections.append(
                SectionProgress(section: section.id, visible: sectionVisible, answered: answered, total: total))
        }
        var computed: [String: Value] = [:]
        for definition in kit.computed { computed[definition.id] = evaluator.computed(definition.id) }
        var grids: [String: GridResult] = [:]
        for grid in kit.grids { grids[grid.id] = evaluator.grid(grid) }
        let fired = kit.rules.filter { $0.when.evaluate(in: evaluator).isTruthy }
            .enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }
            .map { entry in
                FiredRule(
                    rule: entry.element,
                    message: evaluator.render(entry.element.message, language: language) ?? RenderedText([]),
                    action: evaluator.render(entry.element.action, language: language))
            }
        var catalogues: [String: [CatalogueItem]] = [:]
        for catalogue in kit.catalogues { catalogues[catalogue.id] = evaluator.keptItems(of: catalogue) }
        var matrices: [String: MatrixResult] = [:]
        var decisionMatrices: [String: DecisionMatrix] = [:]
        for spec in kit.matrices {
            let outcome = evaluator.matrix(spec, language: language)
            matrices[spec.id] = outcome.result
            decisionMatrices[spec.id] = outcome.matrix
        }
        let factsDate = evaluator.factsDate
        self.facts = kit.computed.compactMap { computed in
            computed.fact?.period(on: factsDate).map {
                AppliedFact(computed: computed, period: $0.period, inForce: $0.inForce)
            }
        }
        self.factsDate = factsDate
        self.kit = kit
        self.sheet = sheet
        self.language = language
        self.today = today
        self.visibleQuestions = visible
        self.visibleSet = Set(visible)
        self.hiddenSections = hidden
        self.missingRequired = missing
        self.requiredQuestions = required
        self.computed = computed
        self.grids = grids
        self.firedRules = fired
        self.catalogues = catalogues
        self.matrices = matrices
        self.decisionMatrices = decisionMatrices
        self.progress = Progress(
            answered: sections.reduce(0) { $0 + $1.answered }, total: sections.reduce(0) { $0 + $1.total },
            sections: sections)
        let author = kit.author.map { ValueFormatter(language: language).plain($0.evaluate(in: evaluator)) }
        self.author = author?.isEmpty == false ? author : nil
        self.issues = AnswerValidator(kit: kit, sheet: sheet, language: language, today: today).issues(
            visible: visible, missing: Set(missing))
    }
}

extension Evaluation {
    /// The same answers restricted to `lot`: its catalogue items (and those of every lot) and its offers.
    public func restricted(to lot: Lot) -> Evaluation {
        Evaluation(kit: kit, sheet: sheet, language: language, today: today, lot: lot, lots: lots)
    }

    /// The answer a kit proposes for `question` with these answers: its default value, or the value of its
    /// default written `= expression`; nil when there is none or it gives nothing.
    public func proposedDefault(for question: Question) -> Value? {
        if let value = question.defaultValue { return value.isAnswered ? value : nil }
        guard let expression = question.defaultExpression else { return nil }
        let value = expression.evaluate(in: evaluator())
        return value.isAnswered ? value : nil
    }

    /// The value of a kit's expression (a spreadsheet's `when`) for these answers.
    public func value(of expression: Expression) -> Value {
        expression.evaluate(in: evaluator())
    }

    /// Whether a document or a spreadsheet with this `when` is made from these answers.
    public func makes(when condition: Expression?) -> Bool {
        condition.map { value(of: $0).isTruthy } ?? true
    }

    /// The evaluations a document or a spreadsheet is made from: one restricted to each lot in force when it is
    /// made `per_lot` and the purchase is divided into lots, else this one.
    public func parts(perLot: Bool) -> [Evaluation] {
        guard perLot, lot == nil, !lots.isEmpty else { return [self] }
        return lots.map(restricted(to:))
    }

    /// An evaluator over the same answers, restricted as this evaluation is.
    func evaluator() -> KitEvaluator {
        KitEvaluator(kit: kit, sheet: sheet, today: today, language: language, lot: lot?.id, divided: !lots.isEmpty)
    }

    /// The title of `lot` for these answers, as plain text.
    public func title(of lot: Lot) -> String { render(lot.title)?.description ?? lot.id }

    /// The number of `lot` among the lots in force, from 1.
    public func number(of lot: Lot) -> Int? { lots.firstIndex { $0.id == lot.id }.map { $0 + 1 } }

    /// The kit's documents these answers make: those whose `when` holds, in the kit's order.
    public var documents: [DocumentSpec] { kit.documents.filter { makes(when: $0.when) } }

    /// A kit text (a help, an intro) with its interpolations evaluated against these answers.
    public func render(_ text: TemplatedText?) -> RenderedText? {
        evaluator().render(text, language: language)
    }
}

extension Evaluation {
    /// The milestones of `calendar` whose `when` holds, each with its date: those whose date is known in date
    /// order (equal dates in the kit's order), in the places they take in the kit's list; a milestone whose date
    /// is not known stays where the kit puts it.
    public func milestones(of calendar: CalendarSpec) -> [(milestone: CalendarSpec.Milestone, date: CalendarDate?)] {
        let listed = calendar.milestones.filter { makes(when: $0.when) }.map { ($0, value(of: $0.date).date) }
        let dated = listed.enumerated().compactMap { offset, entry in entry.1.map { (offset, $0) } }
        let inOrder = dated.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        var result = listed
        for (slot, entry) in zip(dated.map(\.0), inOrder) {
            result[slot] = listed[entry.0]
        }
        return result.map { (milestone: $0.0, date: $0.1) }
    }
}
