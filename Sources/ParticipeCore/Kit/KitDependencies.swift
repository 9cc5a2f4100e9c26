/// The graph of what depends on what among question visibility, computed values, grids and matrices, to refuse cycles.
struct KitDependencies {
    private enum Node: Hashable {
        case question(QuestionPath)
        case computed(String)
        case factsDate
        case grid(String)
        case matrix(String)
    }

    private var edges: [Node: [Node]] = [:]
    private var order: [Node] = []
    private var locations: [Node: SourceLocation] = [:]
    private let kit: Kit

    init(kit: Kit) {
        self.kit = kit
        for section in kit.sections {
            for question in section.questions {
                let node = Node.question(QuestionPath(section.id, question.id))
                add(node, at: question.when?.location ?? question.location, [section.when, question.when])
            }
        }
        for computed in kit.computed {
            add(.computed(computed.id), at: computed.value.location, computed.expressions)
            // A fact also reads the date it is taken on.
            if computed.fact != nil, kit.factsDate != nil {
                edges[.computed(computed.id), default: []].append(.factsDate)
            }
        }
        if let factsDate = kit.factsDate { add(.factsDate, at: factsDate.location, [factsDate]) }
        for grid in kit.grids {
            add(.grid(grid.id), at: grid.location, grid.levels.map(\.when))
            if let declared = grid.declared { edges[.grid(grid.id), default: []].append(.question(declared)) }
        }
        // A matrix reads its criteria items' conditions, its requirements items' conditions and priorities, and the
        // answers to its two questions.
        for matrix in kit.matrices {
            let items = kit.catalogue(matrix.criteria)?.items ?? []
            let requirements =
                matrix.candidates.flatMap(kit.question)?.requirementsCatalogue.flatMap(kit.catalogue)?.items ?? []
            let conditions = requirements.map(\.when) + requirements.flatMap { $0.priorityWhen.map(\.0) }
            add(
                .matrix(matrix.id), at: matrix.location,
                items.map(\.when) + items.map(\.weightExpression) + conditions)
            let questions = [matrix.weights, matrix.candidates].compactMap { $0 }.map(Node.question)
            edges[.matrix(matrix.id), default: []].append(contentsOf: questions)
        }
    }

    private mutating func add(_ node: Node, at location: SourceLocation, _ expressions: [Expression?]) {
        order.append(node)
        locations[node] = location
        edges[node] = expressions.compactMap { $0 }.flatMap(\.references).compactMap { self.node(for: $0.path) }
    }

    private func node(for path: [String]) -> Node? {
        guard let head = path.first else { return nil }
        if path.count >= 2, kit.section(head) != nil { return .question(QuestionPath(head, path[1])) }
        if kit.computedValue(head) != nil { return .computed(head) }
        if kit.grid(head) != nil { return .grid(head) }
        if kit.matrices.contains(where: { $0.id == head }) { return .matrix(head) }
        return nil
    }

    private func name(_ node: Node) -> KitMessage.Node {
        switch node {
        case .question(let path): .question(path.description)
        case .computed(let id): kit.computedValue(id)?.fact == nil ? .computed(id) : .fact(id)
        case .factsDate: .factsDate
        case .grid(let id): .grid(id)
        case .matrix(let id): .matrix(id)
        }
    }

    /// One diagnostic per cycle found, iteratively (no recursion on deep chains).
    func cycles(language: Language = .english) -> [Diagnostic] {
        var state: [Node: Int] = [:]  // 1: on the current path, 2: done
        var found: [Diagnostic] = []
        for start in order where state[start] == nil {
            var path: [Node] = [start]
            var nextChild: [Int] = [0]
            state[start] = 1
            while let node = path.last, let index = nextChild.last {
                let children = edges[node] ?? []
                if index < children.count {
                    nextChild[nextChild.count - 1] += 1
                    let child = children[index]
                    switch state[child] {
                    case 1:
                        let cycle = path.drop(while: { $0 != child }) + [child]
                        found.append(
                            Diagnostic(
                                KitMessage.cycle(cycle.map(name)), in: language,
                                at: locations[child] ?? SourceLocation(file: kit.file, line: 1, column: 1)))
                    case nil:
                        state[child] = 1
                        path.append(child)
                        nextChild.append(0)
                    default:
                        break
                    }
                } else {
                    state[node] = 2
                    path.removeLast()
                    nextChild.removeLast()
                }
            }
        }
        return found
    }
}
