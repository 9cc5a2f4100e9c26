/// A questionnaire with its rules, catalogues and documents, loaded from `Templates/<id>/kit.yaml`.
public struct Kit: Sendable {
    public var id: String
    public var version: String
    public var languages: [Language]
    public var title: LocalizedText
    public var description: LocalizedText?
    /// The name written as the documents' author (DOCX and ODT properties): usually the public body.
    public var author: Expression?
    public var sections: [Section] {
        didSet { lookup = KitLookup(sections: sections, computed: computed, grids: grids) }
    }
    public var computed: [ComputedValue] {
        didSet { lookup = KitLookup(sections: sections, computed: computed, grids: grids) }
    }
    public var grids: [Grid] {
        didSet { lookup = KitLookup(sections: sections, computed: computed, grids: grids) }
    }
    public var matrices: [MatrixSpec]
    public var rules: [Rule]
    public var catalogues: [Catalogue]
    public var documents: [DocumentSpec]
    public var glossary: [GlossaryEntry]
    public var misconceptions: [Misconception]
    /// The folder the kit was read from.
    public var directory: String
    /// The file of `kit.yaml`, as diagnostics name it.
    public var file: String
    /// Problems that do not prevent using the kit (missing translations…).
    public var warnings: [Diagnostic]
    /// Indexes by id, so that evaluating a kit of thousands of questions stays linear.
    private var lookup: KitLookup

    public init(
        id: String, version: String, languages: [Language], title: LocalizedText, description: LocalizedText?,
        sections: [Section], computed: [ComputedValue], grids: [Grid], matrices: [MatrixSpec], rules: [Rule],
        catalogues: [Catalogue], documents: [DocumentSpec], glossary: [GlossaryEntry], misconceptions: [Misconception],
        directory: String, file: String, warnings: [Diagnostic], author: Expression? = nil
    ) {
        self.author = author
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

    public func section(_ id: String) -> Section? { lookup.sections[id].map { sections[$0] } }

    public func question(_ path: QuestionPath) -> Question? {
        lookup.questions[path].map { sections[$0.section].questions[$0.question] }
    }

    public func computedValue(_ id: String) -> ComputedValue? { lookup.computed[id].map { computed[$0] } }

    public func grid(_ id: String) -> Grid? { lookup.grids[id].map { grids[$0] } }

    public func catalogue(_ id: String) -> Catalogue? { catalogues.first { $0.id == id } }

    public var questionCount: Int { sections.reduce(0) { $0 + $1.questions.count } }

    /// Every question with its path, in questionnaire order.
    public var allQuestions: [(path: QuestionPath, question: Question)] {
        sections.flatMap { section in section.questions.map { (QuestionPath(section.id, $0.id), $0) } }
    }

    /// The languages to fall back to, in order, after a requested one.
    public var fallbacks: [Language] { languages }
}
