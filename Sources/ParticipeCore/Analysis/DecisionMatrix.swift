/// A weighted decision matrix: criteria, candidates scored on them, and how to score prices.
///
/// Evaluation is a pure function of these inputs; problems in them become diagnostics, never errors.
public struct DecisionMatrix: Hashable, Sendable {
    /// The top-level criteria, each possibly with sub-criteria.
    public var criteria: [Criterion]
    /// How the weights of the top-level criteria are obtained.
    public var weighting: Weighting
    public var candidates: [Candidate]
    public var scale: ScoringScale
    public var priceFormula: PriceFormula
    /// The mandatory requirements an offer may fail (`Candidate.unmetRequirements`), with their labels, in order.
    public var requirements: [Requirement]

    /// A mandatory requirement of the specification: an offer that does not meet it is irregular.
    public struct Requirement: Hashable, Sendable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public init(
        criteria: [Criterion], weighting: Weighting = .points, candidates: [Candidate],
        scale: ScoringScale = .zeroToFive, priceFormula: PriceFormula = .proportional, requirements: [Requirement] = []
    ) {
        self.requirements = requirements
        self.criteria = criteria
        self.weighting = weighting
        self.candidates = candidates
        self.scale = scale
        self.priceFormula = priceFormula
    }

    /// Weights, scores, eliminations, ranking with ties, sensitivity and the equal-weights ranking.
    public func evaluate() -> MatrixResult {
        var result = evaluateWithoutAnalysis()
        let ranked = result.candidates.filter { $0.rank != nil }
        if ranked.count < 2 {
            result.diagnostics.append(MatrixDiagnostic(.note, .fewerThanTwoRanked))
        } else if result.winners.count > 1 {
            result.diagnostics.append(MatrixDiagnostic(.note, .tiedForFirst(result.winners)))
        } else {
            result.sensitivity = SensitivityAnalysis(result: result)
        }
        result.equalWeightsRanking = withEqualWeights().evaluateWithoutAnalysis().rankEntries
        return result
    }

    /// The same matrix with equal weights among siblings at every level.
    func withEqualWeights() -> DecisionMatrix {
        func equalised(_ criterion: Criterion) -> Criterion {
            var copy = criterion
            copy.childWeighting = .equal
            copy.children = criterion.children.map(equalised)
            return copy
        }
        var copy = self
        copy.weighting = .equal
        copy.criteria = criteria.map(equalised)
        return copy
    }

    /// Weights, scores and ranking, without the analyses that evaluate the matrix again.
    func evaluateWithoutAnalysis() -> MatrixResult {
        var diagnostics = validate()
        let weighted = resolveWeights(diagnostics: &diagnostics)
        let scoring = score(weighted, diagnostics: &diagnostics)
        let regularising = scoring.candidates.filter(\.isRegularising).map(\.id)
        if !regularising.isEmpty { diagnostics.append(MatrixDiagnostic(.note, .provisionalRanking(regularising))) }
        return MatrixResult(
            criteria: weighted, candidates: Ranking.rank(scoring.candidates), ranking: [], ties: [],
            price: scoring.price, scale: scale, sensitivity: nil, equalWeightsRanking: [], diagnostics: diagnostics,
            requirements: requirements
        ).withRankingSummary()
    }

    /// Problems that do not stop evaluation: duplicate ids, an unusable scale.
    private func validate() -> [MatrixDiagnostic] {
        var diagnostics: [MatrixDiagnostic] = []
        for id in duplicates(criteria.flatMap(\.flattened).map(\.id)) {
            diagnostics.append(MatrixDiagnostic(.error, .duplicateCriterion(id)))
        }
        for id in duplicates(candidates.map(\.id)) {
            diagnostics.append(MatrixDiagnostic(.error, .duplicateCandidate(id)))
        }
        if !scale.isValid {
            diagnostics.append(
                MatrixDiagnostic(.error, .invalidScale(minimum: scale.minimum, maximum: scale.maximum)))
        }
        return diagnostics
    }

    private func duplicates(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        var reported: Set<String> = []
        return ids.filter { !seen.insert($0).inserted && reported.insert($0).inserted }
    }
}

extension MatrixResult {
    /// Ranked candidates as rank entries, best first.
    var rankEntries: [RankEntry] {
        let entries = candidates.compactMap { candidate -> RankEntry? in
            guard case .ranked(let rank, let tied) = candidate.status, let total = candidate.total else { return nil }
            return RankEntry(candidateID: candidate.id, total: total, rank: rank, tied: tied)
        }
        // Tied candidates keep the input order.
        return entries.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(
            \.element)
    }

    /// Fills `ranking` and `ties` from the candidates' statuses.
    func withRankingSummary() -> MatrixResult {
        var copy = self
        let entries = rankEntries
        copy.ranking = entries.map(\.candidateID)
        var groups: [Int: [String]] = [:]
        for entry in entries where entry.tied { groups[entry.rank, default: []].append(entry.candidateID) }
        copy.ties = groups.keys.sorted().compactMap { groups[$0] }
        return copy
    }
}

extension DecisionMatrix {
    /// Whether any candidate has a score or a price: the matrix has begun to be filled.
    public var hasScores: Bool {
        candidates.contains { !$0.scores.isEmpty || $0.price != nil }
    }

    /// The sum of the top-level raw weights (points answered, else the kit's weights); nil when none is given.
    var topLevelWeightTotal: Double? {
        let weights = criteria.filter(\.isWeighted).compactMap(\.rawWeight)
        return weights.isEmpty ? nil : weights.reduce(0, +)
    }
}
