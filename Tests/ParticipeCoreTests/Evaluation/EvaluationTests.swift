import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Evaluation of the demo kit")
struct EvaluationTests {
    @Test func visibleQuestions() throws {
        let evaluation = try demoEvaluation()
        #expect(evaluation.visibleQuestions.count == 14)
        #expect(!evaluation.isVisible(path("projet.enveloppe")))
        #expect(evaluation.isVisible(path("projet.cloture")))
        #expect(evaluation.hiddenSections.isEmpty)
    }

    @Test func theClosingDateIsHiddenWithoutAnOpeningDate() throws {
        let evaluation = try demoEvaluation { $0[path("projet.ouverture")] = .null }
        #expect(!evaluation.isVisible(path("projet.cloture")))
        // The answer is still in the sheet, but counts as null everywhere.
        #expect(evaluation.sheet[path("projet.cloture")] != .null)
        #expect(evaluation.value(path("projet.cloture")) == .null)
        #expect(evaluation.computed["duree"] == .null)
        #expect(evaluation.computed["fin_restitution"] == .null)
        #expect(evaluation.progress.sections.map(\.total) == [5, 8])
    }

    @Test func theEnvelopeIsAskedOnlyWithTheBudgetModule() throws {
        let without = try demoEvaluation { $0[path("projet.enveloppe")] = .number(5_000) }
        #expect(!without.isVisible(path("projet.enveloppe")))
        #expect(without.value(path("projet.enveloppe")) == .null)
        #expect(!without.missingRequired.contains(path("projet.enveloppe")))

        let with = try demoEvaluation { $0[path("projet.modules")] = .list([.text("budget_participatif")]) }
        #expect(with.isVisible(path("projet.enveloppe")))
        #expect(with.isRequired(path("projet.enveloppe")))
        #expect(with.missingRequired == [path("projet.enveloppe")])
        #expect(with.issues.map(\.kind) == [.missingRequired])
    }

    @Test func requiredByAnExpression() throws {
        let commune = try demoEvaluation { $0[path("identite.population")] = .null }
        #expect(commune.isRequired(path("identite.population")))
        #expect(commune.missingRequired == [path("identite.population")])

        let etat = try demoEvaluation {
            $0[path("identite.population")] = .null
            $0[path("identite.type")] = .text("etat")
        }
        #expect(!etat.isRequired(path("identite.population")))
        #expect(etat.missingRequired.isEmpty)
    }

    @Test func computedValues() throws {
        let evaluation = try demoEvaluation()
        let perInhabitant = try #require(evaluation.computed["budget_par_habitant"]?.number)
        #expect(abs(perInhabitant - 25_000.0 / 57_000.0) < 1e-12)
        #expect(evaluation.computed["duree"] == .number(60))
        let fte = try #require(evaluation.computed["etp_total"]?.number)
        #expect(abs(fte - 0.6) < 1e-12)
        #expect(evaluation.computed["a_un_dpo"] == .boolean(true))
        #expect(evaluation.computed["grande_equipe"] == .text("non"))
        #expect(evaluation.computed["fin_restitution"] == .date(try #require(CalendarDate(iso: "2026-06-29"))))
        #expect(
            evaluation.computed["premiere_priorite"] == .list([.text("tracer"), .text("toucher"), .text("decider")]))
    }

    @Test func computedValuesWithoutAnswers() throws {
        let kit = try demoKit()
        let evaluation = Evaluation(kit: kit, sheet: AnswerSheet(for: kit), today: testToday)
        #expect(evaluation.computed["budget_par_habitant"] == .null)
        #expect(evaluation.computed["etp_total"] == .number(0))
        #expect(evaluation.computed["a_un_dpo"] == .boolean(false))
        #expect(evaluation.computed["grande_equipe"] == .text("non"))
        // `[]` is not an answer: coalesce skips it.
        #expect(evaluation.computed["premiere_priorite"] == .null)
        #expect(evaluation.firedRules.isEmpty)
        #expect(evaluation.progress.answered == 0)
        #expect(
            evaluation.missingRequired == [path("identite.nom"), path("identite.type"), path("identite.population")])
    }

    @Test func gridLevel() throws {
        let evaluation = try demoEvaluation()
        #expect(evaluation.grids["role"]?.level == 2 && evaluation.grids["role"]?.declared == nil)
        #expect(evaluation.grids["role"]?.holds == [true, true, true])
        #expect(evaluation.grids["role"]?.gap == nil)

        let ideasOnly = try demoEvaluation { $0[path("projet.modules")] = .list([.text("idees")]) }
        #expect(ideasOnly.grids["role"]?.level == 1)
        let privateBody = try demoEvaluation { $0[path("identite.public")] = .boolean(false) }
        #expect(privateBody.grids["role"]?.level == 1)
        #expect(privateBody.firedRules.map(\.rule.id) == ["budget-faible"])
    }

    @Test func gridGapBetweenDeclaredAndReachedLevels() throws {
        let kit = try KitFixture(
            kitText(
                sections: """
                    sections:
                      - id: role
                        title: Rôle
                        questions:
                          - id: vise
                            type: single
                            label: Niveau visé
                            choices: [{id: informe, label: Informé}, {id: consulte, label: Consulté}, {id: decide, label: Décide}]
                          - {id: avis, type: boolean, label: Avis recueillis}

                    """,
                """
                grids:
                  - id: niveau
                    title: Niveau
                    declared: role.vise
                    levels:
                      - {id: informe, label: Informé, when: "true"}
                      - {id: consulte, label: Consulté, when: "role.avis"}
                      - {id: decide, label: Décide, when: "false"}
                rules:
                  - {id: ecart, severity: warning, when: "niveau.gap > 0", message: "Écart de {{ niveau.gap }} niveau(x)."}

                """)
        ).load()
        var sheet = AnswerSheet(for: kit)
        sheet[path("role.vise")] = .text("decide")
        sheet[path("role.avis")] = .boolean(false)
        let ambitious = Evaluation(kit: kit, sheet: sheet, today: testToday)
        #expect(ambitious.grids["niveau"]?.level == 0 && ambitious.grids["niveau"]?.declared == 2)
        #expect(ambitious.grids["niveau"]?.gap == 2)
        #expect(ambitious.firedRules.map(\.message.description) == ["Écart de 2 niveau(x)."])

        sheet[path("role.vise")] = .text("consulte")
        sheet[path("role.avis")] = .boolean(true)
        let matched = Evaluation(kit: kit, sheet: sheet, today: testToday)
        #expect(matched.grids["niveau"]?.gap == 0)
        #expect(matched.firedRules.isEmpty)
    }

    @Test func rulesFiredWithTheirMessagesInFrench() throws {
        let evaluation = try demoEvaluation()
        #expect(evaluation.firedRules.map(\.rule.id) == ["budget-faible", "vote-sans-verification"])
        let budget = try #require(evaluation.firedRules.first)
        // A computed value named alone shows its unit, as a question does.
        #expect(budget.message.description == "Le budget est de 0,44\u{00A0}€ par habitant pour Commune.")
        #expect(
            budget.message.pieces == [
                .literal("Le budget est de "), .value("0,44\u{00A0}€"), .literal(" par habitant pour "),
                .value("Commune"), .literal("."),
            ])
        #expect(budget.action?.description == "Prévoyez au moins 1 € par habitant.")
        #expect(evaluation.firedRules[1].action == nil)
    }

    @Test func rulesFiredWithTheirMessagesInEnglish() throws {
        let evaluation = try demoEvaluation(language: .english) { $0[path("identite.type")] = .text("epci") }
        #expect(
            evaluation.firedRules.first?.message.description
                == "The budget is 0.44\u{00A0}€ per inhabitant for Inter-municipal body.")
    }

    @Test func blockersComeFirst() throws {
        let evaluation = try demoEvaluation {
            $0[path("projet.equipe")] = .list([.record(["nom": .text("Anne"), "role": .text("pilote")])])
        }
        #expect(evaluation.firedRules.map(\.rule.id) == ["pas-de-dpo", "budget-faible", "vote-sans-verification"])
        #expect(evaluation.blockers.map(\.rule.id) == ["pas-de-dpo"])
    }

    @Test func catalogueItemsAndPriorities() throws {
        let evaluation = try demoEvaluation()
        let items = try #require(evaluation.catalogues["exigences"])
        #expect(items.map(\.item.id) == ["FON-01", "ACC-01"])
        #expect(items.map(\.priority) == [.souhaitable, .obligatoire])
        #expect(items[1].values.map(\.name) == ["echeance"])
        #expect(items[1].values.first?.value == .date(try #require(CalendarDate(iso: "2026-01-30"))))
        // The envelope is unanswered: the text names it instead of leaving a hole.
        #expect(
            items[0].text?.description == "Gérer une enveloppe de [à préciser : enveloppe du budget participatif] €.")

        let budget = try demoEvaluation {
            $0[path("projet.modules")] = .list([.text("budget_participatif")])
            $0[path("projet.enveloppe")] = .number(12_500.5)
            $0[path("identite.public")] = .boolean(false)
        }
        let kept = try #require(budget.catalogues["exigences"])
        #expect(kept.map(\.item.id) == ["FON-01"])
        #expect(kept.first?.priority == .obligatoire)
        #expect(kept.first?.text?.description == "Gérer une enveloppe de 12\u{A0}500,5 €.")
    }

    @Test func progressPerSection() throws {
        let evaluation = try demoEvaluation {
            $0[path("identite.presentation")] = .null
            $0[path("projet.maturite")] = .null
            $0[path("projet.offres")] = .null
        }
        #expect(evaluation.progress.sections.map(\.section) == ["identite", "projet"])
        #expect(evaluation.progress.sections.map(\.answered) == [4, 7])
        #expect(evaluation.progress.sections.map(\.total) == [5, 9])
        #expect(evaluation.progress.sections.map(\.percent) == [80, 78])
        #expect(evaluation.progress.answered == 11)
        #expect(evaluation.progress.total == 14)
        #expect(evaluation.progress.percent == 79)
    }

    @Test func theCompleteDemoAnswersHaveNoIssue() throws {
        let evaluation = try demoEvaluation()
        #expect(evaluation.issues.isEmpty)
        #expect(evaluation.missingRequired.isEmpty)
        #expect(evaluation.progress.percent == 100)
    }
}
