import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// The metropolis divides its purchase into lots: the platform and the mediation. Each lot keeps its own
/// requirements, criteria and offers, and its offers are ranked among themselves.
@Suite("Shipped kits: a purchase divided into lots")
struct ShippedKitLotTests {
    static let sample = Fixtures.packageRoot + "/samples/outil-numerique/metropole-mobilite.yaml"

    static func evaluate(_ edit: (String) -> String = { $0 }) throws -> Evaluation {
        try ShippedKitIrregularOfferTests.evaluate(sample: sample, edit)
    }

    static func lot(_ evaluation: Evaluation, _ id: String) throws -> Evaluation {
        try #require(evaluation.parts(perLot: true).first { $0.lot?.id == id })
    }

    @Test func theMetropolisBuysTwoLots() throws {
        let evaluation = try Self.evaluate()
        #expect(evaluation.lots.map(\.id) == ["plateforme", "mediation"])
        #expect(evaluation.offersToReview.isEmpty)
        #expect(!evaluation.firedRules.contains { $0.rule.id == "lots-sans-objet" })
    }

    @Test func eachLotKeepsItsOwnRequirements() throws {
        let evaluation = try Self.evaluate()
        let platform = Set((try Self.lot(evaluation, "plateforme").catalogues["exigences"] ?? []).map(\.id))
        let mediation = Set((try Self.lot(evaluation, "mediation").catalogues["exigences"] ?? []).map(\.id))
        // The platform's modules, hosting and service levels are not asked of the mediation, and the reverse.
        #expect(platform.isSuperset(of: ["FON-01", "HEB-01", "SLA-02", "GEN-01"]))
        #expect(platform.isDisjoint(with: ["MED-05", "MED-09", "ENV-06"]))
        #expect(mediation.isSuperset(of: ["MED-05", "MED-09", "ENV-06", "GEN-03", "GEN-10", "RGPD-01"]))
        #expect(mediation.isDisjoint(with: ["FON-01", "HEB-01", "SLA-02", "GEN-01", "RGPD-02"]))
        // Both lots ask what binds every contractor, and the whole purchase keeps every item.
        #expect(platform.intersection(mediation).isSuperset(of: ["GEN-03", "GEN-04", "GEN-10", "RGPD-01", "REV-09"]))
        let whole = Set((evaluation.catalogues["exigences"] ?? []).map(\.id))
        #expect(whole == platform.union(mediation))
    }

    @Test func theOffersOfALotAreRankedAmongThemselves() throws {
        // The same bidder may answer both lots: each lot's matrix has it once, and the whole purchase ranks no one.
        let evaluation = try Self.evaluate {
            $0.replacingOccurrences(
                of: "      - candidate: Agence Parlons Mobilité (Paris)",
                with: "      - candidate: Nuvola Civic (intégrateur Decidim, Bordeaux)")
        }
        #expect(evaluation.matrices["choix_offre"]?.candidates.isEmpty == true)
        #expect(evaluation.offersToReview.isEmpty)
        let platform = try #require(try Self.lot(evaluation, "plateforme").matrices["choix_offre"])
        #expect(
            platform.ranking == [
                "Nuvola Civic (intégrateur Decidim, Bordeaux)", "Plateo Europe (Decidim SaaS, Barcelone)",
                "Groupement Tessel & Cie (Decidim, Lille)",
            ])
        let mediation = try #require(try Self.lot(evaluation, "mediation").matrices["choix_offre"])
        #expect(
            mediation.ranking == [
                "Coopérative Relais Citoyens (médiation, Lyon)", "Nuvola Civic (intégrateur Decidim, Bordeaux)",
            ])
        // By hand: technical value 55 split 29/71 (support 20 as new publics are expected, method 50), price 30
        // proportional, environment 15.
        // Relais: 5/5 × 15.95 + 4/5 × 39.05 + (36 200 / 41 800) × 30 + 4/5 × 15 = 85.17.
        // Parlons: 3/5 × 15.95 + 3/5 × 39.05 + 30 + 2/5 × 15 = 69.
        #expect(mediation.candidates.map { (($0.total ?? 0) * 100).rounded() / 100 } == [85.17, 69])
        let criteria = try #require(try Self.lot(evaluation, "mediation").decisionMatrices["choix_offre"])
        let technical = try #require(criteria.criteria.first { $0.id == "valeur_technique" })
        #expect(technical.children.map(\.id) == ["accompagnement_mediation", "methode_equipe"])
        #expect(technical.children.compactMap(\.rawWeight) == [29, 71])
    }

    @Test func anOfferThatNamesNoLotInForceIsAWarningAtItsRow() throws {
        let evaluation = try Self.evaluate {
            $0.replacingOccurrences(
                of: "        lot: mediation\n        price: 36 200",
                with: "        lot: mediaton\n        price: 36 200"
            )
            .replacingOccurrences(of: "        lot: plateforme\n        price: 104 900", with: "        price: 104 900")
        }
        let warnings = evaluation.offersToReview
        #expect(
            warnings.map(\.message) == [
                "l'offre « Plateo Europe (Decidim SaaS, Barcelone) » ne dit pas à quel lot elle répond : aucune "
                    + "matrice ne la classe ; indiquez sous « lot » l'un des lots plateforme, mediation",
                "l'offre « Agence Parlons Mobilité (Paris) » répond au lot « mediaton », qui n'est pas un lot de ce "
                    + "marché : aucune matrice ne la classe ; indiquez sous « lot » l'un des lots plateforme, "
                    + "mediation ; vouliez-vous dire « mediation » ?",
            ])
        #expect(warnings.allSatisfy { $0.code == "matrix.offer-without-lot" })
        #expect(warnings.first?.location?.line == 264)
        #expect(try Self.lot(evaluation, "mediation").matrices["choix_offre"]?.candidates.count == 1)
    }

    @Test func severalLotsOverTheServicesOfOneDoNotDivideThePurchase() throws {
        let evaluation = try Self.evaluate {
            $0.replacingOccurrences(
                of: "prestations: [plateforme, integration, mediation]", with: "prestations: [plateforme, integration]")
        }
        #expect(evaluation.lots.isEmpty)
        #expect(evaluation.firedRules.contains { $0.rule.id == "lots-sans-objet" })
        // Undivided, the purchase keeps its criteria: none of those meant for a lot without a platform.
        let criteria = evaluation.decisionMatrices["choix_offre"]?.criteria.flatMap(\.flattened).map(\.id) ?? []
        #expect(criteria.contains("adequation_fonctionnelle") && !criteria.contains("methode_equipe"))
    }

    @Test func aLotsTitleSaysWhatItHolds() throws {
        let titles = { (services: String) throws -> [String] in
            let evaluation = try Self.evaluate {
                $0.replacingOccurrences(
                    of: "prestations: [plateforme, integration, mediation]", with: "prestations: [\(services)]")
            }
            return evaluation.lots.map(evaluation.title)
        }
        #expect(try titles("plateforme, mediation") == ["Plateforme de participation", "Médiation et aller-vers"])
        #expect(
            try titles("plateforme, mediation, analyse") == [
                "Plateforme de participation", "Médiation, aller-vers et analyse des contributions",
            ])
        #expect(
            try titles("plateforme, analyse, amo") == [
                "Plateforme de participation", "Analyse des contributions", "Assistance à maîtrise d’ouvrage",
            ])
        // The analysis by the contractor goes to the lot that holds it.
        let evaluation = try Self.evaluate {
            $0.replacingOccurrences(
                of: "prestations: [plateforme, integration, mediation]", with: "prestations: [plateforme, analyse]")
        }
        let analysis = try Self.lot(evaluation, "mediation")
        #expect((analysis.catalogues["exigences"] ?? []).contains { $0.id == "ANA-05" })
        #expect(!(try Self.lot(evaluation, "plateforme").catalogues["exigences"] ?? []).contains { $0.id == "ANA-05" })
    }
}
