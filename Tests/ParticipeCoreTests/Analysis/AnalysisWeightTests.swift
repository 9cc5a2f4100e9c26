import ParticipeCore
import Testing

@Suite struct AnalysisWeightTests {
    @Test func rankOrderCentroidForThreeAndFour() {
        // n = 3: (1 + 1/2 + 1/3)/3 = 11/18, (1/2 + 1/3)/3 = 5/18, (1/3)/3 = 2/18.
        let three: [Double] = [11.0 / 18, 5.0 / 18, 2.0 / 18]
        #expect(close(WeightSource.rankOrderCentroid(count: 3), three))
        // n = 4: 25/48, 13/48, 7/48, 3/48 (1 + 1/2 + 1/3 + 1/4 = 25/12, divided by 4).
        let four: [Double] = [25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48]
        #expect(close(WeightSource.rankOrderCentroid(count: 4), four))
        #expect(WeightSource.rankOrderCentroid(count: 1) == [1])
        #expect(WeightSource.rankOrderCentroid(count: 0).isEmpty)
    }

    @Test func pointsAreNormalisedTo100() {
        // 6 + 3 + 1 = 10 points → 60, 30, 10.
        let resolution = WeightSource.normalise([6, 3, 1])
        #expect(close(resolution.weights, [60, 30, 10]))
        #expect(resolution.diagnostics.isEmpty)
    }

    @Test func missingPointsGetTheMeanAndZeroStaysZero() {
        // Given 3 and 0, mean 1.5 for the missing one: 3 + 1.5 + 0 = 4.5 → 66.67, 33.33, 0.
        let resolution = WeightSource.resolve(.points, ids: ["a", "b", "c"], rawWeights: [3, nil, 0])
        let expected: [Double] = [200.0 / 3, 100.0 / 3, 0]
        #expect(close(resolution.weights, expected))
        #expect(
            resolution.diagnostics.map { $0.text(in: .english) } == [
                "missing weight for 'b'; given the mean of the others"
            ])
    }

    @Test func nothingPositiveFallsBackToEqualWeights() {
        for raw: [Double?] in [[nil, nil, nil, nil], [0, 0, 0, 0], [nil, 0, -2, .nan]] {
            let resolution = WeightSource.normalise(raw)
            #expect(close(resolution.weights, [25, 25, 25, 25]))
            #expect(
                resolution.diagnostics.contains { note in
                    note.severity == .note && note.text(in: .english).contains("equal weight")
                })
        }
    }

    @Test func negativeWeightIsAWarning() {
        let resolution = WeightSource.resolve(.points, ids: ["a", "b"], rawWeights: [-1, 4])
        // -1 is treated as missing, so it gets the mean of the others, 4: 50 / 50.
        #expect(close(resolution.weights, [50, 50]))
        #expect(resolution.diagnostics.first?.severity == .warning)
        #expect(resolution.diagnostics.first?.text(in: .english).contains("'a'") == true)
    }

    @Test func fixedWeightsNotSummingTo100AreRescaledWithANote() {
        // 50 + 30 = 80 → 62.5 and 37.5.
        let resolution = WeightSource.resolve(.fixed, ids: ["a", "b"], rawWeights: [50, 30])
        #expect(close(resolution.weights, [62.5, 37.5]))
        #expect(
            resolution.diagnostics.map { $0.text(in: .english) } == [
                "fixed weights sum to 80, not 100; rescaled to 100"
            ])
        #expect(WeightSource.resolve(.fixed, ids: ["a", "b"], rawWeights: [55, 45]).diagnostics.isEmpty)
    }

    @Test func partialRankingSharesTheLastPositions() {
        // Four criteria, order c, a: c = 25/48, a = 13/48; b and d share (7 + 3)/2 = 5/48 each.
        let resolution = WeightSource.resolve(
            .ranking(["c", "x", "a", "c"]), ids: ["a", "b", "c", "d"], rawWeights: [])
        let expected: [Double] = [1300.0 / 48, 500.0 / 48, 2500.0 / 48, 500.0 / 48]
        #expect(close(resolution.weights, expected))
        #expect(
            resolution.diagnostics.map { $0.text(in: .english) } == [
                "ranking names unknown criterion 'x'; ignored",
                "'b', 'd' not ranked; placed last, sharing the last positions equally",
            ])
    }

    @Test func nestedWeightsMultiplyAlongThePath() {
        // Top level: technique 6, prix 4 points → 60 / 40. Under technique, ranking
        // [fonctionnel, accessibilite, securite] → 11/18, 5/18, 2/18 of 60 = 36.67, 16.67, 6.67.
        let technique = Criterion(
            id: "technique", label: "Valeur technique", rawWeight: 6,
            childWeighting: .ranking(["fonctionnel", "accessibilite", "securite"]),
            children: [scored("securite"), scored("fonctionnel"), scored("accessibilite")])
        let matrix = DecisionMatrix(
            criteria: [
                technique, Criterion(id: "prix", label: "Prix", kind: .price, rawWeight: 4),
                Criterion(id: "ue", label: "Hébergement UE", kind: .eliminatory),
            ],
            candidates: [])
        let result = matrix.evaluate()
        #expect(close(result.localWeight("technique"), 60))
        #expect(close(result.localWeight("fonctionnel"), 1100.0 / 18))
        #expect(close(result.globalWeight("fonctionnel"), 60 * 11.0 / 18))
        #expect(close(result.globalWeight("accessibilite"), 60 * 5.0 / 18))
        #expect(close(result.globalWeight("securite"), 60 * 2.0 / 18))
        #expect(close(result.globalWeight("prix"), 40))
        #expect(result.criterion("ue")?.globalWeight == nil)
        #expect(result.criterion("technique")?.childIDs == ["securite", "fonctionnel", "accessibilite"])
        #expect(result.criteria.map(\.id) == ["technique", "securite", "fonctionnel", "accessibilite", "prix", "ue"])
    }
}

@Suite struct AnalysisDiagnosticTests {
    @Test func inputProblemsBecomeDiagnostics() {
        let matrix = DecisionMatrix(
            criteria: [
                scored("a", 1), scored("a", 1),
                Criterion(id: "prix", label: "Prix", kind: .price, rawWeight: 1, children: [scored("sous")]),
            ],
            candidates: [
                Candidate(id: "K", name: "K", scores: ["a": 3, "typo": 2], price: -5, passes: ["a": true]),
                Candidate(id: "K", name: "K bis"),
            ],
            scale: ScoringScale(minimum: 5, maximum: 5))
        let result = matrix.evaluate()
        #expect(
            result.messages(.error) == [
                "criterion id 'a' is used more than once", "candidate id 'K' is used more than once",
                "the scale's maximum (5) must be above its minimum (5)",
            ])
        let warnings = result.messages(.warning)
        #expect(warnings.contains("price criterion 'prix' cannot have sub-criteria; they are ignored"))
        #expect(warnings.contains("candidate 'K': price -5 is not a positive amount; ignored"))
        #expect(warnings.contains("candidate 'K': score for 'typo' ignored (not a directly scored criterion)"))
        #expect(warnings.contains("candidate 'K': answer for 'a' ignored (not an eliminatory criterion)"))
        // With an unusable scale nothing can be scored: nobody is ranked, nobody gets 0.
        #expect(result.ranking.isEmpty)
        #expect(result.candidates.allSatisfy { $0.isIncomplete })
    }
}
