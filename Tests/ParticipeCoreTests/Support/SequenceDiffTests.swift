import PropertyBased
import Testing

@testable import ParticipeCore

@Suite("The shortest edit between two sequences")
struct SequenceDiffTests {
    /// The length of the longest common subsequence, by dynamic programming: what the shortest edit keeps.
    static func common(_ old: [Int], _ new: [Int]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test func theStepsRebuildBothSequencesAndKeepTheMost() async {
        let sequences = Gen.int(in: 0...3).array(of: 0...14)
        await propertyCheck(count: 500, input: zip(sequences, sequences)) { old, new in
            let steps = SequenceDiff.steps(from: old, to: new)
            var rebuiltOld: [Int] = []
            var rebuiltNew: [Int] = []
            var kept = 0
            for step in steps {
                switch step {
                case .same(let o, let n):
                    #expect(old[o] == new[n])
                    rebuiltOld.append(old[o])
                    rebuiltNew.append(new[n])
                    kept += 1
                case .deleted(let o): rebuiltOld.append(old[o])
                case .inserted(let n): rebuiltNew.append(new[n])
                }
            }
            #expect(rebuiltOld == old, "\(old) → \(new): \(steps)")
            #expect(rebuiltNew == new, "\(old) → \(new): \(steps)")
            #expect(kept == Self.common(old, new), "\(old) → \(new): \(steps)")
        }
    }

    @Test func examples() {
        #expect(SequenceDiff.steps(from: [Int](), to: []) == [])
        #expect(SequenceDiff.steps(from: [1], to: []) == [.deleted(old: 0)])
        #expect(SequenceDiff.steps(from: [], to: [1]) == [.inserted(new: 0)])
        #expect(
            SequenceDiff.steps(from: ["a", "b", "c"], to: ["a", "x", "c"])
                == [.same(old: 0, new: 0), .deleted(old: 1), .inserted(new: 1), .same(old: 2, new: 2)])
    }
}
