import ParticipeCore
import PropertyBased
import Testing

@Suite struct AnalysisPropertyTests {
    @Test func weightsSumTo100AtEveryLevel() async {
        await propertyCheck(count: 300, input: RandomMatrix.generator(price: true, mixedWeighting: true)) { matrix in
            let result = matrix.evaluate()
            let weighted = result.criteria.filter(\.isWeighted)
            for parent in [nil] + weighted.map(\.id) {
                let siblings = weighted.filter { $0.parentID == parent }
                guard !siblings.isEmpty else { continue }
                #expect(close(siblings.compactMap(\.localWeight).reduce(0, +), 100))
                let parentGlobal = parent.flatMap { result.globalWeight($0) } ?? 100
                for sibling in siblings {
                    #expect(close(sibling.globalWeight, parentGlobal * (sibling.localWeight ?? 0) / 100))
                }
            }
            #expect(close(weighted.filter(\.isLeaf).compactMap(\.globalWeight).reduce(0, +), 100))
        }
    }

    @Test func addingAConstantOnOneCriterionKeepsTheRanking() async {
        let input = zip(RandomMatrix.generator(scores: 0...3), Gen.int(in: 0...20), Gen.double(in: 0...2))
        await propertyCheck(count: 300, input: input) { matrix, pick, constant in
            let leaves = matrix.criteria.flatMap(\.flattened).filter(\.children.isEmpty).map(\.id)
            let leaf = leaves[pick % leaves.count]
            var shifted = matrix
            shifted.candidates = matrix.candidates.map { candidate in
                var copy = candidate
                copy.scores[leaf] = (candidate.scores[leaf] ?? 0) + constant
                return copy
            }
            let before = matrix.evaluate()
            let after = shifted.evaluate()
            #expect(after.candidates.map(\.status) == before.candidates.map(\.status))
        }
    }

    @Test func aCandidateDominatedEverywhereNeverRanksFirst() async {
        let input = zip(RandomMatrix.generator(scores: 1...5, price: true), Gen.int(in: 0...1_000))
        await propertyCheck(count: 300, input: input) { matrix, seed in
            // Candidate 0 becomes strictly worse than candidate 1 on every score and dearer.
            var dominated = matrix
            guard let better = matrix.candidates.dropFirst().first else { return }
            var worse = better
            worse.id = "dominated"
            worse.scores = better.scores.mapValues { $0 - Double(1 + seed % Int($0)) }
            worse.price = better.price.map { $0 + 1 + Double(seed % 50) }
            dominated.candidates[0] = worse
            let result = dominated.evaluate()
            #expect(result.rank("dominated") != 1)
            #expect((result.rank("dominated") ?? 0) > (result.rank(better.id) ?? 0))
        }
    }

    @Test func crossingASensitivityThresholdChangesTheWinner() async {
        let epsilon = 1e-4
        await propertyCheck(count: 300, input: RandomMatrix.generator(price: true)) { matrix in
            let result = matrix.evaluate()
            guard let sensitivity = result.sensitivity else { return }
            let base = Dictionary(
                uniqueKeysWithValues: sensitivity.criteria.map { ($0.criterionID, $0.baseWeight) })
            for entry in sensitivity.criteria {
                for (threshold, direction) in [(entry.decrease, -1.0), (entry.increase, 1.0)] {
                    guard let threshold else { continue }
                    let before = threshold.weight - direction * epsilon
                    let after = threshold.weight + direction * epsilon
                    guard (0...100).contains(after),
                        abs(before - entry.baseWeight) < abs(threshold.weight - entry.baseWeight)
                    else { continue }
                    let near = RandomMatrix.withTopLevelWeights(
                        matrix, RandomMatrix.rescaled(base, moving: entry.criterionID, to: before)
                    ).evaluate()
                    let past = RandomMatrix.withTopLevelWeights(
                        matrix, RandomMatrix.rescaled(base, moving: entry.criterionID, to: after)
                    ).evaluate()
                    #expect(near.winners == [sensitivity.winner])
                    #expect(!past.winners.contains(sensitivity.winner))
                    #expect((past.total(threshold.newWinner) ?? 0) > (past.total(sensitivity.winner) ?? 100))
                }
            }
        }
    }

    @Test func withinTheThresholdsTheWinnerHolds() async {
        let input = zip(RandomMatrix.generator(price: true), Gen.double(in: 0...1))
        await propertyCheck(count: 300, input: input) { matrix, position in
            let result = matrix.evaluate()
            guard let sensitivity = result.sensitivity, let entry = sensitivity.criteria.first else { return }
            let base = Dictionary(
                uniqueKeysWithValues: sensitivity.criteria.map { ($0.criterionID, $0.baseWeight) })
            // Any weight strictly between the two thresholds (or the ends of the range) keeps the winner.
            let low = (entry.decrease?.weight ?? 0) + 1e-4
            let high = (entry.increase?.weight ?? 100) - 1e-4
            guard low < high else { return }
            let x = low + (high - low) * position
            let moved = RandomMatrix.withTopLevelWeights(
                matrix, RandomMatrix.rescaled(base, moving: entry.criterionID, to: x)
            ).evaluate()
            #expect(moved.winners == [sensitivity.winner])
        }
    }

    @Test func leafSensitivityIsTheTopLevelSensitivityOfTheFlattenedMatrix() async {
        await propertyCheck(count: 200, input: RandomMatrix.generator(price: true)) { matrix in
            let result = matrix.evaluate()
            guard let leaves = result.sensitivity?.leaves else { return }
            // Every leaf becomes a top-level criterion with its global weight fixed.
            var flat = matrix
            flat.weighting = .fixed
            flat.criteria = result.criteria.filter(\.isLeaf).map { leaf in
                Criterion(id: leaf.id, label: leaf.label, kind: leaf.kind, rawWeight: leaf.globalWeight)
            }
            let flatLeaves = flat.evaluate().sensitivity?.criteria ?? []
            #expect(flatLeaves.map(\.criterionID) == leaves.map(\.criterionID))
            for (nested, flattened) in zip(leaves, flatLeaves) {
                #expect(abs((nested.increase?.weight ?? -1) - (flattened.increase?.weight ?? -1)) < 1e-6)
                #expect(abs((nested.decrease?.weight ?? -1) - (flattened.decrease?.weight ?? -1)) < 1e-6)
                #expect(nested.increase?.newWinner == flattened.increase?.newWinner)
            }
        }
    }
}
