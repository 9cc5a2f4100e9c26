import ParticipeCore
import Testing

/// Matrices computed by hand; each test shows the computation next to the expected numbers.
@Suite struct AnalysisExampleTests {
    @Test func nestedCriteriaWithProportionalPrice() {
        // Points: technique 6, prix 4 → 60 / 40; under technique, fonctionnel 3, accessibilite 1 → 75 / 25.
        // Global weights: fonctionnel 45, accessibilite 15, prix 40.
        let matrix = DecisionMatrix(
            criteria: [
                Criterion(
                    id: "technique", label: "Valeur technique", rawWeight: 6,
                    children: [scored("fonctionnel", 3), scored("accessibilite", 1)]),
                Criterion(id: "prix", label: "Prix", kind: .price, rawWeight: 4),
            ],
            candidates: [
                Candidate(id: "A", name: "Offre A", scores: ["fonctionnel": 4, "accessibilite": 5], price: 10_000),
                Candidate(id: "B", name: "Offre B", scores: ["fonctionnel": 5, "accessibilite": 2], price: 12_500),
                Candidate(id: "C", name: "Offre C", scores: ["fonctionnel": 3, "accessibilite": 3], price: 8_000),
            ],
            priceFormula: .proportional)
        let result = matrix.evaluate()
        // Lowest price 8,000. Price notes: A 5 × 8000/10000 = 4; B 5 × 8000/12500 = 3.2; C 5.
        #expect(close(result.value("A", "prix"), 4))
        #expect(close(result.value("B", "prix"), 3.2))
        #expect(close(result.value("C", "prix"), 5))
        // A: 45 × 4/5 + 15 × 5/5 + 40 × 4/5 = 36 + 15 + 32 = 83
        // B: 45 × 5/5 + 15 × 2/5 + 40 × 3.2/5 = 45 + 6 + 25.6 = 76.6
        // C: 45 × 3/5 + 15 × 3/5 + 40 × 5/5 = 27 + 9 + 40 = 76
        #expect(close(result.total("A"), 83))
        #expect(close(result.total("B"), 76.6))
        #expect(close(result.total("C"), 76))
        #expect(result.ranking == ["A", "B", "C"])
        #expect(result.ties.isEmpty)
        // Technique for A: 0.75 × 4 + 0.25 × 5 = 4.25 on the scale, contributing 45 × 0.8 + 15 × 1 = 51.
        #expect(close(result.value("A", "technique"), 4.25))
        #expect(close(result.candidate("A")?.score("technique")?.contribution, 51))
        #expect(close(result.candidate("A")?.score("fonctionnel")?.contribution, 36))
        #expect(result.price == PriceReference(formula: .proportional, lowest: 8_000, highest: 12_500))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func rankingWeightsLinearPriceAndAnEliminatedCandidate() {
        // ROC over [qualite, prix, delai]: 11/18, 5/18, 2/18 of 100.
        let matrix = DecisionMatrix(
            criteria: [
                scored("qualite"), Criterion(id: "prix", label: "Prix", kind: .price), scored("delai"),
                Criterion(id: "ue", label: "Hébergement dans l'UE", kind: .eliminatory),
            ],
            weighting: .ranking(["qualite", "prix", "delai"]),
            candidates: [
                Candidate(id: "A", name: "A", scores: ["qualite": 4, "delai": 3], price: 100, passes: ["ue": true]),
                Candidate(id: "B", name: "B", scores: ["qualite": 5, "delai": 5], price: 80, passes: ["ue": false]),
                Candidate(id: "C", name: "C", scores: ["qualite": 3, "delai": 4], price: 120, passes: ["ue": true]),
                Candidate(id: "D", name: "D", scores: ["qualite": 2, "delai": 5], price: 250, passes: ["ue": true]),
            ],
            priceFormula: .linearFromLowest)
        let result = matrix.evaluate()
        // B fails the must-have: out whatever its scores, and its price (80) does not set the lowest.
        #expect(result.candidate("B")?.status == .eliminated(failed: ["ue"]))
        #expect(result.total("B") == nil)
        #expect(result.value("B", "prix") == nil)
        // Lowest price 100. A: 5 × (1 − 0) = 5; C: 5 × (1 − 20/100) = 4; D: 5 × (1 − 150/100) < 0 → 0.
        #expect(close(result.value("A", "prix"), 5))
        #expect(close(result.value("C", "prix"), 4))
        #expect(close(result.value("D", "prix"), 0))
        // Totals in eighteenths of 100: A 11×0.8 + 5×1 + 2×0.6 = 15; C 11×0.6 + 5×0.8 + 2×0.8 = 12.2;
        // D 11×0.4 + 5×0 + 2×1 = 6.4.
        #expect(close(result.total("A"), 1500.0 / 18))
        #expect(close(result.total("C"), 1220.0 / 18))
        #expect(close(result.total("D"), 640.0 / 18))
        #expect(result.ranking == ["A", "C", "D"])
        #expect(result.eliminated.map(\.id) == ["B"])
    }

    @Test func tiesShareARankWithTheExtremesPriceFormula() {
        // Fixed 50 / 50. Prices 200, 100, 140, 200: lowest 100, highest 200.
        let matrix = DecisionMatrix(
            criteria: [scored("qualite", 50), Criterion(id: "prix", label: "Prix", kind: .price, rawWeight: 50)],
            weighting: .fixed,
            candidates: [
                Candidate(id: "A", name: "A", scores: ["qualite": 5], price: 200),
                Candidate(id: "B", name: "B", scores: ["qualite": 3], price: 100),
                Candidate(id: "C", name: "C", scores: ["qualite": 5], price: 140),
                Candidate(id: "D", name: "D", scores: ["qualite": 4], price: 200),
            ],
            priceFormula: .linearBetweenExtremes)
        let result = matrix.evaluate()
        // Price notes: 5 × (200 − price)/100: A 0, B 5, C 3, D 0.
        #expect(close(result.value("C", "prix"), 3))
        // A 50×1 + 0 = 50; B 50×0.6 + 50×1 = 80; C 50×1 + 50×0.6 = 80; D 50×0.8 + 0 = 40.
        #expect(close(result.total("B"), 80))
        #expect(close(result.total("C"), 80))
        #expect(result.candidate("B")?.status == .ranked(rank: 1, tied: true))
        #expect(result.candidate("C")?.status == .ranked(rank: 1, tied: true))
        #expect(result.rank("A") == 3)
        #expect(result.rank("D") == 4)
        #expect(result.ranking == ["B", "C", "A", "D"])
        #expect(result.ties == [["B", "C"]])
        #expect(result.winners == ["B", "C"])
        // No single winner: no sensitivity, and a note says why.
        #expect(result.sensitivity == nil)
        #expect(result.messages(.note).contains { $0.contains("tied for first place") })
    }

    @Test func missingScoresAreNeverZero() {
        // No weights given: equal weights, 100/3 each, with a note.
        let matrix = DecisionMatrix(
            criteria: [
                scored("x"), scored("y"), scored("z"), Criterion(id: "rgpd", label: "RGPD", kind: .eliminatory),
            ],
            candidates: [
                Candidate(id: "A", name: "A", scores: ["x": 4, "y": 4, "z": 4], passes: ["rgpd": true]),
                Candidate(id: "B", name: "B", scores: ["x": 5, "z": 3], passes: ["rgpd": true]),
                Candidate(id: "C", name: "C", scores: ["x": 2, "y": 2, "z": 2], passes: ["rgpd": true]),
                Candidate(id: "E", name: "E", scores: ["x": 6, "y": 5, "z": 5]),
            ])
        let result = matrix.evaluate()
        #expect(close(result.globalWeight("x"), 100.0 / 3))
        #expect(
            result.messages(.note).contains(
                "top-level criteria: no positive weight given; every criterion gets an equal weight"))
        // A: 100/3 × (0.8 + 0.8 + 0.8) = 80; C: 100/3 × 1.2 = 40.
        #expect(close(result.total("A"), 80))
        #expect(close(result.total("C"), 40))
        // B misses y: no total, not ranked; known 100/3 × (1 + 0.6) = 53.33, at best 53.33 + 33.33 = 86.67.
        #expect(result.candidate("B")?.status == .incomplete(missing: ["y"]))
        #expect(result.total("B") == nil)
        #expect(close(result.candidate("B")?.knownTotal, 160.0 / 3))
        #expect(close(result.candidate("B")?.bestPossibleTotal, 260.0 / 3))
        // E scores 6 on a 0–5 scale (treated as missing, with a warning) and has no RGPD answer.
        #expect(result.candidate("E")?.status == .incomplete(missing: ["x", "rgpd"]))
        #expect(result.messages(.warning).contains { $0.contains("score 6 for 'x' is outside the scale") })
        #expect(result.ranking == ["A", "C"])
        #expect(result.incomplete.map(\.id) == ["B", "E"])
    }

    @Test func sensitivityThresholdsAndEqualWeights() {
        // Fixed 60 / 40. A: c1 5, c2 0 → 60. B: c1 2, c2 5 → 24 + 40 = 64. C: c1 0, c2 4 → 32. B wins.
        let matrix = DecisionMatrix(
            criteria: [scored("c1", 60), scored("c2", 40)], weighting: .fixed,
            candidates: [
                Candidate(id: "A", name: "A", scores: ["c1": 5, "c2": 0]),
                Candidate(id: "B", name: "B", scores: ["c1": 2, "c2": 5]),
                Candidate(id: "C", name: "C", scores: ["c1": 0, "c2": 4]),
            ])
        let result = matrix.evaluate()
        #expect(result.ranking == ["B", "A", "C"])
        let sensitivity = result.sensitivity
        #expect(sensitivity?.winner == "B")
        // Weight x on c1, 100 − x on c2: T_A = x, T_B = 0.4x + (100 − x) = 100 − 0.6x; equal at x = 62.5.
        // T_C = 0.8(100 − x) stays below T_B (gap −20 − 0.2x): A takes over, and only when c1 rises.
        let c1 = sensitivity?.criteria.first
        #expect(c1?.criterionID == "c1")
        #expect(c1?.decrease == nil)
        #expect(close(c1?.increase?.weight, 62.5))
        #expect(c1?.increase?.newWinner == "A")
        #expect(close(c1?.margin, 2.5))
        // The mirror image on c2: equal when y = 37.5 (100 − y = 40 + 0.6y).
        let c2 = sensitivity?.criteria.last
        #expect(close(c2?.decrease?.weight, 37.5))
        #expect(c2?.increase == nil)
        // Top-level criteria are the leaves here: the same numbers.
        #expect(sensitivity?.leaves == sensitivity?.criteria)
        // Equal weights 50 / 50: A 50, B 20 + 50 = 70, C 40.
        #expect(result.equalWeightsRanking.map(\.candidateID) == ["B", "A", "C"])
        #expect(close(result.equalWeightsRanking.map(\.total), [70, 50, 40]))
    }

    @Test func stableWinnerOverTheWholeRange() {
        // A beats B on both criteria: no weight makes B win.
        let matrix = DecisionMatrix(
            criteria: [scored("c1", 1), scored("c2", 1)],
            candidates: [
                Candidate(id: "A", name: "A", scores: ["c1": 4, "c2": 5]),
                Candidate(id: "B", name: "B", scores: ["c1": 3, "c2": 1]),
            ])
        let result = matrix.evaluate()
        #expect(result.sensitivity?.criteria.allSatisfy(\.isStable) == true)
        #expect(result.sensitivity?.criteria.first?.margin == nil)
    }
}
