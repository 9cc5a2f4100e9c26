/// Builds the answer to a `points`, `list` or `scores` question one line at a time.
///
/// `points`: one number per choice, with what remains of the total. `list`: item by item, field by field;
/// an empty line at an item's first field ends the list. `scores`: a row per candidate (its name, its
/// price if the question asks one, a score per criterion, the eliminatory criteria and mandatory requirements it
/// fails, and, when it fails one, whether it was asked to regularise); an empty name ends the rows. An existing answer is kept and new items are added after it.
public struct AnswerDialogue: Sendable {
    public enum Step: Sendable, Hashable {
        case points(choice: Int)
        case field(item: Int, field: Int)
        case candidate(row: Int)
        case lot(row: Int)
        case price(row: Int)
        case score(row: Int, criterion: Int)
        case fails(row: Int)
        case regularisation(row: Int)
    }

    /// A criterion a `scores` question asks about.
    public struct Criterion: Sendable, Hashable {
        public var id: String
        public var title: String
        public var eliminatory: Bool

        public init(id: String, title: String, eliminatory: Bool = false) {
            self.id = id
            self.title = title
            self.eliminatory = eliminatory
        }
    }

    public let question: Question
    let kit: Kit
    let input: InterviewInput
    let scored: [Criterion]
    let eliminatory: [Criterion]
    /// The ids of the mandatory requirements an offer may fail, typed as they are (`FON-10`).
    let requirements: [String]
    /// The lots an offer may answer, with their titles: those in force, when the purchase is divided.
    let lots: [(id: String, title: String)]
    /// The step the next line answers; nil when the answer is complete.
    public private(set) var step: Step?
    private var items: [Value]
    /// The fields of the item or the candidate being entered.
    private(set) var partial: [String: Value] = [:]
    private(set) var points: [String: Value]
    /// The completed item being entered again (`:modifier`), by index; nil while a new item is entered.
    public private(set) var editing: Int?

    public init(
        question: Question, kit: Kit, criteria: [Criterion] = [], requirements: [String] = [], existing: Value = .null,
        lots: [(id: String, title: String)] = [], language: Language
    ) {
        self.lots = lots
        self.requirements = requirements
        self.question = question
        self.kit = kit
        self.input = InterviewInput(language: language)
        self.scored = criteria.filter { !$0.eliminatory }
        self.eliminatory = criteria.filter(\.eliminatory)
        self.items = existing.list ?? []
        self.points = existing.record ?? [:]
        switch question.type {
        case .points: step = question.choices.isEmpty ? nil : .points(choice: 0)
        case .list: step = question.fields.isEmpty || isFull ? nil : .field(item: items.count, field: 0)
        case .scores: step = .candidate(row: items.count)
        default: step = nil
        }
    }

    func say(_ message: InterviewMessage) -> String { input.say(message) }
    func text(_ localized: LocalizedText) -> String {
        localized.resolve(input.language, fallbacks: kit.fallbacks)
    }

    /// The answer built so far: the completed items, or the points given.
    public var value: Value {
        question.type == .points ? .record(points) : .list(items)
    }

    /// The completed items (list and scores), existing ones included.
    public var count: Int { items.count }

    /// The points not given yet.
    var remaining: Double {
        question.total - points.values.compactMap(\.number).reduce(0, +)
    }

    /// What Enter gives for the choice at `index`: the rest for the last choice, else the points it had;
    /// never below zero nor over what remains.
    func proposedPoints(_ index: Int) -> Double {
        let left = max(0, remainingBefore(index))
        let isLast = index == question.choices.count - 1
        return isLast ? left : min(points[question.choices[index].id]?.number ?? 0, left)
    }

    private var isFull: Bool { question.validation.maximumItems.map { items.count >= $0 } ?? false }

    /// The completed items, one line each, for the list shown before new ones are entered.
    public var itemSummaries: [String] {
        let formatter = ValueFormatter(language: input.language)
        return items.map { item in
            let fields = item.record ?? [:]
            if question.type == .scores { return fields["candidate"]?.text ?? "" }
            return question.fields.compactMap { field in
                fields[field.id].map { formatter.answer($0, for: field, fallbacks: kit.fallbacks) }
            }.joined(separator: " · ")
        }
    }

    /// Whether the dialogue is between two items (not in the middle of one): where `:modifier` and `:suppr` act.
    private var isBetweenItems: Bool {
        guard editing == nil, partial.isEmpty else { return false }
        switch step {
        case .field(_, 0)?, .candidate?, nil: return true
        default: return false
        }
    }

    /// `:suppr N`: removes the N-th completed item (from 1); false when there is no such item here.
    public mutating func deleteItem(_ number: Int) -> Bool {
        guard question.type == .list || question.type == .scores, isBetweenItems, items.indices.contains(number - 1)
        else { return false }
        items.remove(at: number - 1)
        step = question.type == .list ? .field(item: items.count, field: 0) : .candidate(row: items.count)
        return true
    }

    /// `:modifier N`: asks the N-th item's fields again, each with its value proposed (Enter keeps it); the
    /// item is replaced once its last field is entered.
    public mutating func editItem(_ number: Int) -> Bool {
        guard question.type == .list, !question.fields.isEmpty, isBetweenItems, items.indices.contains(number - 1)
        else { return false }
        editing = number - 1
        partial = items[number - 1].record ?? [:]
        step = .field(item: number - 1, field: 0)
        return true
    }

    /// Takes one typed line for the current step; returns why it is refused, nil when it is taken.
    public mutating func enter(_ line: String) -> InterviewInputError? {
        guard let step else { return nil }
        let text = line.trimmingWhitespace
        switch step {
        case .points(let index):
            let id = question.choices[index].id
            let isLast = index == question.choices.count - 1
            let number: Double
            if text.isEmpty {
                number = proposedPoints(index)
            } else {
                guard let typed = input.number(text), typed >= 0 else {
                    return InterviewInputError(.zeroOrMoreExpected, in: input.language, note: input.tooLargeNote(text))
                }
                let left = max(0, remainingBefore(index))
                guard typed <= left else {
                    let remaining = ValueFormatter(language: input.language).number(left)
                    return InterviewInputError(.pointsOverTotal(remaining: remaining), in: input.language)
                }
                number = typed
            }
            points[id] = .number(number)
            self.step = isLast ? nil : .points(choice: index + 1)
        case .field(let item, let index):
            if index == 0, text.isEmpty, editing == nil {
                self.step = nil
                return nil
            }
            return enterField(text, line: line, item: item, index: index)
        case .candidate(let row):
            guard !text.isEmpty else {
                self.step = nil
                return nil
            }
            partial = ["candidate": .text(text)]
            if lots.isEmpty {
                moveAfterLot(row)
            } else {
                self.step = .lot(row: row)
            }
        case .lot(let row):
            if !text.isEmpty {
                if let number = Int(text), lots.indices.contains(number - 1) {
                    partial["lot"] = .text(lots[number - 1].id)
                } else if let lot = lots.first(where: { $0.id.lowercased() == text.lowercased() }) {
                    partial["lot"] = .text(lot.id)
                } else {
                    return InterviewInputError(.lotExpected(count: lots.count), in: input.language)
                }
            }
            moveAfterLot(row)
        case .price(let row):
            if !text.isEmpty {
                guard let price = input.number(text), price > 0 else {
                    return InterviewInputError(.positivePrice, in: input.language, note: input.tooLargeNote(text))
                }
                partial["price"] = .number(price)
            }
            moveAfterPrice(row)
        case .score(let row, let index):
            if !text.isEmpty {
                let scale = question.scale ?? Question.Scale(minimum: 0, maximum: 5, labels: [:])
                guard let score = input.number(text), (Double(scale.minimum)...Double(scale.maximum)).contains(score)
                else {
                    return InterviewInputError(
                        .scoreExpected(minimum: scale.minimum, maximum: scale.maximum), in: input.language)
                }
                var scores = partial["scores"]?.record ?? [:]
                scores[scored[index].id] = .number(score)
                partial["scores"] = .record(scores)
            }
            if index + 1 < scored.count {
                self.step = .score(row: row, criterion: index + 1)
            } else {
                moveAfterScores(row)
            }
        case .fails(let row):
            var failed: [Value] = []
            for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
                let id: String
                if let number = Int(part), eliminatory.indices.contains(number - 1) {
                    id = eliminatory[number - 1].id
                } else if let requirement = requirements.first(where: { $0.uppercased() == part.uppercased() }) {
                    id = requirement
                } else {
                    let message: InterviewMessage =
                        requirements.isEmpty
                        ? .eliminatoryNumbersExpected(count: eliminatory.count)
                        : .failsExpected(count: eliminatory.count, example: requirements[0])
                    return InterviewInputError(message, in: input.language)
                }
                if !failed.contains(.text(id)) { failed.append(.text(id)) }
            }
            partial["fails"] = .list(failed)
            if failed.isEmpty {
                finishItem(next: .candidate(row: row + 1))
            } else {
                self.step = .regularisation(row: row)
            }
        case .regularisation(let row):
            guard text.isEmpty || input.boolean(text) != nil else {
                return InterviewInputError(.yesOrNo, in: input.language)
            }
            if input.boolean(text) == true { partial["regularisation"] = .boolean(true) }
            finishItem(next: .candidate(row: row + 1))
        }
        return nil
    }

    private mutating func enterField(_ text: String, line: String, item: Int, index: Int) -> InterviewInputError? {
        let field = question.fields[index]
        let value: Value
        if text.isEmpty {
            if editing != nil, let kept = partial[field.id] {
                value = kept
            } else if let proposed = field.defaultValue {
                value = proposed
            } else if field.required == .always {
                return InterviewInputError(.fieldRequired, in: input.language)
            } else {
                value = .null
            }
        } else {
            switch input.parse(line, for: field) {
            case .failure(let error): return error
            case .success(let parsed): value = parsed
            }
        }
        if value != .null {
            let validator = AnswerValidator(kit: kit, sheet: AnswerSheet(for: kit), language: input.language)
            if let problem = validator.problems(value, question: field, key: field.id).first {
                return InterviewInputError(message: problem.1, code: "validation.out-of-range")
            }
            partial[field.id] = value
        }
        if index + 1 < question.fields.count {
            step = .field(item: item, field: index + 1)
        } else {
            finishItem(next: .field(item: item + 1, field: 0))
        }
        return nil
    }

    private mutating func moveAfterLot(_ row: Int) {
        if question.asksPrice {
            step = .price(row: row)
        } else {
            moveAfterPrice(row)
        }
    }

    private mutating func moveAfterPrice(_ row: Int) {
        if scored.isEmpty {
            moveAfterScores(row)
        } else {
            step = .score(row: row, criterion: 0)
        }
    }

    private mutating func moveAfterScores(_ row: Int) {
        if eliminatory.isEmpty && requirements.isEmpty {
            finishItem(next: .candidate(row: row + 1))
        } else {
            step = .fails(row: row)
        }
    }

    private mutating func finishItem(next: Step) {
        if let editing {
            items[editing] = .record(partial)
            self.editing = nil
            partial = [:]
            step = question.type == .list ? .field(item: items.count, field: 0) : .candidate(row: items.count)
            if isFull { step = nil }
            return
        }
        items.append(.record(partial))
        partial = [:]
        step = isFull ? nil : next
    }
}
