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
        // Whole weights adding up to 100 at each level: for each lot when the purchase is divided.
        let weights = Self.weights(rules)
        let lots = sample == "metropole-mobilite" ? 2 : 1
        #expect(weights.top.reduce(0, +) == 100 * lots)
        #expect(weights.sub.count == lots)
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

    @Test func withoutAProviderThereIsNoSpecificationButAChecklistToVetAVendor() throws {
        let documents = try Self.documents("petite-commune-plan-fragile")
        for name in ["cahier-des-charges.md", "reglement-de-la-consultation.md", "contenu-du-ccap.md"] {
            #expect(documents[name] == nil, "\(name)")
        }
        let checklist = try #require(documents["verification-editeur.md"])
        for heading in [
            "## Hébergement et données", "## Réversibilité", "## Accessibilité", "## Prix après la première année",
        ] {
            #expect(checklist.contains("\n" + heading + "\n"), "\(heading)")
        }
        // The answers' weak points are named where they matter: hosting outside the EU, no reversibility, no RGAA.
        for phrase in [
            "Vos réponses prévoient un hébergement hors de l'Union européenne",
            "Vos réponses ne prévoient pas de réversibilité", "Vos réponses n'ont pas encore abordé l'accessibilité",
            "sous 60\u{00A0}000\u{00A0}€ HT",
        ] {
            #expect(checklist.contains(phrase), "\(phrase)")
        }
        #expect(checklist.split(separator: "\n").count < 45, "one page")
    }

    /// The requirement rows of a specification: id and kind.
    static func requirements(_ specification: String) -> [(id: String, kind: String)] {
        let start = specification.range(of: "\n## 7. ")?.upperBound ?? specification.startIndex
        let end = specification.range(of: "\n## 8. ", range: start..<specification.endIndex)?.lowerBound ?? start
        return specification[start..<end].split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(of: #/^\| ([A-Z]+-\d\d) \| \*\*.*\| \**([^|*]+)\** \|$/#) else {
                return nil
            }
            return (String(match.1), String(match.2))
        }
    }

    @Test func theSpecificationIsInProportionToThePurchase() throws {
        let commune = try #require(try Self.documents("commune-budget-participatif")["cahier-des-charges.md"])
        // The metropolis divides its purchase: its platform lot is the one to compare.
        let metropolis = try #require(
            try Self.documents("metropole-mobilite")["cahier-des-charges-lot-1-plateforme.md"])
        let small = Self.requirements(commune)
        let large = Self.requirements(metropolis)
        // A MAPA of 68 000 € for a commune of 15 000: the essential level, far fewer than the 114 requirements
        // (100 of them pass/fail) it had; the metropolis's open tender keeps the detailed set.
        #expect(commune.contains("Le niveau d'exigence retenu est **essentiel**"))
        #expect(metropolis.contains("Le niveau d'exigence retenu est **renforcé**"))
        #expect(small.count <= 70, "\(small.count)")
        #expect(small.filter { $0.kind == "Exigence minimale" }.count <= 45)
        #expect(large.count >= 100, "\(large.count)")
        #expect(large.count > small.count + 40)
        // Heavy obligations are pass/fail only at the reinforced level.
        #expect(small.first { $0.id == "HEB-08" }?.kind == "Notée")
        #expect(large.first { $0.id == "HEB-08" }?.kind == "Exigence minimale")
        for id in ["SLA-06", "SLA-07", "INT-06", "HEB-06"] {
            #expect(!small.contains { $0.id == id }, "\(id)")
        }
        #expect(large.first { $0.id == "SLA-06" }?.kind == "Exigence minimale")
        #expect(!commune.contains("99,9 %"))
        #expect(metropolis.contains("l’objectif est porté à 99,9 %"))
        // At the essential level one requirement gathers what several detail.
        #expect(small.contains { $0.id == "SLA-00" } && !small.contains { $0.id == "SLA-03" })
        #expect(large.contains { $0.id == "SLA-03" } && !large.contains { $0.id == "SLA-00" })
        // Criteria and weights are the RC's: the specification only points to it.
        #expect(!commune.contains("Pondération"))
        #expect(commune.contains("## 15. Place du présent document dans le dossier de consultation"))
        // The requirement categories are numbered under their article, as every other heading is.
        #expect(commune.contains("\n### 7.1 Conduite du projet et documentation\n"))
        #expect(commune.contains("\n### 7.2 Modules fonctionnels\n"))
    }

    @Test func theTeamMayRaiseTheLevelOfRequirements() throws {
        let folder = try TemporaryDirectory()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml",
            encoding: .utf8)
        let raised = sample.replacingOccurrences(
            of: "    niveau_exigences: automatique\n", with: "    niveau_exigences: renforce\n")
        #expect(raised != sample)
        let answers = try folder.write(raised, to: "reponses.yaml")
        let result = try runParticipe(
            ["generate", answers, "-o", folder.path("out"), "--format", "md"], in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let specification = try folder.read("out/cahier-des-charges.md")
        #expect(specification.contains("Le niveau d'exigence retenu est **renforcé**"))
        #expect(Self.requirements(specification).first { $0.id == "HEB-08" }?.kind == "Exigence minimale")
        #expect(try folder.read("out/note-interne.md").contains("**renforcé**, choisi par l'équipe"))
    }

    @Test func theEnvironmentalCriterionJudgesEcodesignRequirements() throws {
        let documents = try Self.documents("commune-budget-participatif")
        let specification = try #require(documents["cahier-des-charges.md"])
        let requirements = Self.requirements(specification)
        #expect(requirements.first { $0.id == "ENV-01" }?.kind == "Exigence minimale")
        #expect(requirements.first { $0.id == "ENV-02" }?.kind == "Notée")
        #expect(specification.contains("### 7.15 Écoconception (RGESN)\n"))
        #expect(documents["contenu-du-ccap.md"]?.contains("prévue par l'exigence ENV-01 du CCTP") == true)
    }

    @Test func servicesOrderedByPurchaseOrderAreAnnouncedApartFromOptionalExtras() throws {
        // The metropolis prices support days by unit: they are ordered as needed; the on-call service is a PSE.
        let rules = try #require(try Self.documents("metropole-mobilite")["reglement-de-la-consultation.md"])
        #expect(rules.contains("**Prestations supplémentaires éventuelles (PSE).**"))
        #expect(rules.contains("**Prestations commandées par bons de commande.**"))
        let orders = try #require(rules.range(of: "**Prestations commandées par bons de commande.**"))
        #expect(rules[orders.upperBound...].contains("- BP-10 — Jours d'accompagnement"))
    }
}
