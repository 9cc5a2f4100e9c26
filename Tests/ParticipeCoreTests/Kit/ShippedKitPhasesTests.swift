import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// Processes in phases: the phased samples' calendars hold together, and the answers to projects, the vote's service
/// levels, the on-call cover and the restitution steps follow the dated phases.
@Suite("Shipped kits: processes in phases")
struct ShippedKitPhasesTests {
    static let phased = ["commune-budget-participatif", "metropole-mobilite", "en-town-consultation"]

    /// The order in which a process's phases come, whatever their dates.
    static let order = [
        "information", "diagnostic", "propositions", "seances", "instruction", "priorisation_vote", "avis",
        "restitution", "suivi",
    ]

    @Test(arguments: phased)
    func thePhasesComeInTheirOrderAndTheDecisionAfterThem(_ sample: String) throws {
        let evaluation = try ShippedKitNewRulesTests.evaluation(sample)
        let phases = try #require(evaluation.computed["phases_datees"]?.list)
        #expect(phases.count >= 5)
        var lastStart: CalendarDate?
        var lastRank = -1
        for phase in phases {
            let record = try #require(phase.record)
            let kind = try #require(record["phase"]?.text)
            let start = try #require(record["debut"]?.date)
            let end = try #require(record["fin"]?.date)
            #expect(start <= end, "\(sample): \(kind) ends before it starts")
            if let lastStart { #expect(lastStart <= start) }
            lastStart = start
            // Evaluation runs beside the follow-up; every other phase keeps its place in the process.
            guard let rank = Self.order.firstIndex(of: kind) else { continue }
            #expect(rank > lastRank, "\(sample): \(kind) comes out of order")
            lastRank = rank
        }
        let decision = try #require(evaluation.value(QuestionPath("outil", "date_decision")).date)
        if let vote = evaluation.computed["fin_vote"]?.date { #expect(vote <= decision) }
        if let opens = evaluation.computed["debut_vote"]?.date {
            let answers = try #require(evaluation.computed["date_reponses_prevue"]?.date)
            #expect(answers < opens, "\(sample): the answers to projects come after the vote opens")
        }
        #expect(try #require(evaluation.computed["phases_sans_dates"]?.list).isEmpty)
        let phaseRules: Set = [
            "phases-sans-dates", "phase-fin-avant-debut", "reponses-apres-vote", "instruction-apres-delai-reponses",
            "vote-apres-decision",
        ]
        #expect(Set(evaluation.firedRules.map(\.rule.id)).isDisjoint(with: phaseRules))
    }

    /// The commune promises an answer to each project before the vote: the step is due at the end of the
    /// assessment, and the calendar lists it before the vote opens, the vote's dates in the service levels.
    @Test func theAnswersToProjectsAreDueBeforeTheVote() throws {
        let evaluation = try ShippedKitNewRulesTests.evaluation("commune-budget-participatif")
        let steps = evaluation.catalogues["etapes_restitution"] ?? []
        let answers = try #require(steps.first { $0.item.id == "RST-07" })
        #expect(answers.values.first { $0.name == "echeance" }?.value.date == CalendarDate(iso: "2027-09-10"))
        #expect(evaluation.render(answers.item.text)?.description.contains("avant l'ouverture du vote") == true)
        let results = try #require(steps.first { $0.item.id == "RST-06" })
        #expect(results.values.first { $0.name == "echeance" }?.value.date == CalendarDate(iso: "2027-10-24"))
        let calendar = try #require(evaluation.kit.calendars.first { $0.id == "demarche" })
        let labels = evaluation.milestones(of: calendar).map { $0.milestone.label.resolve(.french, fallbacks: []) }
        let assessment = try #require(labels.firstIndex { $0.hasPrefix("Fin de l'instruction") })
        let vote = try #require(labels.firstIndex(of: "Ouverture du vote"))
        #expect(assessment < vote)
        let reinforced = try ShippedKitNewRulesTests.evaluation(
            "commune-budget-participatif", [("niveau_exigences: automatique", "niveau_exigences: renforce")])
        let availability = try #require(reinforced.catalogues["exigences"]?.first { $0.item.id == "SLA-01" })
        let text = reinforced.render(availability.item.text)?.description ?? ""
        #expect(text.contains("(du 20 septembre 2027 au 17 octobre 2027)"), "\(text)")
        let onCall = try #require(evaluation.catalogues["bordereau_prix"]?.first { $0.item.id == "BP-09" })
        // The launch week and the four weeks of the vote.
        #expect(onCall.values.first { $0.name == "quantite" }?.value == .number(5))
    }

    /// A restitution held before the decision says what will go to the decision, not the decision itself.
    @Test func aRestitutionBeforeTheDecisionDoesNotPresentIt() throws {
        func text(_ sample: String) throws -> String {
            let evaluation = try ShippedKitNewRulesTests.evaluation(sample)
            let step = try #require(evaluation.catalogues["etapes_restitution"]?.first { $0.item.id == "RST-11" })
            return evaluation.render(step.item.text)?.description ?? ""
        }
        #expect(try text("metropole-mobilite").contains("la décision elle-même est présentée une fois prise"))
        // The participatory budget's decision is the citizens' vote, which the restitution presents.
        #expect(try text("commune-budget-participatif").contains("des réponses et de la décision"))
    }

    /// Bodies that share their results get indicators defined the same way from one body to another.
    @Test func sharedResultsGetIndicatorsComparableBetweenBodies() throws {
        func common(_ edits: [(String, String)]) throws -> [String] {
            let evaluation = try ShippedKitNewRulesTests.evaluation("metropole-mobilite", edits)
            return (evaluation.catalogues["indicateurs"] ?? []).filter { $0.item.category == "COMPARER" }.map(\.item.id)
        }
        #expect(try common([]) == ["IND-17", "IND-18", "IND-19", "IND-20", "IND-21"])
        let evaluation = try ShippedKitNewRulesTests.evaluation("metropole-mobilite")
        let perThousand = try #require(evaluation.catalogues["indicateurs"]?.first { $0.item.id == "IND-17" })
        #expect(perThousand.values.first { $0.name == "cible" }?.value.number ?? 0 > 0)
    }
}

/// The tribunal kit, complete for a facilitator.
@Suite("Shipped kits: the tribunal's materials")
struct ShippedKitTribunalMaterialsTests {
    static func evaluation(_ sample: String, _ edits: [(String, String)] = []) throws -> Evaluation {
        try ShippedKitIrregularOfferTests.evaluate(
            sample: Fixtures.packageRoot + "/samples/tribunal-generations-futures/\(sample).yaml",
            kit: "tribunal-generations-futures"
        ) { text in
            edits.reduce(text) { text, edit in
                #expect(text.contains(edit.0), "the sample has no « \(edit.0) »")
                return text.replacingOccurrences(of: edit.0, with: edit.1)
            }
        }
    }

    static func fired(_ sample: String, _ edits: [(String, String)] = []) throws -> Set<String> {
        Set(try evaluation(sample, edits).firedRules.map(\.rule.id))
    }

    @Test func aFilmedMinorWithoutSignedConsentIsABlocker() throws {
        #expect(try Self.fired("tribunal-fragile").contains("mineurs-image-sans-autorisation"))
        #expect(
            try !Self.fired("tribunal-fragile", [("autorisations_image: non", "autorisations_image: oui")])
                .contains("mineurs-image-sans-autorisation"))
        // Minors on stage, but nothing filmed (the lycée's trial).
        #expect(try !Self.fired("tech-amour").contains("mineurs-image-sans-autorisation"))
        #expect(
            try Self.fired(
                "avion",
                [
                    ("captation: oui\n    autorisations_image: oui", "captation: oui\n    autorisations_image: non"),
                    ("    jury: salle\n", "    jury: salle\n    mineurs_sur_scene: oui\n"),
                ]
            ).contains("mineurs-image-sans-autorisation"))
    }

    @Test func aRoomLeftIdleWhileTheJuryDeliberatesIsAdvised() throws {
        #expect(try !Self.fired("tech-amour").contains("jury-delibere-salle-desoeuvree"))
        #expect(
            try Self.fired("tech-amour", [("intermede: vote_salle", "intermede: pause")])
                .contains("jury-delibere-salle-desoeuvree"))
    }

    @Test func theEntryVoteHasSomeoneToCountIt() throws {
        let missing = try Self.evaluation(
            "avion", [("    compteur_vote_entree: Inès Le Bihan, bénévole de Clim'Actes\n", "")])
        #expect(missing.missingRequired.contains(QuestionPath("verdict", "compteur_vote_entree")))
        let none = try Self.evaluation(
            "avion",
            [
                ("vote_entree: oui", "vote_entree: non"),
                ("    compteur_vote_entree: Inès Le Bihan, bénévole de Clim'Actes\n", ""),
            ])
        #expect(!none.missingRequired.contains(QuestionPath("verdict", "compteur_vote_entree")))
    }

    /// Each argument is read against the verdict: the prosecution's arguments about future generations say what
    /// they gain if yes wins, the defence's what they lose.
    @Test func theArgumentsAreReadAgainstTheVerdict() throws {
        let evaluation = try Self.evaluation("avion")
        let prosecution = evaluation.value(QuestionPath("arguments", "accusation")).list ?? []
        let defence = evaluation.value(QuestionPath("arguments", "defense")).list ?? []
        func speaking(_ arguments: [Value]) -> Int {
            arguments.count { ["menace", "beneficie"].contains($0.record?["impact"]?.text ?? "") }
        }
        #expect(evaluation.computed["si_oui_gagnent"] == .number(Double(speaking(prosecution))))
        #expect(evaluation.computed["si_oui_perdent"] == .number(Double(speaking(defence))))
        #expect(speaking(prosecution) > 0 && speaking(defence) > 0)
    }

    /// One consent form per speaker, a blank one for a stand-in; the letter only when the verdict goes somewhere.
    @Test func consentFormsAndTheLetterFollowTheAnswers() throws {
        let avion = try Self.evaluation("avion")
        let forms = (avion.catalogues["autorisations"] ?? []).map(\.id)
        let witnesses = (avion.value(QuestionPath("roles", "temoins")).list ?? []).count
        #expect(forms.count == 5 + witnesses)
        #expect(forms.contains("temoin-1") && forms.last == "remplacant")
        let documents = { (evaluation: Evaluation) in
            evaluation.kit.documents.filter { evaluation.makes(when: $0.when) }.map(\.id)
        }
        #expect(documents(avion).contains("autorisations-image"))
        #expect(!(try documents(Self.evaluation("tech-amour"))).contains("autorisations-image"))
        let symbolic = try Self.evaluation("avion", [("suite: transmis", "suite: symbolique")])
        #expect(!documents(symbolic).contains("lettre-verdict"))
        #expect(documents(avion).contains("materiel"))
    }
}
