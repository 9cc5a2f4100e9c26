import ParticipeCore
import Testing

/// An offer that fails a must-have or a mandatory requirement of the specification is irregular: rejected, or
/// waiting out of the ranking when asked to regularise. Totals computed by hand.
@Suite("Decision matrix: irregular offers")
struct IrregularOfferTests {
    /// Technique 70 (one leaf), prix 30 (proportional), on 0–5.
    static func matrix(_ candidates: [Candidate]) -> DecisionMatrix {
        DecisionMatrix(
            criteria: [
                Criterion(id: "technique", label: "Valeur technique", rawWeight: 70),
                Criterion(id: "prix", label: "Prix", kind: .price, rawWeight: 30),
                Criterion(id: "rgpd", label: "Clauses RGPD", kind: .eliminatory),
            ],
            candidates: candidates,
            requirements: [
                .init(id: "FON-10", label: "FON-10 — Votes papier"), .init(id: "ACC-04", label: "ACC-04 — Plan daté"),
            ])
    }

    static let regular = Candidate(id: "A", name: "A", scores: ["technique": 4], price: 10_000, passes: ["rgpd": true])
    static let second = Candidate(id: "D", name: "D", scores: ["technique": 3], price: 12_500, passes: ["rgpd": true])

    @Test func anOfferFailingAMandatoryRequirementIsRejectedAndLeavesThePriceComparison() {
        let cheap = Candidate(
            id: "B", name: "B", scores: ["technique": 5], price: 8_000, passes: ["rgpd": true],
            unmetRequirements: ["FON-10"])
        let result = Self.matrix([Self.regular, cheap, Self.second]).evaluate()
        // B is out: the lowest price is A's 10,000. A: 70 × 4/5 + 30 × 1 = 86; D: 70 × 3/5 + 30 × 0.8 = 66.
        #expect(result.candidate("A")?.total.map { ($0 * 100).rounded() / 100 } == 86)
        #expect(result.candidate("D")?.total.map { ($0 * 100).rounded() / 100 } == 66)
        #expect(result.candidate("B")?.status == .eliminated(failed: ["FON-10"]))
        #expect(result.candidate("B")?.total == nil)
        #expect(result.ranking == ["A", "D"])
        #expect(
            result.tables(language: .french).eliminations.rows.map { $0.map(\.plainText) } == [
                ["B", "FON-10 — Votes papier", "irrégulier, écarté : FON-10 — Votes papier"]
            ])
    }

    @Test func mustHavesComeBeforeRequirementsAndEachIsNamedOnce() {
        let offer = Candidate(
            id: "B", name: "B", scores: ["technique": 5], price: 8_000, passes: ["rgpd": false],
            unmetRequirements: ["ACC-04", "FON-10", "ACC-04"])
        let result = Self.matrix([Self.regular, offer]).evaluate()
        #expect(result.candidate("B")?.failed == ["rgpd", "ACC-04", "FON-10"])
        #expect(result.label(of: "ACC-04") == "ACC-04 — Plan daté")
        #expect(result.label(of: "rgpd") == "Clauses RGPD")
    }

    @Test func anOfferAskedToRegulariseWaitsWithItsPriceStillCompared() {
        let asked = Candidate(
            id: "B", name: "B", scores: ["technique": 5], price: 8_000, passes: ["rgpd": false], regularising: true)
        let result = Self.matrix([Self.regular, asked, Self.second]).evaluate()
        // B's price stays the lowest: A: 70 × 0.8 + 30 × 0.8 = 80; D: 70 × 0.6 + 30 × 0.64 = 61.2.
        #expect(result.candidate("A")?.total.map { ($0 * 100).rounded() / 100 } == 80)
        #expect(result.candidate("D")?.total.map { ($0 * 100).rounded() / 100 } == 61.2)
        #expect(result.candidate("B")?.status == .regularising(failed: ["rgpd"]))
        #expect(result.candidate("B")?.rank == nil)
        #expect(result.regularising.map(\.id) == ["B"])
        #expect(result.eliminated.isEmpty)
        #expect(result.diagnostics.contains { $0.message == .provisionalRanking(["B"]) })
        #expect(
            result.tables(language: .english).scores.rows.last?.last?.plainText
                == "irregular, to be regularised: Clauses RGPD")
        // Once regularised (nothing failed any more), it is ranked with the others on the same prices.
        var done = asked
        done.passes = ["rgpd": true]
        done.regularising = true
        let after = Self.matrix([Self.regular, done, Self.second]).evaluate()
        // B: 70 × 1 + 30 × 1 = 100.
        #expect(after.ranking == ["B", "A", "D"])
        #expect(!after.diagnostics.contains { $0.message == .provisionalRanking(["B"]) })
    }

    @Test func aRequirementThatIsNotMandatoryIsIgnoredWithAWarning() {
        let offer = Candidate(
            id: "B", name: "B", scores: ["technique": 5], price: 8_000, passes: ["rgpd": true],
            unmetRequirements: ["GEN-99"])
        let result = Self.matrix([Self.regular, offer]).evaluate()
        #expect(result.candidate("B")?.rank == 1)
        let warning = result.diagnostics.first { $0.message == .unknownRequirement(candidate: "B", id: "GEN-99") }
        #expect(warning?.severity == .warning)
        #expect(
            warning?.text(in: .french)
                == "candidat « B » : « GEN-99 » n'est pas une exigence obligatoire du cahier des charges pour ces "
                + "réponses ; ce manquement est ignoré")
    }
}
