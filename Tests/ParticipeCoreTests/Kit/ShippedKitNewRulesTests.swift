import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// The rules of `outil-numerique` that read the answers as a participation practitioner would: each fires on an
/// answers file that has the problem, and not on one that does not.
@Suite("Shipped kits: rules a practitioner expects")
struct ShippedKitNewRulesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var sample: String
        /// Turns the sample into the answers that have the problem; nil when the sample has it already.
        var fires: [(String, String)]
        /// Turns the sample into answers that do not have it; empty when the sample has not.
        var silent: [(String, String)]
        var testDescription: String { rule }
    }

    static let commune = "commune-budget-participatif"
    static let metropole = "metropole-mobilite"
    static let fragile = "petite-commune-plan-fragile"

    static let cases: [Case] = [
        Case(
            rule: "lot-unique-plateforme-mediation", sample: commune, fires: [],
            silent: [("allotissement: lot_unique", "allotissement: lots_separes")]),
        Case(
            rule: "cible-participation-irrealiste", sample: fragile, fires: [],
            silent: [("cible_participants: 500", "cible_participants: 100")]),
        Case(
            rule: "decision-trop-rapide", sample: metropole,
            fires: [("date_decision: 2027-10-07", "date_decision: 2027-05-25")], silent: []),
        Case(
            rule: "plateforme-sans-budget", sample: commune,
            fires: [("budget_plateforme: 27 500", "budget_plateforme: 0")],
            silent: []),
        Case(
            rule: "mineurs-verification-inaccessible", sample: commune,
            fires: [
                ("verification_vote: liste_reference", "verification_vote: sms"),
                ("vote_papier: true", "vote_papier: false"),
            ],
            silent: []),
        Case(
            rule: "restitution-apres-echeance", sample: commune,
            fires: [("date_restitution: 2027-11-27", "date_restitution: 2028-02-01")], silent: []),
        Case(
            rule: "restitution-avant-reponses", sample: commune,
            fires: [("delai_bilan_jours: 40", "delai_bilan_jours: 45")], silent: []),
        Case(
            rule: "restitution-avant-decision", sample: metropole, fires: [],
            silent: [("date_restitution: 2027-07-01", "date_restitution: 2027-10-20")]),
        Case(
            rule: "texte-libre-seul-gros-volume", sample: metropole,
            fires: [
                (
                    "format_utile: [proposition_structuree, questionnaire_ferme, localisation, pieces_jointes]",
                    "format_utile: [texte_libre]"
                )
            ], silent: []),
        Case(
            rule: "carte-sans-sig", sample: commune, fires: [("dpo, finances, sig]", "dpo, finances]")], silent: []),
        Case(
            rule: "bp-sans-services-techniques-finances", sample: commune,
            fires: [("dpo, finances, sig]", "dpo, sig]")],
            silent: []),
        Case(
            rule: "vote-contraignant-sans-juridique", sample: commune,
            fires: [("numerique, juridique_achats, dpo, finances", "numerique, dpo, finances")], silent: []),
        Case(
            rule: "publics-cibles-sans-relais", sample: commune,
            fires: [
                (
                    "partenaires: [mediatheques, centres_sociaux, etablissements_scolaires, associations, bailleurs, instances, france_services]",
                    "partenaires: [associations, bailleurs]"
                ),
                (
                    "mediation_modalites: [conseillers_numeriques, agents_accueil,",
                    "mediation_modalites: [agents_accueil,"
                ),
            ], silent: []),
        Case(rule: "consultation-sans-engagement", sample: fragile, fires: [], silent: []),
        Case(
            rule: "concertation-prealable-duree", sample: metropole,
            fires: [("date_ouverture: 2027-03-15", "date_ouverture: 2027-05-01")], silent: []),
        Case(rule: "analyse-chargee", sample: commune, fires: [("jours_analyse: 35", "jours_analyse: 15")], silent: []),
        Case(
            rule: "analyse-sous-dimensionnee", sample: commune, fires: [("jours_analyse: 35", "jours_analyse: 8")],
            silent: []),
        // Processes in phases.
        Case(rule: "phases-sans-dates", sample: fragile, fires: [], silent: []),
        Case(
            rule: "phase-fin-avant-debut", sample: commune,
            fires: [
                (
                    "{phase: information, debut: 2027-03-22, fin: 2027-04-11}",
                    "{phase: information, debut: 2027-03-22, fin: 2027-03-01}"
                )
            ],
            silent: []),
        Case(
            rule: "reponses-apres-vote", sample: commune,
            fires: [
                (
                    "{phase: instruction, debut: 2027-05-24, fin: 2027-09-10}",
                    "{phase: instruction, debut: 2027-05-24, fin: 2027-09-25}"
                )
            ],
            silent: []),
        Case(
            rule: "instruction-apres-delai-reponses", sample: metropole,
            fires: [
                (
                    "{phase: instruction, debut: 2027-05-11, fin: 2027-06-25}",
                    "{phase: instruction, debut: 2027-05-11, fin: 2027-07-15}"
                )
            ],
            silent: []),
        Case(
            rule: "vote-apres-decision", sample: commune,
            fires: [
                (
                    "{phase: priorisation_vote, debut: 2027-09-20, fin: 2027-10-17}",
                    "{phase: priorisation_vote, debut: 2027-09-20, fin: 2027-12-20}"
                )
            ],
            silent: []),
        // Legal frameworks.
        Case(
            rule: "concertation-prealable-annonce", sample: metropole,
            fires: [("date_annonce: 2027-02-22", "date_annonce: 2027-03-05")], silent: []),
        Case(
            rule: "debat-public-duree", sample: metropole,
            fires: [
                ("cadre_obligatoire: concertation_prealable", "cadre_obligatoire: debat_public"),
                ("date_ouverture: 2027-03-15", "date_ouverture: 2026-12-01"),
            ], silent: []),
        Case(
            rule: "debat-public-bilan-tardif", sample: metropole,
            fires: [
                ("cadre_obligatoire: concertation_prealable", "cadre_obligatoire: debat_public"),
                ("delai_bilan_jours: 50", "delai_bilan_jours: 70"),
            ], silent: []),
        Case(
            rule: "debat-public-decision-tardive", sample: metropole,
            fires: [("cadre_obligatoire: concertation_prealable", "cadre_obligatoire: debat_public")], silent: []),
        Case(
            rule: "cadre-legal-sans-garant", sample: metropole,
            fires: [("engagement_ecrit, garant, charte]", "engagement_ecrit, charte]")], silent: []),
        // Offers, and bodies too small to go alone.
        Case(
            rule: "premiere-annee-gratuite", sample: fragile, fires: [],
            silent: [("offre_gratuite_initiale: true", "offre_gratuite_initiale: false")]),
        Case(
            rule: "petite-collectivite-mutualiser", sample: fragile, fires: [],
            silent: [("etp_participation: 0", "etp_participation: 1")]),
    ]

    /// The evaluation of an `outil-numerique` sample with each text of `edits` replaced.
    static func evaluation(_ sample: String, _ edits: [(String, String)] = []) throws -> Evaluation {
        try ShippedKitIrregularOfferTests.evaluate(
            sample: Fixtures.packageRoot + "/samples/outil-numerique/\(sample).yaml"
        ) { text in
            edits.reduce(text) { text, edit in
                #expect(text.contains(edit.0), "the sample has no « \(edit.0) »")
                return text.replacingOccurrences(of: edit.0, with: edit.1)
            }
        }
    }

    static func fired(_ sample: String, _ edits: [(String, String)]) throws -> Set<String> {
        Set(try evaluation(sample, edits).firedRules.map(\.rule.id))
    }

    /// Costs compare like with like: a participatory budget's envelope is left out of the cost per participant and
    /// of the mediation share, and the budget set against the 2018 barometer is per inhabitant and per year.
    @Test func costsLeaveTheProjectEnvelopeOut() throws {
        let evaluation = try Self.evaluation(Self.commune)
        #expect(evaluation.computed["budget_total"] == .number(504_500))
        #expect(evaluation.computed["budget_hors_enveloppe"] == .number(204_500))
        // 204 500 € for 1 000 participants, not 504 500 €.
        #expect([.number(204), .number(205)].contains(evaluation.computed["cout_par_participant_cible"]))
        let annual = try #require(evaluation.computed["budget_annuel_hors_enveloppe_par_habitant"]?.number)
        let months = try #require(evaluation.value(QuestionPath("ressources", "duree_mois")).number)
        #expect(abs(annual - 204_500 / 15_240 * 12 / months) < 0.01)
        let indicator = try #require(evaluation.catalogues["indicateurs"]?.first { $0.item.id == "IND-01" })
        let text = evaluation.render(indicator.item.text)?.description ?? ""
        #expect(text.replacingOccurrences(of: "\u{00A0}", with: " ").contains("(1 000 participants)"), "\(text)")
    }

    /// A process with a garant has the garant's assessment and the owner's answer in its restitution plan; the
    /// glossary names the Charte, the CNDP and who is who in civic tech.
    @Test func aGarantsAssessmentAndTheOwnersAnswerAreRestitutionSteps() throws {
        func steps(_ sample: String) throws -> [String] {
            let evaluation = try Self.evaluation(sample)
            return (evaluation.catalogues["etapes_restitution"] ?? []).map(\.item.id)
        }
        #expect(try steps(Self.metropole).contains("RST-16") && steps(Self.metropole).contains("RST-17"))
        #expect(try !steps(Self.commune).contains("RST-16"))
        let kit = try ShippedKitContentTests.load("outil-numerique")
        #expect(Set(kit.glossary.map(\.id)).isSuperset(of: ["charte_participation", "cndp", "acteurs_civic_tech"]))
    }

    @Test(arguments: cases)
    func firesOnAnswersWithTheProblemOnly(_ rule: Case) throws {
        #expect(try Self.fired(rule.sample, rule.fires).contains(rule.rule))
        // Without the problem: the sample as shipped, or as edited to remove it, or another sample.
        let without: Set<String>
        if !rule.fires.isEmpty {
            without = try Self.fired(rule.sample, [])
        } else if !rule.silent.isEmpty {
            without = try Self.fired(rule.sample, rule.silent)
        } else {
            without = try Self.fired(rule.sample == Self.fragile ? Self.commune : Self.fragile, [])
        }
        #expect(!without.contains(rule.rule), "still fires without the problem")
    }
}
