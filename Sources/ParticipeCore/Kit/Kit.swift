/// A questionnaire with its rules, catalogues and documents, loaded from `Templates/<id>/kit.yaml`.
public struct Kit: Sendable {
    public let id: String
    public let version: String
    public let languages: [Language]
    public let title: LocalizedText
    public let description: LocalizedText?
    /// The name written as the documents' author (DOCX and ODT properties): usually the public body.
    public let author: Expression?
    public let sections: [Section]
    public let computed: [ComputedValue]
    public let grids: [Grid]
    public let matrices: [MatrixSpec]
    public let rules: [Rule]
    public let catalogues: [Catalogue]
    public let documents: [DocumentSpec]
    public let spreadsheets: [SpreadsheetSpec]
    /// The lots a purchase may be divided into, for the documents made once per lot.
    public let lots: [Lot]
    /// Calendars of dated milestones, which documents list in date order.
    public let calendars: [CalendarSpec]
    public let glossary: [GlossaryEntry]
    public let misconceptions: [Misconception]
    /// The date on which the kit's facts are taken (`facts_date`, such as the launch of a consultation); the
    /// evaluation's `today` when absent or unanswered.
    public let factsDate: Expression?
    /// How answers of earlier versions come forward, oldest first.
    public let migrations: [Migration]
    /// The folder the kit was read from.
    public let directory: String
    /// The file of `kit.yaml`, as diagnostics name it.
    public let file: String
    /// Problems that do not prevent using the kit (missing translations…).
    public let warnings: [Diagnostic]
    /// The type of each computed value, as the kit's checks found it (`any` before they run).
    public private(set) var computedTypes: [String: ValueType] = [:]
    /// Indexes by id, so that evaluating a kit of thousands of questions stays linear.
    private let lookup: KitLookup

    public init(
        id: String, version: String, languages: [Language], title: LocalizedText, description: LocalizedText?,
        sections: [Section], computed: [ComputedValue], grids: [Grid], matrices: [MatrixSpec], rules: [Rule],
        catalogues: [Catalogue], documents: [DocumentSpec], glossary: [GlossaryEntry], misconceptions: [Misconception],
        directory: String, file: String, warnings: [Diagnostic], author: Expression? = nil,
        migrations: [Migration] = [],
        factsDate: Expression? = nil, spreadsheets: [SpreadsheetSpec] = [], lots: [Lot] = [],
        calendars: [CalendarSpec] = []
    ) {
        self.lots = lots
        self.calendars = calendars
        self.spreadsheets = spreadsheets
        self.factsDate = factsDate
        self.author = author
        self.migrations = migrations
        self.id = id
        self.version = version
        self.languages = languages
        self.title = title
        self.description = description
        self.sections = sections
        self.computed = computed
        self.grids = grids
        self.matrices = matrices
        self.rules = rules
        self.catalogues = catalogues
        self.documents = documents
        self.glossary = glossary
        self.misconceptions = misconceptions
        self.directory = directory
        self.file = file
        self.warnings = warnings
        self.lookup = KitLookup(sections: sections, computed: computed, grids: grids)
    }

    /// The kit with what its checks found, known only once it is built: warnings and computed values' types.
    func checked(warnings: [Diagnostic], computedTypes: [String: ValueType]) -> Kit {
        var kit = Kit(
            id: id, version: version, languages: languages, title: title, description: description,
            sections: sections, computed: computed, grids: grids, matrices: matrices, rules: rules,
            catalogues: catalogues, documents: documents, glossary: glossary, misconceptions: misconceptions,
            directory: directory, file: file, warnings: warnings, author: author, migrations: migrations,
            factsDate: factsDate, spreadsheets: spreadsheets, lots: lots, calendars: calendars)
        kit.computedTypes = computedTypes
        return kit
    }

    public func section(_ id: String) -> Section? { lookup.sections[id].map { sections[$0] } }

    public func question(_ path: QuestionPath) -> Question? {
        lookup.questions[path].map { sections[$0.section].questions[$0.question] }
    }

    public func computedValue(_ id: String) -> ComputedValue? { lookup.computed[id].map { computed[$0] } }

    /// The ids of the items of catalogue `id`; none when there is no such catalogue.
    func itemIDs(_ id: String?) -> [String] { id.flatMap(catalogue)?.items.map(\.id) ?? [] }

    public func grid(_ id: String) -> Grid? { lookup.grids[id].map { grids[$0] } }

    public func catalogue(_ id: String) -> Catalogue? { catalogues.first { $0.id == id } }

    public var questionCount: Int { sections.reduce(0) { $0 + $1.questions.count } }

    /// Every question with its path, in questionnaire order.
    public var allQuestions: [(path: QuestionPath, question: Question)] {
        sections.flatMap { section in section.questions.map { (QuestionPath(section.id, $0.id), $0) } }
    }

    /// The migrations that bring answers of `version` to the kit's version, in order; nil when none starts there.
    public func migrations(from version: String) -> ArraySlice<Migration>? {
        migrations.firstIndex { $0.from == version }.map { migrations[$0...] }
    }

    /// The version the migration at `index` leads to: the next migration's, else the kit's own.
    func version(after index: Int) -> String {
        index + 1 < migrations.count ? migrations[index + 1].from : version
    }

    /// The questions of the version the migration at `index` leads to: the kit's own for the last migration, the
    /// next migration's `questions` for an earlier one; nil when that list is not given.
    func questions(after index: Int) -> Set<QuestionPath>? {
        guard index + 1 < migrations.count else { return Set(allQuestions.map(\.path)) }
        let next = migrations[index + 1].questions
        return next.isEmpty ? nil : Set(next)
    }

    /// The languages to fall back to, in order, after a requested one.
    public var fallbacks: [Language] { languages }
}
