import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// The citizen's-role grid of `outil-numerique`, honest: each level is reached by its own conditions, a consultation
/// needs a stated use of the contributions and a commitment to say how they weighed, co-decision a public follow-up,
/// and asking for ideas or a vote without any commitment is called what it is.
@Suite("Shipped kits: the citizen's role grid")
struct ShippedKitGridTests {
    static func sample(_ name: String) -> String { Fixtures.packageRoot + "/samples/outil-numerique/\(name).yaml" }

    static func grid(_ evaluation: Evaluation) throws -> (
        levels: [String], reached: String?, missing: [String: [String]]
    ) {
        let grid = try #require(evaluation.kit.grid("role_citoyen"))
        let result = try #require(evaluation.grids["role_citoyen"])
        let reached = zip(grid.levels, result.holds).filter(\.1).map(\.0.id)
        var missing: [String: [String]] = [:]
        for (level, met) in zip(grid.levels, result.conditionsMet) {
            missing[level.id] = zip(level.conditions, met).filter { !$0.1 }.map { $0.0.label.resolve(.french) }
        }
        return (reached, result.level.map { grid.levels[$0].id }, missing)
    }

    static func fired(_ evaluation: Evaluation) -> [String] { evaluation.diagnostics.compactMap(\.code) }

    @Test func eachSampleReachesItsLevelByItsOwnConditions() throws {
        let levels = try [
            "commune-budget-participatif", "en-town-consultation", "metropole-mobilite", "petite-commune-plan-fragile",
        ].map { try Self.grid(ShippedKitIrregularOfferTests.evaluate(sample: Self.sample($0)) { $0 }) }
        #expect(
            levels.map(\.reached) == ["partie_prenante", "co_constructeur", "concerte", "consultation_sans_engagement"])
        // A participatory budget that asks for no data is not a « capteur », whatever higher level it reaches.
        #expect(levels[0].levels == ["consulte", "concerte", "co_constructeur", "partie_prenante"])
        #expect(levels[0].missing["capteur"] == ["Les citoyens fournissent des données ou des signalements"])
        #expect(levels[3].levels == ["consultation_sans_engagement"])
    }

    @Test func aConsultationUsedAsInspirationWithNoFeedbackIsNotConsultation() throws {
        let evaluation = try ShippedKitIrregularOfferTests.evaluate(sample: Self.sample("metropole-mobilite")) { text in
            text.replacingOccurrences(of: "usage_contributions: eclairer", with: "usage_contributions: inspiration")
                .replacingOccurrences(
                    of:
                        "engagements: [regles_publiees, contributions_publiees, reponse_chaque_contribution, bilan_public, suivi_mise_en_oeuvre, open_data]",
                    with: "engagements: [regles_publiees, contributions_publiees]")
        }
        let grid = try Self.grid(evaluation)
        #expect(grid.reached == "consultation_sans_engagement")
        #expect(
            grid.missing["consulte"] == [
                "L'usage des contributions est annoncé : elles sont examinées, pas seulement source d'inspiration",
                "La collectivité s'engage à dire comment les contributions ont pesé (bilan public ou réponse à chacune)",
            ])
        #expect(Self.fired(evaluation).contains("rule.consultation-sans-engagement"))
        // Promising more than that is a broken promise, not good news.
        #expect(!Self.fired(evaluation).contains("rule.ambition-sous-declaree"))
    }

    @Test func coDecisionNeedsAPublicFollowUpOfImplementation() throws {
        let evaluation = try ShippedKitIrregularOfferTests.evaluate(sample: Self.sample("commune-budget-participatif"))
        {
            $0.replacingOccurrences(
                of: "bilan_public, suivi_mise_en_oeuvre, open_data]", with: "bilan_public, open_data]")
        }
        let grid = try Self.grid(evaluation)
        #expect(grid.reached == "co_constructeur")
        #expect(
            grid.missing["partie_prenante"] == ["La mise en œuvre est suivie publiquement : statut, avancement, dates"])
        #expect(!Self.fired(evaluation).contains("rule.consultation-sans-engagement"))
    }

    @Test func aConditionThatIsNotAConditionIsAKitError() throws {
        let marked = MarkedText(
            kitText(
                """
                grids:
                  - id: role
                    title: Rôle
                    levels:
                      - id: consulte
                        label: Consulté
                        conditions:
                          - {label: Avis, when: ⟨identite.nom}

                """))
        let fixture = try KitFixture(marked.text)
        let messages = fixture.errors().diagnostics.map(\.description)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("\(marked.location(in: fixture.kitFile)): error:") == true, "\(messages)")
    }
}
