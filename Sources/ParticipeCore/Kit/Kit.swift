/// A questionnaire with its rules, catalogues and documents, loaded from `Templates/<id>/kit.yaml`.
public struct Kit: Sendable {
    public var id: String
    public var version: String
    public var languages: [String]
    public var title: LocalizedText
    public var description: LocalizedText?
    public var sections: [Section]
    public var computed: [ComputedValue]
    public var grids: [Grid]
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

    public func section(_ id: String) -> Section? { sections.first { $0.id == id } }

    public func question(_ path: QuestionPath) -> Question? { section(path.section)?.question(path.question) }

    public func catalogue(_ id: String) -> Catalogue? { catalogues.first { $0.id == id } }

    public var questionCount: Int { sections.reduce(0) { $0 + $1.questions.count } }

    /// Every question with its path, in questionnaire order.
    public var allQuestions: [(path: QuestionPath, question: Question)] {
        sections.flatMap { section in section.questions.map { (QuestionPath(section.id, $0.id), $0) } }
    }

    /// The languages to fall back to, in order, after a requested one.
    public var fallbacks: [String] { languages }
}
