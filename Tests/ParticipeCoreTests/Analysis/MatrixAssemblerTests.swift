import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite struct MatrixAssemblerTests {
    // Demo kit, matrix `choix`: technique (fonctionnel 50, accessibilite 50) and prix, proportional price.
    // Points answered 70/30, so fonctionnel and accessibilite weigh 35 each overall, prix 30.
    // Offre A (40 000 €): fonctionnel 4/5 × 35 = 28, accessibilite 3/5 × 35 = 21,
    //   prix 30 × 30 000 / 40 000 = 22.5: total 71.5.
    // Offre B (30 000 €): fonctionnel 3/5 × 35 = 21, accessibilite 4/5 × 35 = 28, prix 30 × 1 = 30: total 79.
    @Test func assemblesTheDemoMatrixFromTheAnswers() throws {
        let evaluation = try demoEvaluation()
        let matrix = try #require(evaluation.decisionMatrices["choix"])
        let result = try #require(evaluation.matrices["choix"])

        #expect(matrix.criteria.map(\.id) == ["technique", "prix"])
        #expect(matrix.criteria.first?.children.map(\.id) == ["fonctionnel", "accessibilite"])
        #expect(matrix.criteria.map(\.label) == ["Valeur technique", "Prix"])
        #expect(matrix.criteria.map(\.kind) == [.scored, .price])
        #expect(matrix.criteria.map(\.rawWeight) == [70, 30])
        #expect(matrix.priceFormula == .proportional)
        #expect(matrix.scale == .zeroToFive)
        #expect(matrix.candidates.map(\.name) == ["Offre A", "Offre B"])
        #expect(matrix.candidates.first?.price == 40000)

        #expect(close(result.globalWeight("fonctionnel"), 35))
        #expect(close(result.globalWeight("prix"), 30))
        #expect(close(result.total("Offre A"), 71.5))
        #expect(close(result.total("Offre B"), 79))
        #expect(result.ranking == ["Offre B", "Offre A"])
        #expect(result.messages(.error).isEmpty && result.messages(.warning).isEmpty)
    }

    // Without points, the items' weights 60/40 apply: technique 3.5/5 × 60 = 42 for both offers,
    // then prix 40 × 0.75 = 30 for A (72) and 40 for B (82).
    @Test func unansweredWeightsFallBackToTheItemsWeights() throws {
        let evaluation = try demoEvaluation { $0[QuestionPath("projet", "ponderation")] = .null }
        let matrix = try #require(evaluation.decisionMatrices["choix"])
        let result = try #require(evaluation.matrices["choix"])
        #expect(matrix.criteria.map(\.rawWeight) == [60, 40])
        #expect(close(result.total("Offre A"), 72))
        #expect(close(result.total("Offre B"), 82))
    }

    @Test func expressionsReadTheDemoMatrix() throws {
        let evaluation = try demoEvaluation()
        let evaluator = KitEvaluator(
            kit: evaluation.kit, sheet: evaluation.sheet, today: evaluation.today, language: evaluation.language)
        #expect(evaluator.value(of: ["choix", "winner"]) == .text("Offre B"))
        #expect(evaluator.value(of: ["choix", "has_scores"]) == .boolean(true))
        #expect(evaluator.value(of: ["choix", "candidates"]) == .number(2))
        #expect(evaluator.value(of: ["choix", "incomplete"]) == .number(0))
        #expect(evaluator.value(of: ["choix", "weights_total"]) == .number(100))
    }

    @Test func noCandidatesMeansNoWinner() throws {
        let evaluation = try demoEvaluation { $0[QuestionPath("projet", "offres")] = .null }
        let evaluator = KitEvaluator(
            kit: evaluation.kit, sheet: evaluation.sheet, today: evaluation.today, language: evaluation.language)
        #expect(evaluator.value(of: ["choix", "winner"]) == .null)
        #expect(evaluator.value(of: ["choix", "has_scores"]) == .boolean(false))
        #expect(evaluator.value(of: ["choix", "candidates"]) == .number(0))
    }

    // Points 50/40 out of 90: qualite 5/9, prix 4/9. A fails the must-have; D has no quality score.
    // Prices of the candidates still in competition: 90 (D), 120 (B), 150 (C); between extremes,
    // B gets (150 − 120) / (150 − 90) = 0.5 and C 0. B: 100 × (5/9 × 0.6 + 4/9 × 0.5) = 55.56;
    // C: 100 × 5/9 × 0.9 = 50.
    @Test func eliminatesIncompleteAndRanksFromAKitOfItsOwn() throws {
        let evaluation = try miniEvaluation()
        let result = try #require(evaluation.matrices["choix"])
        #expect(result.candidate("Offre A")?.status == .eliminated(failed: ["rgaa"]))
        #expect(result.candidate("Offre D")?.status == .incomplete(missing: ["qualite"]))
        #expect(close(result.total("Offre B"), 500 / 9))
        #expect(close(result.total("Offre C"), 50))
        #expect(result.winners == ["Offre B"])
        #expect(evaluation.decisionMatrices["choix"]?.priceFormula == .linearBetweenExtremes)
        #expect(evaluation.decisionMatrices["choix"]?.scale == ScoringScale(minimum: 0, maximum: 10))
        #expect(
            result.messages(.note).contains {
                $0.contains("choices 'delai' of 'marche.ponderation' match no kept top-level criterion")
            })
    }

    @Test func rulesUseTheMatrixMembers() throws {
        let evaluation = try miniEvaluation()
        let messages = evaluation.firedRules.map { "\($0.rule.id): \($0.message)" }
        #expect(
            messages == ["poids: Les poids totalisent 90.", "gagnant: Offre B l'emporte (1 éliminée, 1 incomplète)."])
    }

    @Test func anUnknownMemberIsALoadError() throws {
        let error = #expect(throws: DiagnosticList.self) {
            try Self.loadMini(rule: "choix.gagnant == 'x'")
        }
        let message = error?.diagnostics.first?.message ?? ""
        #expect(message.contains("a matrix has no 'gagnant'; use choix.candidates, choix.eliminated"))
    }

    @Test func aCriterionDependingOnItsMatrixIsACycle() throws {
        let error = #expect(throws: DiagnosticList.self) {
            try Self.loadMini(criterionWhen: "choix.has_scores")
        }
        #expect(
            error?.diagnostics.map(\.message).contains { $0.contains("cycle: matrix 'choix' → matrix 'choix'") } == true
        )
    }

    @Test func subCriteriaOfACriterionNotKeptAreLeftOut() throws {
        let evaluation = try demoEvaluation()
        let kit = evaluation.kit
        let spec = try #require(kit.matrices.first)
        let items = (kit.catalogue("criteres")?.items ?? []).filter { $0.id != "technique" }
            .map { MatrixAssembler.Item(item: $0, label: $0.id) }
        let assembly = MatrixAssembler(spec: spec, kit: kit).assemble(items: items, weights: .null, candidates: .null)
        #expect(assembly.matrix.criteria.map(\.id) == ["prix"])
        #expect(
            assembly.diagnostics.map { $0.text(in: .english) }.contains(
                "criterion 'fonctionnel' left out of matrix 'choix': its parent 'technique' is not kept"))
    }

    @Test func anUnknownPriceFormulaIsALoadError() throws {
        let error = #expect(throws: DiagnosticList.self) {
            try Self.loadMini(formula: "linaer")
        }
        #expect(
            error?.diagnostics.first?.message
                == "unknown price formula 'linaer': use proportional, linear or linear_range; did you mean 'linear'?")
    }

    @Test func theKitNamesTheEnginesPriceFormulas() {
        #expect(PriceFormula.allCases.map(\.rawValue) == ["proportional", "linear", "linear_range"])
        #expect(PriceFormula(rawValue: "linear_range") == .linearBetweenExtremes)
        #expect(Criterion.Kind.allCases.map(\.rawValue) == ["scored", "price", "eliminatory"])
    }
}

// MARK: - Fixtures

private func miniEvaluation() throws -> Evaluation {
    let kit = try MatrixAssemblerTests.loadMini()
    func row(_ name: String, _ price: Double, _ quality: Double?, fails: [String] = []) -> Value {
        .record([
            "candidate": .text(name), "price": .number(price),
            "scores": .record(quality.map { ["qualite": .number($0)] } ?? [:]),
            "fails": .list(fails.map(Value.text)),
        ])
    }
    let sheet = AnswerSheet(
        kitID: "mini", kitVersion: "1", language: .french,
        values: [
            QuestionPath("marche", "ponderation"): .record(["qualite": .number(50), "prix": .number(40)]),
            QuestionPath("marche", "offres"): .list([
                row("Offre A", 100, 8, fails: ["rgaa"]), row("Offre B", 120, 6), row("Offre C", 150, 9),
                row("Offre D", 90, nil),
            ]),
        ])
    return Evaluation(kit: kit, sheet: sheet, today: testToday)
}

extension MatrixAssemblerTests {
    /// A small kit with a must-have, written to a temporary folder and loaded.
    static func loadMini(
        rule: String = "choix.weights_total != 100", criterionWhen: String = "true",
        formula: String = "linear_range"
    ) throws -> Kit {
        let yaml = """
            id: mini
            version: "1"
            languages: [fr, en]
            title: Mini
            sections:
              - id: marche
                title: Marché
                questions:
                  - id: ponderation
                    type: points
                    label: Pondération
                    choices:
                      - {id: qualite, label: Qualité}
                      - {id: prix, label: Prix}
                      - {id: delai, label: Délai}
                  - id: offres
                    type: scores
                    label: Offres
                    criteria: criteres
                    price: true
                    scale: {min: 0, max: 10}
            catalogues:
              - id: criteres
                title: Critères
                items:
                  - {id: rgaa, title: {fr: Conformité RGAA, en: RGAA compliance}, kind: eliminatory}
                  - {id: qualite, title: {fr: Qualité, en: Quality}, weight: 60, when: "\(criterionWhen)"}
                  - {id: prix, title: {fr: Prix, en: Price}, weight: 40, kind: price}
            matrices:
              - id: choix
                title: Choix
                criteria: criteres
                weights: marche.ponderation
                candidates: marche.offres
                price_formula: \(formula)
            rules:
              - id: poids
                severity: warning
                when: "\(rule)"
                message: "Les poids totalisent {{ choix.weights_total }}."
              - id: gagnant
                severity: advice
                when: "choix.has_scores and choix.winner != null"
                message: "{{ choix.winner }} l'emporte ({{ choix.eliminated }} éliminée, {{ choix.incomplete }} incomplète)."
            """
        let folder = try TemporaryDirectory(prefix: "participe-matrix")
        try folder.write(yaml, to: "mini/kit.yaml")
        var texts = SourceTexts()
        return try KitLoader().load(directory: folder.path("mini"), texts: &texts)
    }
}

/// A consultation announces its weights as whole percentages adding up to 100 at each level: the matrix uses
/// exactly those.
@Suite struct WholePercentageTests {
    static func weights(_ raw: [Double?], children: [Double?] = []) -> [Double?] {
        let criteria = raw.enumerated().map { index, weight in
            Criterion(
                id: "c\(index)", label: "C\(index)", rawWeight: weight,
                children: index == 0
                    ? children.enumerated().map { Criterion(id: "s\($0.offset)", label: "S", rawWeight: $0.element) }
                    : [])
        }
        let rounded = MatrixAssembler.wholePercentages(criteria)
        return rounded.map(\.rawWeight) + (rounded.first?.children.map(\.rawWeight) ?? [])
    }

    @Test func sharesAreRoundedByLargestRemainder() {
        // 35/110 = 31.8, 25/110 = 22.7, 15/110 = 13.6 twice, 20/110 = 18.2: the first of the equal ones gets the point.
        #expect(Self.weights([35, 25, 15, 15, 20]) == [32, 23, 14, 13, 18])
        #expect(Self.weights([1, 1, 1]) == [34, 33, 33])
        #expect(Self.weights([60, 30, 10]) == [60, 30, 10])
        // The largest remainders get the points left.
        #expect(Self.weights([1, 2, 1, 2]) == [17, 33, 17, 33])
    }

    @Test func eachLevelAddsUpTo100() {
        #expect(Self.weights([2, 1], children: [1, 1, 1]) == [67, 33, 34, 33, 33])
    }

    @Test func aGroupWithAMissingOrNoWeightIsLeftToTheEngine() {
        #expect(Self.weights([50, nil]) == [50, nil])
        #expect(Self.weights([0, 0]) == [0, 0])
    }
}
