/// What names mean inside a kit's expressions, for the static checker.
final class KitScope: ExpressionScope {
    private let kit: Kit
    /// The language of the messages.
    let language: Language
    private var computedTypes: [String: ValueType] = [:]
    private var computing: Set<String> = []
    /// Type problems found while typing computed values on demand.
    private(set) var collector: DiagnosticCollector

    init(kit: Kit, language: Language = .english) {
        self.kit = kit
        self.language = language
        self.collector = DiagnosticCollector(language: language)
    }

    func type(of path: [String]) -> ValueType? {
        guard let head = path.first else { return nil }
        if kit.section(head) != nil {
            guard path.count >= 2, let question = kit.question(QuestionPath(head, path[1])) else { return nil }
            var type = question.valueType(criteria: criteria(of: question))
            // `s.q.field` means `(s.q).field`, on a list of records as on a record.
            for name in path.dropFirst(2) {
                switch type {
                case .points(let ids) where ids.contains(name): type = .number
                case .record(let fields):
                    guard let field = fields[name] else { return nil }
                    type = field
                case .list(.record(let fields)):
                    guard let field = fields[name] else { return nil }
                    type = .list(field)
                default: return nil
                }
            }
            return type
        }
        if kit.computedValue(head) != nil {
            return path.count == 1 ? computedType(head) : nil
        }
        if let grid = kit.grid(head), path.count == 2 {
            return grid.memberType(path[1])
        }
        if kit.matrices.contains(where: { $0.id == head }), path.count == 2 {
            return MatrixSpec.members[path[1]]
        }
        return nil
    }

    func unknownReferenceMessage(_ path: [String]) -> String {
        unknownReference(path).text(in: language)
    }

    func unknownReferenceCode(_ path: [String]) -> String { unknownReference(path).code }

    private func unknownReference(_ path: [String]) -> KitMessage {
        let dotted = path.joined(separator: ".")
        guard let head = path.first else { return .emptyReference }
        if let section = kit.section(head) {
            guard path.count >= 2 else {
                return .sectionNotQuestion(section: head, example: section.questions.first?.id ?? "question")
            }
            guard let question = section.question(path[1]) else {
                let suggestion = Suggestion.closest(to: path[1], among: section.questions.map(\.id))
                return .unknownQuestionOfSection(section: head, question: path[1], suggestion: suggestion)
            }
            if question.type == .points {
                let choices = question.choiceIDs.joined(separator: ", ")
                return .notAChoice(reference: dotted, question: "\(head).\(path[1])", choices: choices)
            }
            return .noPart(question: "\(head).\(path[1])", part: path.dropFirst(2).joined(separator: "."))
        }
        if let grid = kit.grid(head) {
            let members = ["level", "declared"] + Grid.members.keys.sorted()
            return .gridMember(member: path.dropFirst().joined(separator: "."), grid: grid.id, members: members)
        }
        if let matrix = kit.matrices.first(where: { $0.id == head }) {
            let members = MatrixSpec.members.keys.sorted().map { "\(matrix.id).\($0)" }
            let member = path.dropFirst().joined(separator: ".")
            return .matrixMember(member: member, members: members)
        }
        let names = kit.sections.map(\.id) + kit.computed.map(\.id) + kit.grids.map(\.id) + kit.matrices.map(\.id)
        if path.count >= 2, let section = Suggestion.closest(to: head, among: kit.sections.map(\.id)) {
            return .unknownSectionOfReference(section: head, reference: dotted, suggestion: section)
        }
        return .unknownName(reference: dotted, hint: Suggestion.hint(for: head, among: names, language: language))
    }

    private func criteria(of question: Question) -> [String] {
        guard let catalogue = question.criteriaCatalogue.flatMap(kit.catalogue) else { return [] }
        return catalogue.items.map(\.id)
    }

    /// Types a computed value on first use; a cycle types as `any` here and is reported by the cycle check.
    func computedType(_ id: String) -> ValueType {
        if let known = computedTypes[id] { return known }
        guard let computed = kit.computedValue(id), !computing.contains(id) else { return .any }
        computing.insert(id)
        // A collector of its own: typing one value may type others, each reporting as it goes.
        var problems = DiagnosticCollector(language: language)
        let type = computed.value.check(in: self, into: &problems)
        for other in computed.expressions where other != computed.value {
            let before = problems.diagnostics.count
            let otherType = other.check(in: self, into: &problems)
            if problems.diagnostics.count == before, !otherType.isCompatible(with: type) {
                let message: KitMessage =
                    computed.fact == nil
                    ? .languagesDisagree(id: id, type: type, other: otherType)
                    : .factPeriodsDisagree(id: id, type: type, other: otherType)
                problems.error(message, at: other.location)
            }
        }
        computing.remove(id)
        computedTypes[id] = type
        collector.append(contentsOf: problems.diagnostics)
        return type
    }
}
