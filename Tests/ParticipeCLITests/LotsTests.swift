import Foundation
import ParticipeTestSupport
import Testing

/// A purchase divided into lots, as the built `participe` writes it: a specification, a price schedule, a response
/// form and a decision matrix per lot; one set of consultation rules and one administrative checklist for all.
@Suite("participe generate: a purchase divided into lots")
struct LotsTests {
    static func files(_ language: String? = nil) throws -> (folder: TemporaryDirectory, names: Set<String>) {
        let folder = try TemporaryDirectory()
        var arguments = [
            "generate", "samples/outil-numerique/metropole-mobilite.yaml", "-o", folder.path("out"), "--format",
            "md,csv",
        ]
        if let language { arguments += ["--lang", language] }
        let result = try runParticipe(arguments, in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return (folder, Set(try FileManager.default.contentsOfDirectory(atPath: folder.path("out"))))
    }

    static func read(_ folder: TemporaryDirectory, _ name: String) throws -> String {
        try String(contentsOfFile: folder.path("out/" + name), encoding: .utf8)
    }

    @Test func eachLotHasItsOwnDocumentsAndTheRulesAreCommon() throws {
        let (_, names) = try Self.files()
        for lot in ["lot-1-plateforme", "lot-2-mediation"] {
            for document in [
                "cahier-des-charges-\(lot).md", "matrice-decision-\(lot).md", "bordereau-prix-\(lot).csv",
                "cadre-de-reponse-technique-\(lot).csv", "matrice-decision-\(lot)-notes.csv",
            ] {
                #expect(names.contains(document), "\(document)")
            }
        }
        for common in ["reglement-de-la-consultation.md", "contenu-du-ccap.md", "note-interne.md"] {
            #expect(names.contains(common), "\(common)")
        }
        #expect(!names.contains("cahier-des-charges.md"))
        #expect(!names.contains("matrice-decision-notes.csv"))
    }

    @Test func theRulesListTheLotsAndAnnounceEachLotsCriteria() throws {
        let (folder, _) = try Self.files()
        let rules = try Self.read(folder, "reglement-de-la-consultation.md")
        #expect(rules.contains("| 1 | Plateforme de participation |"))
        #expect(rules.contains("| 2 | Médiation et aller-vers |"))
        #expect(rules.contains("### 4.1 Lot 1 : Plateforme de participation"))
        #expect(rules.contains("### 4.2 Lot 2 : Médiation et aller-vers"))
        #expect(rules.contains("|  | Méthode et moyens humains affectés au lot | 71 |"))
        #expect(rules.contains("le cahier des clauses techniques particulières (CCTP), un par lot ;"))
        let clauses = try Self.read(folder, "contenu-du-ccap.md")
        #expect(clauses.contains("**Lots** : le CCAP est commun aux lots"))
    }

    @Test func aLotsSpecificationHoldsItsRequirementsAndSaysWhatDoesNotApply() throws {
        let (folder, _) = try Self.files()
        let mediation = try Self.read(folder, "cahier-des-charges-lot-2-mediation.md")
        // The lot's title says what it holds: mediation without analysis here.
        #expect(
            mediation.hasPrefix(
                "# Cahier des clauses techniques particulières (CCTP) — Lot 2 : Médiation et aller-vers\n"))
        #expect(mediation.contains("**Lot 2 : Médiation et aller-vers.** Le présent CCTP"))
        for id in ["MED-05", "MED-09", "ENV-06", "RGPD-01", "BP-14", "LIV-13"] {
            #expect(mediation.contains("| \(id) |"), "\(id)")
        }
        for id in ["FON-01", "HEB-01", "SLA-02", "BP-01", "LIV-05"] {
            #expect(!mediation.contains("| \(id) |"), "\(id)")
        }
        // The platform's sections keep their numbers and say they do not apply.
        #expect(mediation.contains("## 6. Périmètre fonctionnel\n\n*Sans objet pour ce lot.*"))
        #expect(mediation.contains("### 8.3 Hébergement et sécurité\n\n*Sans objet pour ce lot.*"))
        #expect(mediation.contains("pour l'ensemble des lots."))
        let platform = try Self.read(folder, "cahier-des-charges-lot-1-plateforme.md")
        #expect(!platform.contains("Sans objet pour ce lot"))
        for id in ["MED-05", "MED-09", "BP-14", "LIV-13"] {
            #expect(!platform.contains("| \(id) |"), "\(id)")
        }
        #expect(platform.contains("| FON-01 |") && platform.contains("| BP-01 |"))
    }

    @Test func eachLotsMatrixRanksItsOwnOffers() throws {
        let (folder, _) = try Self.files()
        let mediation = try Self.read(folder, "matrice-decision-lot-2-mediation.md")
        #expect(mediation.contains("| **Total /100** | 100 | **85,17** | **69** |"))
        #expect(!mediation.contains("Nuvola"))
        let platform = try Self.read(folder, "matrice-decision-lot-1-plateforme.md")
        #expect(platform.contains("Nuvola Civic"))
        #expect(!platform.contains("Relais Citoyens"))
        // The price schedules: the mediation sessions in the mediation lot only, each with its total.
        let schedule = try Self.read(folder, "bordereau-prix-lot-2-mediation.csv")
        #expect(schedule.contains("BP-14;"))
        #expect(!schedule.contains("BP-01;"))
        #expect(!(try Self.read(folder, "bordereau-prix-lot-1-plateforme.csv")).contains("BP-14;"))
    }

    @Test func inEnglishToo() throws {
        let (folder, names) = try Self.files("en")
        #expect(names.contains("specification-lot-2-mediation.md"))
        #expect(names.contains("price-schedule-lot-1-plateforme.csv"))
        let rules = try Self.read(folder, "consultation-rules.md")
        #expect(rules.contains("### 4.2 Lot 2: Mediation and outreach"))
        let mediation = try Self.read(folder, "specification-lot-2-mediation.md")
        #expect(mediation.contains("## 6. Functional scope\n\n*Not applicable to this lot.*"))
    }

    /// Dividing the purchase between two versions of the answers: each lot's specification is compared with the
    /// undivided one, so the redline shows what the lot no longer holds.
    @Test func aDiffComparesEachLotWithTheUndividedPurchase() throws {
        let folder = try TemporaryDirectory()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/metropole-mobilite.yaml", encoding: .utf8)
        try folder.write(
            sample.replacingOccurrences(of: "allotissement: lots_separes", with: "allotissement: lot_unique"),
            to: "unique.yaml")
        try folder.write(sample, to: "lots.yaml")
        let result = try runParticipe(
            ["diff", folder.path("unique.yaml"), folder.path("lots.yaml"), "-o", folder.path("red")],
            in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let redline = try String(
            contentsOfFile: folder.path("red/cahier-des-charges-lot-2-mediation.redline.md"), encoding: .utf8)
        #expect(redline.contains("{--") && redline.contains("{++"))
        #expect(redline.contains("Sans objet pour ce lot"))
    }
}
