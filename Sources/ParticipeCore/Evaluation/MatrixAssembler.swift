/// Builds a kit's `DecisionMatrix` from its spec, the kept criteria items and the answers.
///
/// Pure: the caller evaluates the items' conditions and titles and passes the answers in, so the
/// same assembly serves expressions (`choix.winner`) and documents.
struct MatrixAssembler: Sendable {
    /// A kept criteria item and its label in the document's language.
    public struct Item: Sendable {
        public var item: Catalogue.Item
        public var label: String
        /// The item's weight for these answers: its `weight`, or what its weight expression gives.
        public var weight: Double?

        public init(item: Catalogue.Item, label: String, weight: Double? = nil) {
            self.item = item
            self.label = label
            self.weight = weight ?? item.weight
        }
    }

    public let spec: MatrixSpec
    public let kit: Kit

    public init(spec: MatrixSpec, kit: Kit) {
        self.spec = spec
        self.kit = kit
    }

    /// The matrix, and the assumptions made while reading the kit and the answers.
    ///
    /// - Parameters:
    ///   - items: the kept items of the criteria catalogue, in catalogue order.
    ///   - weights: the answer to the `weights` points question (`.null` when unanswered or hidden).
    ///   - candidates: the answer to the `candidates` scores question (`.null` when unanswered or hidden).
    ///   - requirements: the mandatory requirements an offer's `fails` may name besides eliminatory criteria.
    func assemble(
        items: [Item], weights: Value, candidates: Value, requirements: [DecisionMatrix.Requirement] = []
    ) -> MatrixAssembly {
        var diagnostics: [MatrixDiagnostic] = []
        var criteria = tree(items, diagnostics: &diagnostics)
        applyPoints(weights, to: &criteria, diagnostics: &diagnostics)
        // The top level keeps the points answered, which a rule may check add up to 100 (`weights_total`).
        criteria = criteria.map { criterion in
            var copy = criterion
            copy.children = Self.wholePercentages(criterion.children)
            return copy
        }
        let matrix = DecisionMatrix(
            criteria: criteria, weighting: .points,
            candidates: self.candidates(candidates, criteria: criteria.flatMap(\.flattened)),
            scale: scale, priceFormula: spec.priceFormula, requirements: requirements)
        return MatrixAssembly(matrix: matrix, diagnostics: diagnostics)
    }

    /// The criteria tree from the items' `parent`; items whose parent is not kept are left out.
    private func tree(_ items: [Item], diagnostics: inout [MatrixDiagnostic]) -> [Criterion] {
        let kept = Set(items.map(\.item.id))
        var placed: Set<String> = []
        func build(_ entry: Item) -> Criterion {
            placed.insert(entry.item.id)
            let children = items.filter { $0.item.parent == entry.item.id && !placed.contains($0.item.id) }
            return Criterion(
                id: entry.item.id, label: entry.label, kind: entry.item.kind ?? .scored,
                rawWeight: entry.weight, childWeighting: .points, children: children.map(build))
        }
        let roots = items.filter { $0.item.parent == nil }.map(build)
        for entry in items where !placed.contains(entry.item.id) {
            let parent = entry.item.parent ?? ""
            diagnostics.append(
                MatrixDiagnostic(
                    .note,
                    .criterionLeftOut(
                        criterion: entry.item.id, matrix: spec.id, parent: parent, parentKept: kept.contains(parent))))
        }
        return roots
    }

    /// The criteria with each group of siblings weighted in whole percentages adding up to 100, as a consultation
    /// announces them (largest remainder: the shares rounded down, then a point each to the largest remainders,
    /// the larger weight first on a tie). A group with a weight missing is left to the engine's fallbacks.
    static func wholePercentages(_ criteria: [Criterion]) -> [Criterion] {
        var result = criteria.map { criterion in
            var copy = criterion
            copy.children = wholePercentages(criterion.children)
            return copy
        }
        let weighted = result.indices.filter { result[$0].isWeighted }
        let weights = weighted.compactMap { result[$0].rawWeight }
        guard weights.count == weighted.count, weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else { return result }
        let total = weights.reduce(0, +)
        guard total > 0 else { return result }
        let shares = weights.map { $0 / total * 100 }
        var whole = shares.map { ($0 + 1e-9).rounded(.down) }
        let remaining = Int((100 - whole.reduce(0, +)).rounded())
        let order = shares.indices.sorted { left, right in
            let (a, b) = (shares[left] - whole[left], shares[right] - whole[right])
            if abs(a - b) > 1e-9 { return a > b }
            return weights[left] != weights[right] ? weights[left] > weights[right] : left < right
        }
        for index in order.prefix(max(0, remaining)) { whole[index] += 1 }
        for (position, index) in weighted.enumerated() { result[index].rawWeight = whole[position] }
        return result
    }

    /// Replaces the top-level weights by the points answered, when the question is answered.
    private func applyPoints(_ answer: Value, to criteria: inout [Criterion], diagnostics: inout [MatrixDiagnostic]) {
        guard let path = spec.weights else { return }
        let top = criteria.filter(\.isWeighted).map(\.id)
        if let question = kit.question(path) {
            let choices = question.choiceIDs
            let notCriteria = choices.filter { !top.contains($0) }
            let notChoices = top.filter { !choices.contains($0) }
            if !notCriteria.isEmpty {
                diagnostics.append(
                    MatrixDiagnostic(
                        .note, .pointsIgnored(choices: notCriteria, question: path.description, matrix: spec.id)))
            }
            if !notChoices.isEmpty {
                diagnostics.append(
                    MatrixDiagnostic(
                        .note, .criteriaNotChoices(criteria: notChoices, matrix: spec.id, question: path.description)))
            }
        }
        guard let points = answer.record, !points.isEmpty else { return }
        for index in criteria.indices where criteria[index].isWeighted {
            // A criterion without points gets the mean of the others from the engine, with a note.
            criteria[index].rawWeight = points[criteria[index].id]?.number
        }
    }

    private func candidates(_ answer: Value, criteria: [Criterion]) -> [Candidate] {
        let eliminatory = criteria.filter { $0.kind == .eliminatory }.map(\.id)
        return (answer.list ?? []).enumerated().map { offset, row in
            let fields = row.record ?? [:]
            let name = fields["candidate"]?.text ?? "#\(offset + 1)"
            let scores = (fields["scores"]?.record ?? [:]).compactMapValues(\.number)
            let fails = (fields["fails"]?.list ?? []).compactMap(\.text)
            let criteriaIDs = Set(criteria.map(\.id))
            var passes: [String: Bool] = [:]
            for id in eliminatory { passes[id] = true }
            // A failure on a criterion that is not eliminatory is reported by the engine; any other id is a
            // requirement, which the engine checks against the mandatory ones.
            for id in fails where criteriaIDs.contains(id) { passes[id] = false }
            return Candidate(
                id: name, name: name, scores: scores, price: fields["price"]?.number, passes: passes,
                unmetRequirements: fails.filter { !criteriaIDs.contains($0) },
                regularising: fields["regularisation"]?.boolean == true)
        }
    }

    /// The scores question's scale; its level labels, else the engine's descriptions for 0–5.
    private var scale: ScoringScale {
        guard let scale = spec.candidates.flatMap(kit.question)?.scale else { return .zeroToFive }
        let minimum = Double(scale.minimum)
        let maximum = Double(scale.maximum)
        guard scale.labels.isEmpty else {
            let levels = scale.labels.keys.sorted().compactMap { value in
                scale.labels[value].map { label in
                    ScoringScale.Level(
                        value: Double(value),
                        labels: Dictionary(
                            uniqueKeysWithValues: Language.allCases.map {
                                ($0, label.resolve($0, fallbacks: kit.fallbacks))
                            }))
                }
            }
            return ScoringScale(minimum: minimum, maximum: maximum, levels: levels)
        }
        let standard = ScoringScale.zeroToFive
        if minimum == standard.minimum, maximum == standard.maximum { return standard }
        return ScoringScale(minimum: minimum, maximum: maximum)
    }
}
