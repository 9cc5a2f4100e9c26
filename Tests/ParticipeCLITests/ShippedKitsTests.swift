import Foundation
import ParticipeTestSupport
import Testing

/// The two shipped kits, as `participe` sees them from the repository: their size, their documents' parts, and
/// their templates rendered strictly even for an answers file where nothing is answered yet.
@Suite("Shipped kits")
struct ShippedKitsTests {
    static let kits = ["outil-numerique", "tribunal-generations-futures"]

    @Test func kitsReportsTheirSizes() throws {
        let result = try runParticipe(["kits", "--format", "json"], in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let kits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: kits.compactMap { kit in (kit["id"] as? String).map { ($0, kit) } })
        let outil = try #require(byID["outil-numerique"])
        #expect((outil["sections"] as? Int ?? 0) >= 11)
        #expect((outil["questions"] as? Int ?? 0) >= 70)
        #expect((outil["rules"] as? Int ?? 0) >= 30)
        #expect((outil["documents"] as? Int) == 8)
        #expect((outil["languages"] as? [String]) == ["fr", "en"])
        let catalogues = try #require(outil["catalogues"] as? [String: Int])
        #expect((catalogues["exigences"] ?? 0) >= 80)
        #expect((outil["categories"] as? [String: Int])?["exigences"] ?? 0 >= 12)
        for catalogue in ["criteres", "etapes_restitution", "statuts_contribution", "indicateurs"] {
            #expect((catalogues[catalogue] ?? 0) > 0, "catalogue \(catalogue)")
        }
        #expect((outil["glossary"] as? Int ?? 0) >= 10)
        #expect((outil["misconceptions"] as? Int ?? 0) >= 5)
        let tribunal = try #require(byID["tribunal-generations-futures"])
        #expect((tribunal["documents"] as? Int) == 8)
        #expect((tribunal["rules"] as? Int ?? 0) >= 12)
        #expect((tribunal["languages"] as? [String]) == ["fr", "en"])
    }

    @Test(arguments: kits)
    func lintFindsNothingNotEvenAMissingTranslation(_ kit: String) throws {
        let result = try runParticipe(["lint", "--strict", "Templates/\(kit)"], in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    static let parts: [(sample: String, file: String, headings: [String])] = [
        (
            "outil-numerique/commune-budget-participatif", "cahier-des-charges.md",
            [
                "# Cahier des clauses techniques particulières (CCTP)", "Contexte", "Objet", "Objectifs",
                "Publics et mobilisation",
                "Rôle des citoyens et engagements", "Périmètre fonctionnel", "Exigences", "Contraintes",
                "Modération", "formation et médiation", "Traitement des contributions", "Restitution et transparence",
                "Calendrier", "Décomposition du prix", "dossier de consultation", "Livrables", "Glossaire",
            ]
        ),
        (
            "outil-numerique/commune-budget-participatif", "note-interne.md",
            ["# Note interne", "Moyens internes", "Budget prévisionnel", "Traçabilité des exigences", "Règles"]
        ),
        (
            "outil-numerique/commune-budget-participatif", "reglement-de-la-consultation.md",
            [
                "# Règlement de la consultation", "Procédure", "Critères d'attribution", "Calendrier",
                "Contenu de l'offre",
            ]
        ),
        (
            "outil-numerique/commune-budget-participatif", "contenu-du-ccap.md",
            ["# Ce que le CCAP doit contenir", "Le cadre", "Les prix", "L'exécution"]
        ),
        (
            "outil-numerique/commune-budget-participatif", "matrice-decision.md",
            [
                "# Matrice de décision", "Critères et pondération", "Échelle de notation", "Grille d'évaluation",
                "bonnes et mauvaises raisons",
            ]
        ),
        (
            "outil-numerique/commune-budget-participatif", "plan-restitution.md",
            [
                "# Plan de restitution", "engagements", "Calendrier", "étapes de la restitution", "Canaux et formats",
                "Qui fait quoi", "statuts de contribution", "Suivi de la mise en œuvre", "données ouvertes",
                "indicateurs",
            ]
        ),
        (
            "outil-numerique/commune-budget-participatif", "diagnostic.md",
            ["# Diagnostic", "préparation par section", "rôle donné aux citoyens", "par ordre de gravité"]
        ),
        (
            "outil-numerique/en-town-consultation", "specification.md",
            [
                "# Technical specification (CCTP)", "Background", "Purpose", "Objectives", "The citizens' role",
                "Functional scope",
                "Requirements", "constraints", "Moderation", "Feedback and transparency", "consultation file",
                "Deliverables", "Glossary",
            ]
        ),
        (
            "outil-numerique/en-town-consultation", "internal-note.md",
            ["# Internal note", "Internal means", "Provisional budget", "Requirements traceability"]
        ),
        ("outil-numerique/en-town-consultation", "consultation-rules.md", ["# Consultation rules", "Award criteria"]),
        ("outil-numerique/en-town-consultation", "administrative-clauses-checklist.md", ["The framework", "Prices"]),
        (
            "outil-numerique/en-town-consultation", "decision-matrix.md",
            ["Criteria and weights", "Scoring scale", "Evaluation grid"]
        ),
        (
            "outil-numerique/en-town-consultation", "feedback-plan.md",
            ["Commitments", "Contribution status vocabulary", "indicators"]
        ),
        ("outil-numerique/en-town-consultation", "diagnostic.md", ["Issues, by severity"]),
        (
            "tribunal-generations-futures/avion", "dossier-de-l-affaire.md",
            ["L'affaire", "arguments de l'accusation", "arguments de la défense", "témoins", "verdict"]
        ),
        ("tribunal-generations-futures/avion", "deroule.md", ["minute par minute", "Ordre de passage"]),
        (
            "tribunal-generations-futures/avion", "cartes-de-role.md",
            ["Présidence", "Greffe", "Accusation", "Défense", "Témoin —", "jury"]
        ),
        ("tribunal-generations-futures/avion", "bulletins-de-vote.md", ["Bulletins du verdict", "dépouillement"]),
        (
            "tribunal-generations-futures/avion", "fiche-animateur.md",
            ["Ce que le kit a repéré", "minutage", "Liste de contrôle"]
        ),
        (
            "tribunal-generations-futures/en-trial", "case-file.md",
            ["The case", "prosecution's arguments", "defence's arguments", "verdict"]
        ),
        ("tribunal-generations-futures/en-trial", "running-order.md", ["minute by minute", "Order of witnesses"]),
        (
            "tribunal-generations-futures/en-trial", "role-cards.md",
            ["Presiding judge", "Clerk", "Prosecution", "Defence", "Witness —"]
        ),
        ("tribunal-generations-futures/en-trial", "ballots.md", ["Verdict ballots", "Tally sheet"]),
        ("tribunal-generations-futures/en-trial", "facilitator-sheet.md", ["Timing", "Checklist"]),
    ]

    @Test func everyDocumentHasItsParts() throws {
        for (sample, entries) in Dictionary(grouping: Self.parts, by: \.sample).sorted(by: { $0.key < $1.key }) {
            let output = try TemporaryDirectory()
            let result = try runParticipe(
                ["generate", "samples/\(sample).yaml", "-o", output.path, "--format", "md", "--date", "2026-11-27"],
                in: Fixtures.packageRoot)
            #expect(result.exitCode == 0, "\(result.stderr)")
            for entry in entries {
                let text = try output.read(entry.file)
                let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n")
                for heading in entry.headings {
                    #expect(headings.contains(heading), "\(sample)/\(entry.file) has no heading with '\(heading)'")
                }
            }
        }
    }

    @Test(arguments: kits, ["fr", "en"])
    func anUntouchedSkeletonRendersEveryDocument(_ kit: String, _ language: String) throws {
        let folder = try TemporaryDirectory()
        let skeleton = folder.path("answers.yaml")
        let new = try runParticipe(["new", kit, "--lang", language, "-o", skeleton], in: Fixtures.packageRoot)
        #expect(new.exitCode == 0, "\(new.stderr)")
        let check = try runParticipe(["check", skeleton], in: Fixtures.packageRoot)
        #expect(check.exitCode == 1, "an empty file misses required answers, but is valid: \(check.stderr)")
        let generate = try runParticipe(
            ["generate", skeleton, "-o", folder.path("out"), "--format", "md", "--date", "2026-11-27"],
            in: Fixtures.packageRoot)
        #expect(generate.exitCode == 0, "\(generate.stderr)")
        #expect(try folder.contents("out").count >= 4)
    }
}
