/// Everything the answers imply, computed once: what to ask, what is missing, what the rules say, what to generate.
public struct Evaluation: Sendable {
    public struct SectionProgress: Sendable, Hashable {
        public var section: String
        public var visible: Bool
        public var answered: Int
        public var total: Int

        public var percent: Int { total == 0 ? 100 : Int((Double(answered) * 100 / Double(total)).rounded()) }
    }

    public struct Progress: Sendable, Hashable {
        public var answered: Int
        public var total: Int
        public var sections: [SectionProgress]

        public var percent: Int { total == 0 ? 100 : Int((Double(answered) * 100 / Double(total)).rounded()) }
    }

    public struct FiredRule: Sendable {
        public var rule: Rule
        public var message: RenderedText
        public var action: RenderedText?

        public init(rule: Rule, message: RenderedText, action: RenderedText?) {
            self.rule = rule
            self.message = message
            self.action = action
        }
    }

    public struct GridResult: Sendable, Hashable {
        public var declared: Int?
        /// For each level, whether its own conditions hold.
        public var holds: [Bool]
        /// For each level, whether each of its named conditions holds.
        public var conditionsMet: [[Bool]]

        /// Index in `Grid.levels` of the level reached, the highest that holds; nil when none does.
        public var level: Int? { holds.lastIndex(of: true) }

        /// Declared rank minus reached rank: positive when the ambition outruns the commitments.
        public var gap: Int? {
            guard let level, let declared else { return nil }
            return declared - level
        }
    }

    public struct CatalogueItem: Sendable {
        public var item: Catalogue.Item
        public var priority: Catalogue.Priority?
        public var title: RenderedText?
        public var text: RenderedText?
        public var values: [(name: String, value: Value)]
        /// The weight for these answers (decision criteria).
        public var weight: Double?
        /// For an item made for each entry of a list, the entry's number (from 1).
        public var entry: Int?

        /// The item's id; `<id>-<n>` for the item made for entry n of a list.
        public var id: String { entry.map { "\(item.id)-\($0)" } ?? item.id }

        public init(
            item: Catalogue.Item, priority: Catalogue.Priority?, title: RenderedText?, text: RenderedText?,
            values: [(name: String, value: Value)], weight: Double? = nil
        ) {
            self.weight = weight ?? item.weight
            self.item = item
            self.priority = priority
            self.title = title
            self.text = text
            self.values = values
        }
    }

    /// A dated fact as these answers take it: the period whose value was used, and whether it is in force on the
    /// facts' date (when it is not, the nearest period stands in and a diagnostic asks to check the rule).
    public struct AppliedFact: Sendable {
        public var computed: ComputedValue
        public var period: Fact.Period
        public var inForce: Bool

        /// The source of the value used.
        public var source: LocalizedText? { computed.fact?.source(of: period) }
    }

    public let kit: Kit
    public let sheet: AnswerSheet
    /// The day the kit's facts were taken on (see `Kit.factsDate`).
    public let factsDate: CalendarDate
    /// The kit's dated facts, in kit order, with the period each took.
    public let facts: [AppliedFact]
    public let language: Language
    public let today: CalendarDate
    /// The lot this evaluation is restricted to (see `restricted(to:)`); nil for the whole purchase.
    public let lot: Lot?
    /// The lots in force: the purchase is divided into them when there are at least two, else none.
    public let lots: [Lot]
    /// Visible questions, in questionnaire order.
    public var visibleQuestions: [QuestionPath]
    public var hiddenSections: Set<String>
    /// Visible required questions left unanswered.
    public var missingRequired: [QuestionPath]
    public var issues: [ValidationIssue]
    public var computed: [String: Value]
    public var grids: [String: GridResult]
    /// Rules whose condition holds, blockers first, then in kit order.
    public var firedRules: [FiredRule]
    /// Kept items per catalogue id, in catalogue order.
    public var catalogues: [String: [CatalogueItem]]
    /// Each decision matrix's result by matrix id, the assembly's notes first in its diagnostics.
    public var matrices: [String: MatrixResult]
    /// Each decision matrix as assembled from the kit and the answers, by matrix id.
    public var decisionMatrices: [String: DecisionMatrix]
    public var progress: Progress
    /// The kit's `author` expression, formatted: the name documents carry as their author.
    public var author: String?

    /// The answer as the rules see it: `.null` when the question is hidden.
    public func value(_ path: QuestionPath) -> Value {
        visibleSet.contains(path) ? sheet[path] : .null
    }

    public func isVisible(_ path: QuestionPath) -> Bool { visibleSet.contains(path) }

    /// `visibleQuestions` as a set, for lookups.
    var visibleSet: Set<QuestionPath>

    public func isRequired(_ path: QuestionPath) -> Bool { requiredQuestions.contains(path) }

    /// Visible questions whose answer is required.
    var requiredQuestions: Set<QuestionPath>

    public var blockers: [FiredRule] { firedRules.filter { $0.rule.severity == .blocker } }

    /// What blocks: the blocker rules that fired and the invalid answers, counted in one place.
    public var blockingCount: Int { blockers.count + issues.count }
}
