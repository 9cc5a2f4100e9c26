import ParticipeCore
import Testing

@Suite("The matrix engine's notes and words in French")
struct MatrixWordingTests {
    @Test func validationNotesAreFrench() {
        #expect(
            MatrixMessage.duplicateCriterion("prix").french
                == "l'identifiant de critère « prix » est utilisé plus d'une fois")
        #expect(
            MatrixMessage.duplicateCandidate("A").french
                == "l'identifiant de candidat « A » est utilisé plus d'une fois")
        #expect(
            MatrixMessage.invalidScale(minimum: 5, maximum: 2.5).french
                == "le maximum de l'échelle (2,5) doit être supérieur à son minimum (5)")
    }

    @Test func weightNotesAreFrench() {
        #expect(
            MatrixMessage.inGroup(parent: nil, .noPositiveWeight).french
                == "critères de premier niveau : aucun poids positif n'est donné ; tous les critères reçoivent le "
                + "même poids")
        #expect(
            MatrixMessage.inGroup(parent: "technique", .fixedWeightsSum(80)).french
                == "sous-critères de « technique » : la somme des poids fixés est de 80, pas de 100 ; ils sont "
                + "ramenés à 100")
        #expect(
            MatrixMessage.unusableWeight(.criterion("a"), value: -1.5).french
                == "le poids de « a » n'est pas utilisable (-1,5) ; il est traité comme manquant")
        #expect(
            MatrixMessage.unusableWeight(.position(2), value: .nan).french
                == "le poids de n° 2 n'est pas utilisable (nan) ; il est traité comme manquant")
        #expect(
            MatrixMessage.missingWeights([.criterion("b")]).french
                == "poids manquant pour « b » ; il reçoit la moyenne des autres")
        #expect(
            MatrixMessage.missingWeights([.criterion("b"), .criterion("c")]).french
                == "poids manquants pour « b », « c » ; ils reçoivent la moyenne des autres")
        #expect(
            MatrixMessage.unknownRankedCriterion("x").french
                == "le classement nomme un critère inconnu, « x » ; il est ignoré")
        #expect(MatrixMessage.notRanked(["b"]).french == "« b » n'est pas classé ; il est placé en dernier")
        #expect(
            MatrixMessage.notRanked(["b", "d"]).french
                == "« b », « d » ne sont pas classés ; ils sont placés en dernier et se partagent également les "
                + "dernières places")
        #expect(
            MatrixMessage.cannotHaveSubCriteria("prix", kind: .price).french
                == "le critère de prix « prix » ne peut pas avoir de sous-critères ; ils sont ignorés")
        #expect(
            MatrixMessage.cannotHaveSubCriteria("rgpd", kind: .eliminatory).french
                == "le critère éliminatoire « rgpd » ne peut pas avoir de sous-critères ; ils sont ignorés")
    }

    @Test func scoringNotesAreFrench() {
        #expect(
            MatrixMessage.invalidPrice(candidate: "A", price: -30000).french
                == "candidat « A » : le prix -30\u{00A0}000 n'est pas un montant positif ; il est ignoré")
        #expect(
            MatrixMessage.ignoredScore(candidate: "A", criterion: "prix").french
                == "candidat « A » : la note pour « prix » est ignorée (ce n'est pas un critère noté directement)")
        #expect(
            MatrixMessage.ignoredAnswer(candidate: "A", criterion: "x").french
                == "candidat « A » : la réponse pour « x » est ignorée (ce n'est pas un critère éliminatoire)")
        #expect(
            MatrixMessage.scoreOutsideScale(candidate: "E", criterion: "x", score: 6, minimum: 0, maximum: 5).french
                == "candidat « E » : la note 6 pour « x » sort de l'échelle 0–5 ; elle est traitée comme manquante")
    }

    @Test func analysisAndAssemblyNotesAreFrench() {
        #expect(
            MatrixMessage.fewerThanTwoRanked.french == "moins de deux candidats classés ; pas d'analyse de sensibilité")
        #expect(
            MatrixMessage.tiedForFirst(["B", "C"]).french
                == "« B », « C » sont ex aequo à la première place ; pas d'analyse de sensibilité sans premier unique")
        #expect(
            MatrixMessage.criterionLeftOut(
                criterion: "fonctionnel", matrix: "choix", parent: "technique", parentKept: false
            )
            .french
                == "critère « fonctionnel » écarté de la matrice « choix » : son parent « technique » n'est pas retenu")
        #expect(
            MatrixMessage.criterionLeftOut(criterion: "a", matrix: "choix", parent: "b", parentKept: true).french
                == "critère « a » écarté de la matrice « choix » : son parent « b » en est écarté")
        #expect(
            MatrixMessage.pointsIgnored(choices: ["delai"], question: "projet.poids", matrix: "choix").french
                == "les choix « delai » de « projet.poids » ne correspondent à aucun critère de premier niveau retenu "
                + "de la matrice « choix » ; leurs points sont ignorés")
        #expect(
            MatrixMessage.criteriaNotChoices(criteria: ["prix"], matrix: "choix", question: "projet.poids").french
                == "les critères de premier niveau « prix » de la matrice « choix » ne sont pas des choix de "
                + "« projet.poids » ; une fois la question répondue, ils reçoivent la moyenne des points donnés")
    }

    /// The engine keeps its notes as values: the same result reads in French and in English.
    @Test func theEngineNotesAreWordedWhenShown() {
        let matrix = DecisionMatrix(
            criteria: [scored("x"), scored("y")],
            candidates: [Candidate(id: "A", name: "A", scores: ["x": 4, "y": 6])])
        let result = matrix.evaluate()
        #expect(
            result.diagnostics.map { $0.text(in: .french) } == [
                "critères de premier niveau : aucun poids positif n'est donné ; tous les critères reçoivent le même "
                    + "poids",
                "candidat « A » : la note 6 pour « y » sort de l'échelle 0–5 ; elle est traitée comme manquante",
                "moins de deux candidats classés ; pas d'analyse de sensibilité",
            ])
        #expect(
            result.diagnostics.map { $0.text(in: .english) } == [
                "top-level criteria: no positive weight given; every criterion gets an equal weight",
                "candidate 'A': score 6 for 'y' is outside the scale 0–5; treated as missing",
                "fewer than two ranked candidates; no sensitivity analysis",
            ])
        let diagnostic = result.diagnostics[1].diagnostic(in: .french)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.hasPrefix("candidat « A » : la note 6"))
    }

    @Test func tablesAndScaleSpeakBothLanguages() {
        let matrix = DecisionMatrix(
            criteria: [scored("x", 60), scored("y", 40)],
            candidates: [
                Candidate(id: "A", name: "A", scores: ["x": 4, "y": 3]),
                Candidate(id: "B", name: "B", scores: ["x": 2]),
            ])
        let result = matrix.evaluate()
        let french = result.tables(language: .french)
        #expect(french.scores.columns == ["Candidat", "x", "y", "Total /100", "Rang", "Statut"])
        #expect(french.scores.rows[1].last == .text("incomplet, manque : y"))
        let english = result.tables(language: .english)
        #expect(english.scores.rows[1].last == .text("incomplete, missing: y"))
        #expect(english.equalWeights.columns.first == "Candidate")
        #expect(ScoringScale.zeroToFive.levels[3].label(in: .french) == "Satisfaisant : répond au besoin, sans plus")
        #expect(ScoringScale.zeroToFive.levels[3].label(in: .english) == "Satisfactory: meets the need, no more")
        #expect(MatrixWording.list(["A", "B", "C"]).french == "A, B et C")
        #expect(MatrixWording.winnerChanges(margin: 15.5612).french == "le premier change à 15,56 point(s) près")
        #expect(MatrixWording.winnerChanges(margin: 15.5612).english == "winner changes at 15.56 point(s) away")
        #expect(MatrixWording.formulaName(.linearFromLowest).english == "Linear formula relative to the lowest price")
    }
}
