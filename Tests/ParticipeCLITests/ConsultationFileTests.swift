import Foundation
import ParticipeTestSupport
import Testing

/// The consultation file the built `participe` writes for the shipped samples holds what a French buyer's file must
/// hold (`shared/CONTENT.md`, December 2026): the consultation rules and the checklist of the administrative clauses.
@Suite("participe generate: the consultation file")
struct ConsultationFileTests {
    static func documents(_ sample: String) throws -> [String: String] {
        let folder = try TemporaryDirectory()
        let result = try runParticipe(
            ["generate", "samples/outil-numerique/\(sample).yaml", "-o", folder.path("out"), "--format", "md"],
            in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        var documents: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path("out")) {
            documents[name] = try String(contentsOfFile: folder.path("out/" + name), encoding: .utf8)
        }
        return documents
    }

    /// The weights of each level of the criteria table of a consultation's rules, in order.
    static func weights(_ rules: String) -> (top: [Int], sub: [[Int]]) {
        var top: [Int] = []
        var sub: [[Int]] = []
        for line in rules.split(separator: "\n") {
            guard let match = line.firstMatch(of: #/^\| (\*\*[^|]*\*\*)? *\| ([^|]*) \| (\d+) \|$/#) else { continue }
            if match.1 != nil {
                top.append(Int(match.3) ?? 0)
                sub.append([])
            } else {
                sub[sub.count - 1].append(Int(match.3) ?? 0)
            }
        }
        return (top, sub.filter { !$0.isEmpty })
    }

    @Test(arguments: ["commune-budget-participatif", "metropole-mobilite"])
    func theRulesSayEverythingABidderNeeds(_ sample: String) throws {
        let rules = try #require(try Self.documents(sample)["reglement-de-la-consultation.md"])
        for heading in [
            "## 1. Objet et étendue de la consultation", "## 2. Procédure", "## 3. Documents de la consultation",
            "## 4. Critères d'attribution", "## 5. Variantes et prestations supplémentaires éventuelles",
            "## 6. Déroulement de l'analyse", "## 7. Calendrier", "## 8. Contenu de l'offre",
        ] {
            #expect(rules.contains("\n" + heading + "\n"), "\(heading)")
        }
        // Whole weights adding up to 100 at each level.
        let weights = Self.weights(rules)
        #expect(weights.top.reduce(0, +) == 100)
        #expect(weights.sub.count == 1)
        #expect(weights.sub.allSatisfy { $0.reduce(0, +) == 100 })
        for phrase in [
            "Notation du prix.", "Les variantes ne sont pas autorisées", "**Négociation.**", "**Démonstration.**",
            "article R2152-2", "Date limite de réception des offres", "le cadre de réponse technique complété",
            "Seuils appliqués, en vigueur au", "Exigences minimales.",
        ] {
            #expect(rules.contains(phrase), "\(phrase)")
        }
    }

    @Test func anOpenTenderAllowsNoNegotiationAndCallsForASocialCondition() throws {
        let documents = try Self.documents("metropole-mobilite")
        let rules = try #require(documents["reglement-de-la-consultation.md"])
        #expect(rules.contains("**appel d'offres ouvert**"))
        #expect(rules.contains("aucune négociation n'est possible"))
        #expect(rules.contains("- BP-09 — Astreinte renforcée"))
        let clauses = try #require(documents["contenu-du-ccap.md"])
        #expect(clauses.contains("**Condition d'exécution sociale** : le montant atteint le seuil européen"))
    }

    @Test func theChecklistNamesTheClausesTheAnswersCallFor() throws {
        let clauses = try #require(try Self.documents("commune-budget-participatif")["contenu-du-ccap.md"])
        for phrase in [
            "**CCAG-TIC 2021**", "**Les dérogations au CCAG-TIC, toutes dans un seul article**", "**Forme des prix**",
            "**Accord-cadre à bons de commande**", "**montant maximum**", "**Révision des prix**", "**Avance**",
            "vérification d'aptitude (VA)", "vérification de service régulier (VSR)", "**Propriété intellectuelle**",
            "article 28 du RGPD", "**Condition d'exécution environnementale**, obligatoire dans tout marché",
            "**Pénalités**",
        ] {
            #expect(clauses.contains(phrase), "\(phrase)")
        }
        // 68 000 € is below the EU threshold: the social condition is optional.
        #expect(clauses.contains("**Condition d'exécution sociale** : facultative sous le seuil européen"))
        // The specification no longer derogates from the CCAG-TIC itself, nor tells bidders the body's internal means.
        let documents = try Self.documents("commune-budget-participatif")
        let specification = try #require(documents["cahier-des-charges.md"])
        #expect(!specification.contains("par dérogation au CCAG-TIC"))
        for phrase in [
            "Temps des agents", "Enseignements tirés des démarches précédentes", "Traçabilité des exigences",
        ] {
            #expect(!specification.contains(phrase), "\(phrase)")
            #expect(documents["note-interne.md"]?.contains(phrase) == true, "\(phrase)")
        }
    }

    @Test func withoutAProviderThereIsNothingToConsultOn() throws {
        let documents = try Self.documents("petite-commune-plan-fragile")
        #expect(
            documents["reglement-de-la-consultation.md"]?.contains("il n'y a pas de consultation à organiser") == true)
        #expect(documents["contenu-du-ccap.md"]?.contains("vérifiez au moins dans ses conditions générales") == true)
    }
}
