import ParticipeCore
import Testing

@Suite struct AnalysisTableTests {
    /// Technique 60 (fonctionnel 75 % → 45, accessibilité 25 % → 15), prix 40, plus a must-have.
    private let result = DecisionMatrix(
        criteria: [
            Criterion(
                id: "technique", label: "Valeur technique", rawWeight: 60,
                children: [
                    Criterion(id: "fonctionnel", label: "Adéquation fonctionnelle", rawWeight: 3),
                    Criterion(id: "accessibilite", label: "Accessibilité", rawWeight: 1),
                ]),
            Criterion(id: "prix", label: "Prix", kind: .price, rawWeight: 40),
            Criterion(id: "ue", label: "Hébergement UE", kind: .eliminatory),
        ],
        candidates: [
            Candidate(
                id: "A", name: "Offre A", scores: ["fonctionnel": 4, "accessibilite": 5], price: 10_000,
                passes: ["ue": true]),
            Candidate(
                id: "B", name: "Offre B", scores: ["fonctionnel": 5, "accessibilite": 2], price: 12_500,
                passes: ["ue": false]),
            Candidate(id: "C", name: "Offre C", scores: ["fonctionnel": 3], price: 8_000, passes: ["ue": true]),
            Candidate(
                id: "D", name: "Offre D", scores: ["fonctionnel": 3, "accessibilite": 3], price: 8_000,
                passes: ["ue": true]),
        ]
    ).evaluate()

    @Test func criteriaTable() {
        let table = result.tables(language: .french).criteria
        #expect(table.title == "Critères et pondérations")
        #expect(table.columns == ["Critère", "Critère parent", "Type", "Poids local (%)", "Poids global (%)"])
        #expect(
            table.rows.map { $0.map(\.plainText) } == [
                ["Valeur technique", "", "noté", "60.00", "60.00"],
                ["  Adéquation fonctionnelle", "Valeur technique", "noté", "75.00", "45.00"],
                ["  Accessibilité", "Valeur technique", "noté", "25.00", "15.00"],
                ["Prix", "", "prix", "40.00", "40.00"],
                ["Hébergement UE", "", "éliminatoire", "", ""],
            ])
    }

    @Test func scoresTableListsRankedThenOthers() {
        // B is out, so the lowest price is 8,000: A gets 4, D gets 5.
        // A: 45 × 0.8 + 15 × 1 + 40 × 0.8 = 83; D: 45 × 0.6 + 15 × 0.6 + 40 = 76.
        let table = result.tables(language: .english).scores
        #expect(
            table.columns == [
                "Candidate", "Offer amount (€ excl. tax)", "Adéquation fonctionnelle", "Accessibilité", "Prix",
                "Total /100", "Rank",
                "Status",
            ])
        #expect(
            table.rows.map { $0.map(\.plainText) } == [
                ["Offre A", "10000.00", "4.00", "5.00", "4.00", "83.00", "1", "ranked"],
                ["Offre D", "8000.00", "3.00", "3.00", "5.00", "76.00", "2", "ranked"],
                ["Offre B", "12500.00", "5.00", "2.00", "", "", "", "irregular, rejected: Hébergement UE"],
                ["Offre C", "8000.00", "3.00", "", "5.00", "", "", "incomplete, missing: Accessibilité"],
            ])
    }

    @Test func contributionsEliminationsAndEqualWeights() {
        let tables = result.tables(language: .french)
        #expect(tables.contributions.rows.first?.map(\.plainText) == ["Offre A", "36.00", "15.00", "32.00", "83.00"])
        #expect(
            tables.eliminations.rows == [
                [.text("Offre B"), .text("Hébergement UE"), .text("irrégulier, écarté : Hébergement UE")]
            ])
        // Equal weights: technique 50 (25 + 25), prix 50.
        // A: 25 × 0.8 + 25 × 1 + 50 × 0.8 = 85; D: 25 × 0.6 + 25 × 0.6 + 50 = 80.
        #expect(
            tables.equalWeights.rows.map { $0.map(\.plainText) } == [
                ["Offre A", "85.00", "1", "1"], ["Offre D", "80.00", "2", "2"],
            ])
        #expect(tables.all.count == 6)
        #expect(tables.all.allSatisfy { table in table.rows.allSatisfy { $0.count == table.columns.count } })
    }

    @Test func sensitivityTable() {
        // Technique t, prix 100 − t: A = 0.85t + 0.8(100 − t) = 80 + 0.05t, D = 0.6t + (100 − t) = 100 − 0.4t.
        // Equal at 0.45t = 20, t = 44.44: below it D wins. Prix is the mirror image, at 55.56.
        let table = result.tables(language: .english).sensitivity
        let rows = table.rows.map { $0.map(\.plainText) }
        #expect(
            rows.first == [
                "Valeur technique", "criterion", "60.00", "44.44", "Offre D", "", "",
                "winner changes at 15.56 point(s) away",
            ])
        #expect(rows.dropFirst().first?.prefix(5) == ["Prix", "criterion", "40.00", "", ""])
        #expect(rows.dropFirst().first?[5] == "55.56")
        #expect(rows.last?[1] == "sub-criterion (global weight)")
        // The leaves follow, with the top-level leaf "Prix" not repeated.
        #expect(rows.map { $0[0] } == ["Valeur technique", "Prix", "Adéquation fonctionnelle", "Accessibilité"])
    }

    @Test func numbersAreFormattedWithoutFoundation() {
        #expect(TableCell.number(12.5, decimals: 2).plainText == "12.50")
        #expect(TableCell.number(-0.004, decimals: 2).plainText == "0.00")
        #expect(TableCell.number(-3.14159, decimals: 3).plainText == "-3.142")
        #expect(TableCell.number(2.5, decimals: 0).plainText == "3")
        #expect(TableCell.number(100.0 / 3, decimals: 1).plainText == "33.3")
        #expect(TableCell.number(1, decimals: 40).plainText == "1.000000000000000")
        #expect(TableCell.number(1e300, decimals: 2).plainText == "1e+300")
        #expect(TableCell.integer(7).plainText == "7")
        #expect(TableCell.empty.plainText == "")
    }

    @Test func priceFormulasHaveNamesAndFormulas() {
        for formula in PriceFormula.allCases {
            #expect(!MatrixWording.formulaName(formula).french.isEmpty)
            #expect(!MatrixWording.formulaName(formula).english.isEmpty)
            #expect(MatrixWording.formula(formula).french.hasPrefix("Note = note maximale"))
            #expect(MatrixWording.formula(formula).english.hasPrefix("Score = maximum score"))
        }
        // The example of docs/decision-matrix.md: prices 8,000, 10,000, 12,500, maximum 5.
        let prices: [Double] = [8_000, 10_000, 12_500]
        func notes(_ formula: PriceFormula) -> [Double] {
            prices.map { 5 * formula.fraction(price: $0, lowest: 8_000, highest: 12_500) }
        }
        #expect(close(notes(.proportional), [5, 4, 3.2]))
        // 5 × (1 − 2000/8000) = 3.75; 5 × (1 − 4500/8000) = 2.1875.
        #expect(close(notes(.linearFromLowest), [5, 3.75, 2.1875]))
        // 5 × 2500/4500 = 2.78; the dearest gets 0.
        #expect(close(notes(.linearBetweenExtremes), [5, 5 * 2_500 / 4_500, 0]))
        // All prices equal: the extremes formula gives everyone the maximum rather than dividing by 0.
        #expect(PriceFormula.linearBetweenExtremes.fraction(price: 10, lowest: 10, highest: 10) == 1)
        #expect(ScoringScale.zeroToFive.levels.map(\.value) == [0, 1, 2, 3, 4, 5])
    }
}
