/// The state of a guided interview over a kit: which question is asked, what was answered, where `<` leads.
///
/// A pure value: every step re-evaluates the sheet with the same `Evaluation` that `check` uses, so the
/// questions asked are the visible ones and an answer is refused with the very messages `check` shows.
/// The terminal and the web workshop drive it the same way: ask `current`, then `answer`, `skip`, `back`
/// or `review`, and save `sheet` after every accepted answer.
public struct InterviewSession: Sendable {
    public let kit: Kit
    public let language: Language
    public let today: CalendarDate
    public private(set) var sheet: AnswerSheet
    public private(set) var evaluation: Evaluation
    /// The question being asked; nil when every visible question is answered or skipped.
    public private(set) var current: QuestionPath?
    /// Questions left unanswered with `>` during this session, not asked again until the next one.
    private var skipped: Set<QuestionPath> = []
    /// Questions to return to after `<` or `:r`, next one last.
    private var pending: [QuestionPath] = []
    /// The last question answered in this session: `:source` and `:ac` typed after an answer are about it.
    private var lastAnswered: QuestionPath?
    /// Who is answering (`participe ask --par`): each answer given or changed records them, with the day. When
    /// nobody is named, nothing is recorded but the source and the flag typed.
    public var answeredBy: String?

    /// Starts, or resumes where the person stopped: at an invalid answer first, else at the first question left
    /// unanswered that is required or comes after the last one answered (optional questions left behind stay
    /// behind). Questions left "not known yet" are not asked again by themselves (`:aller` or `:r` reach them).
    public init(kit: Kit, sheet: AnswerSheet, language: Language? = nil, today: CalendarDate) {
        let language = language ?? sheet.language ?? kit.languages.first ?? .french
        self.kit = kit
        self.language = language
        self.today = today
        self.sheet = sheet
        self.evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
        self.current = resumePoint()
    }

    private func say(_ message: InterviewMessage) -> String { message.text(in: language) }

    var isFinished: Bool { current == nil }

    public var question: Question? { current.flatMap(kit.question) }

    public func isRequired(_ path: QuestionPath) -> Bool { evaluation.isRequired(path) }

    /// What Enter accepts: the current answer, else the kit's default.
    public func proposedValue(_ path: QuestionPath) -> Value? {
        if sheet[path].isAnswered { return sheet[path] }
        return kit.question(path).flatMap(evaluation.proposedDefault)
    }

    /// Problems of `value` as the answer to `path`, worded as `check` words them; empty when it is valid.
    public func problems(_ value: Value, at path: QuestionPath) -> [String] {
        guard let question = kit.question(path) else { return [] }
        var candidate = sheet
        candidate[path] = value
        if !value.isAnswered {
            guard isRequired(path) else { return [] }
            let label = question.label.resolve(language, fallbacks: kit.fallbacks)
            return [say(.requiredAnswerMissing(path: path.description, label: label))]
        }
        return Self.problems(of: value, at: path, kit: kit, sheet: sheet, language: language, today: today)
    }

    /// Problems of an answered `value` as the answer to `path` among the answers of `sheet`, worded as `check`
    /// words them, without evaluating the kit: what a save checks before it writes.
    public static func problems(
        of value: Value, at path: QuestionPath, kit: Kit, sheet: AnswerSheet, language: Language, today: CalendarDate
    ) -> [String] {
        guard let question = kit.question(path) else { return [] }
        var candidate = sheet
        candidate[path] = value
        return AnswerValidator(kit: kit, sheet: candidate, language: language, today: today)
            .problems(value, question: question, key: path.description)
            .map { "\(path): \($0.1)" }
    }

    /// Records `value` for the current question and moves on; returns the messages instead when it is invalid.
    ///
    /// An empty value leaves an optional question unanswered, as `skip` does.
    @discardableResult
    public mutating func answer(_ value: Value) -> [String] {
        guard let path = current else { return [] }
        let found = problems(value, at: path)
        guard found.isEmpty else { return found }
        if !value.isAnswered { return skip().map { [$0] } ?? [] }
        recordChange(at: path, to: value)
        sheet[path] = value
        sheet.pending.remove(path)
        skipped.remove(path)
        lastAnswered = path
        evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
        advance()
        return []
    }

    /// Records `value` for the current question without moving on, when it is valid: the items of a list
    /// completed so far, saved while the next one is being entered. An empty value (the last item of a list
    /// deleted) clears the answer. Returns whether it was recorded.
    @discardableResult
    public mutating func keep(_ value: Value) -> Bool {
        guard let path = current else { return false }
        if !value.isAnswered {
            // A list emptied stays `[]` in the file, as `participe new` writes it.
            sheet[path] = value.list != nil ? value : .null
            evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
            return true
        }
        guard problems(value, at: path).isEmpty else { return false }
        recordChange(at: path, to: value)
        sheet[path] = value
        sheet.pending.remove(path)
        evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
        return true
    }

    /// `:d`: the evaluation narrowed to the sections reached so far, up to the current one: their invalid
    /// and missing answers, and the rules that concern one of their questions (or none in particular).
    /// Sections not reached yet would only list answers nobody was asked for.
    public var evaluationSoFar: Evaluation {
        guard let current, let end = kit.sections.firstIndex(where: { $0.id == current.section }) else {
            return evaluation
        }
        let reached = Set(kit.sections[...end].map(\.id))
        var narrowed = evaluation
        narrowed.issues = evaluation.issues.filter { reached.contains($0.path.section) }
        narrowed.missingRequired = evaluation.missingRequired.filter { reached.contains($0.section) }
        narrowed.firedRules = evaluation.firedRules.filter { fired in
            fired.rule.concerns.isEmpty || fired.rule.concerns.contains { reached.contains($0.section) }
        }
        return narrowed
    }

    /// The ids of the rules that fire now, to tell later which ones an answer made fire.
    public var firedRuleIDs: Set<String> { Set(evaluation.firedRules.map(\.rule.id)) }

    /// The rules that fire now but were not in `before` (their ids) and that concern `path`: the ones the
    /// answer to `path` has just made fire, to show under it.
    public func rulesFired(since before: Set<String>, concerning path: QuestionPath) -> [Evaluation.FiredRule] {
        evaluation.firedRules.filter { fired in
            !before.contains(fired.rule.id)
                && fired.rule.concerns.contains { $0 == path || $0.description.hasPrefix(path.description + ".") }
        }
    }

    /// Enter on an empty line: accepts the proposed value, or skips an optional question without one.
    @discardableResult
    public mutating func acceptProposed() -> [String] {
        guard let path = current else { return [] }
        if let value = proposedValue(path) { return answer(value) }
        return skip().map { [$0] } ?? []
    }

    /// `>`: leaves the current question as it is and moves on; refused, with a message, when it is required.
    @discardableResult
    public mutating func skip() -> String? {
        guard let path = current else { return nil }
        if isRequired(path), !sheet[path].isAnswered {
            return say(.cannotSkipRequired)
        }
        if !sheet[path].isAnswered { skipped.insert(path) }
        advance()
        return nil
    }

    /// What `:p` did.
    public enum Later: Sendable {
        /// A required question unanswered: kept as to be confirmed (still a blocking point); the interview
        /// moves on.
        case pending
        /// An optional question: skipped, as `>` does.
        case skipped
        /// A question already answered: left as it is, and asked again.
        case answered
    }

    /// `:p`: "not known yet".
    @discardableResult
    public mutating func later() -> Later {
        guard let path = current else { return .answered }
        guard !sheet[path].isAnswered else { return .answered }
        guard isRequired(path) else {
            _ = skip()
            return .skipped
        }
        sheet.pending.insert(path)
        evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
        advance()
        return .pending
    }

    /// An answer given or changed: who gave it and the day, when the person is named (else whoever gave the former
    /// answer is no longer said to have given this one); what the former answer rested on, and whether it was to be
    /// confirmed, no longer hold (`:source` and `:ac` say it again).
    private mutating func recordChange(at path: QuestionPath, to value: Value) {
        guard sheet[path] != value else { return }
        sheet.updateProvenance(path) {
            $0.by = nil
            $0.date = nil
            $0.source = nil
            $0.toConfirm = false
        }
        if let answeredBy { sheet.recordAnswer(path, by: answeredBy, on: today) }
    }

    /// The answer `:source` and `:ac` are about: the current question's when it has one, else the one just given
    /// (typed after it); nil when there is none yet.
    public var notedAnswer: QuestionPath? {
        if let current, sheet[current].isAnswered { return current }
        return lastAnswered.flatMap { sheet[$0].isAnswered ? $0 : nil }
    }

    /// `:source <text>`: what the noted answer rests on (`:source -` removes it); returns the question, nil when
    /// there is no answer yet.
    @discardableResult
    public mutating func setSource(_ text: String) -> QuestionPath? {
        guard let path = notedAnswer else { return nil }
        let source = text.trimmingWhitespace
        sheet.updateProvenance(path) { $0.source = source == "-" || source.isEmpty ? nil : source }
        evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
        return path
    }

    /// `:ac`: the noted answer marked as to be confirmed, or no longer; returns the question and whether it now is,
    /// nil when there is no answer yet.
    public mutating func toggleToConfirm() -> (path: QuestionPath, toConfirm: Bool)? {
        guard let path = notedAnswer else { return nil }
        sheet.updateProvenance(path) { $0.toConfirm.toggle() }
        evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
        return (path, sheet.provenance[path]?.toConfirm ?? false)
    }

    /// `:aller`: asks `path` now and goes on from there, in questionnaire order; false when the question is not
    /// asked given the answers (its condition or its section's does not hold).
    @discardableResult
    public mutating func jump(to path: QuestionPath) -> Bool {
        guard evaluation.isVisible(path) else { return false }
        pending = []
        skipped.removeAll()
        current = path
        return true
    }

    /// The visible sections, in order: what `Section 2/11` counts and `:s 2` names.
    public var visibleSections: [Section] {
        let shown = Set(evaluation.progress.sections.filter { $0.visible && $0.total > 0 }.map(\.section))
        return kit.sections.filter { shown.contains($0.id) }
    }

    /// The section `reference` names: its number among the visible sections (`7`) or its id.
    public func section(named reference: String) -> Section? {
        let text = reference.trimmingWhitespace
        let sections = visibleSections
        if let number = Int(text) { return sections.indices.contains(number - 1) ? sections[number - 1] : nil }
        return sections.first { $0.id == text || $0.id.lowercased() == text.lowercased() }
    }

    /// `:s`: goes to the first visible question of `section` and on from there.
    @discardableResult
    public mutating func jump(toSection section: Section) -> Bool {
        guard let first = evaluation.visibleQuestions.first(where: { $0.section == section.id }) else { return false }
        return jump(to: first)
    }

    /// The visible questions of `section`.
    public func reviewable(in section: Section) -> [QuestionPath] {
        evaluation.visibleQuestions.filter { $0.section == section.id }
    }

    /// `<`: the visible question before the current one, in questionnaire order; false on the first question.
    ///
    /// Answering it, or pressing Enter to keep its answer, leads back to where `<` was typed.
    @discardableResult
    public mutating func back() -> Bool {
        let visible = evaluation.visibleQuestions
        let end = current.flatMap { visible.firstIndex(of: $0) } ?? visible.count
        guard end > 0 else { return false }
        if let current { pending.append(current) }
        current = visible[end - 1]
        return true
    }

    /// The visible questions of the current section (of the last one once finished), for `:r`.
    public var reviewable: [QuestionPath] {
        let section = current?.section ?? evaluation.visibleQuestions.last?.section
        return evaluation.visibleQuestions.filter { $0.section == section }
    }

    /// `:r`: asks `path` now, then comes back to the current question.
    public mutating func review(_ path: QuestionPath) {
        guard evaluation.isVisible(path), path != current else { return }
        if let current { pending.append(current) }
        current = path
    }

    public var progress: InterviewProgress {
        let sections = evaluation.progress.sections.filter { $0.visible && $0.total > 0 }.map(\.section)
        let section = (current?.section).flatMap { sections.firstIndex(of: $0) }.map { $0 + 1 } ?? sections.count
        return InterviewProgress(
            section: section, sections: sections.count, answered: evaluation.progress.answered,
            total: evaluation.progress.total)
    }

    private mutating func advance() {
        while let next = pending.popLast() {
            if evaluation.isVisible(next) {
                current = next
                return
            }
        }
        // On from the question just left, in questionnaire order (after `:aller` too), then back to the required
        // questions left before it: optional ones left behind stay behind.
        current = current.flatMap(firstToAsk(after:)) ?? firstToAsk(requiredOnly: true)
    }

    private func firstToAsk(after path: QuestionPath) -> QuestionPath? {
        let visible = evaluation.visibleQuestions
        guard let index = visible.firstIndex(of: path) else { return nil }
        let invalid = invalidAnswers
        return visible[(index + 1)...].first { isToAsk($0, invalid: invalid) }
    }

    private func firstToAsk(requiredOnly: Bool = false) -> QuestionPath? {
        let invalid = invalidAnswers
        return evaluation.visibleQuestions.first { isToAsk($0, invalid: invalid, requiredOnly: requiredOnly) }
    }

    /// The questions whose answer `check` refuses: they are asked again.
    private var invalidAnswers: Set<QuestionPath> {
        Set(evaluation.issues.filter { $0.kind == .outOfRange }.map(\.path))
    }

    /// Whether `path` is still to be asked: neither skipped in this session nor left for later, and
    /// unanswered (and required, with `requiredOnly`) or answered in a way `check` refuses.
    private func isToAsk(_ path: QuestionPath, invalid: Set<QuestionPath>, requiredOnly: Bool = false) -> Bool {
        guard !skipped.contains(path), !sheet.pending.contains(path) else { return false }
        return invalid.contains(path) || (!sheet[path].isAnswered && (!requiredOnly || isRequired(path)))
    }

    /// Where a resumed interview starts; see `init`.
    private func resumePoint() -> QuestionPath? {
        let visible = evaluation.visibleQuestions
        let invalid = invalidAnswers
        if let refused = visible.first(where: invalid.contains) { return refused }
        // Optional questions left before the last answer stay behind; required ones are asked again.
        // A value equal to the kit's default (which `participe new` writes) is no sign of where the person was.
        let last =
            visible.lastIndex { path in
                sheet[path].isAnswered && sheet[path] != kit.question(path).flatMap(evaluation.proposedDefault)
            } ?? -1
        let next = visible.indices.first { index in
            isToAsk(visible[index], invalid: invalid) && (index > last || isRequired(visible[index]))
        }
        // Nothing else open: the questions left to be confirmed, so that they can be answered now.
        return next.map { visible[$0] } ?? visible.first { sheet.pending.contains($0) && !sheet[$0].isAnswered }
    }
}
