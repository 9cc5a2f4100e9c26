import Foundation
import HummingbirdTesting
import ParticipeCore
import ParticipeTestSupport
import ParticipeWorkshop
import Testing

@Suite("Workshop: teams answer, agree and leave with their documents")
struct WorkshopFlowTests {
    static let section = "/team/s/etat_des_lieux"
    static let population = "etat_des_lieux.population"

    /// Saves one answer from the section page as the member's browser shows it.
    static func save(
        _ browser: inout TestBrowser, _ base: String, _ path: String, _ value: String, version: String? = nil
    ) async throws -> TestBrowser.Page {
        let section = base + "/team/s/" + path.split(separator: ".")[0]
        let page = try await browser.get(section)
        return try await browser.post(
            section,
            [
                ("csrf", page.formToken ?? ""), ("v:" + path, version ?? page.field("v:" + path) ?? "0"),
                ("a:" + path, value),
            ])
    }

    @Test("A workshop is created with its links; the store keeps only their digests")
    func creation() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, trainer, joins, base) = try await test.create(client)
            #expect(trainer.contains("/trainer/"))
            #expect(joins.count == 2)
            let token = String(trainer.split(separator: "/").last ?? "")
            let workshopID = String(base.split(separator: "/").last ?? "")
            #expect(try await test.store.isTrainer(workshopID: workshopID, digest: SecretToken.digest(token)))
            let database = try String(contentsOfFile: test.folder.path("participe.sqlite"), encoding: .isoLatin1)
            #expect(!database.contains(token))
        }
    }

    @Test("Two members answer differently, see it, and agree; the history keeps who said what and from where")
    func consensusAndProvenance() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            var paul = try await TestWorkshop.join(client, joins[0], as: "Paul")
            let first = try await Self.save(&marie, base, Self.population, "15 000")
            #expect(first.status == .seeOther)
            let second = try await Self.save(&paul, base, Self.population, "16000")
            #expect(second.status == .seeOther)
            let page = try await marie.get(base + Self.section)
            #expect(page.body.contains("Les membres de l&#39;équipe ont donné des réponses différentes."))
            #expect(page.body.contains("Marie"))
            #expect(page.body.contains("Paul"))
            let question = try await marie.get(base + "/team/q/" + Self.population)
            #expect(question.body.contains("<td>Paul</td><td>réponse</td><td>16\u{00A0}000\u{00A0}habitants</td>"))
            // Marie's proposal is the first choice: the team agrees on 15 000.
            let agreed = try await marie.post(
                base + "/team/q/" + Self.population,
                [
                    ("csrf", question.formToken ?? ""), ("version", question.field("version") ?? ""),
                    ("choice", question.field("choice") ?? ""),
                ])
            #expect(agreed.status == .seeOther)
            let confirmation = try await marie.get(try #require(agreed.location))
            #expect(confirmation.body.contains("Accord enregistré"))
            #expect(confirmation.body.contains("section « État des lieux »"))
            let answers = try await marie.get(base + "/team/answers.yaml")
            #expect(answers.body.contains("population: 15000"))
            let after = try await paul.get(base + Self.section)
            #expect(!after.body.contains("ont donné des réponses différentes"))
            #expect(after.body.contains("Réponse validée par l&#39;équipe."))
        }
    }

    @Test("The script's autosave gets the versions and digests now held, and a sentence for its status line")
    func autosave() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let page = try await marie.get(base + Self.section)
            let saved = try await marie.post(
                base + Self.section,
                [
                    ("csrf", page.formToken ?? ""), ("autosave", "1"), ("v:" + Self.population, "0"),
                    ("h:" + Self.population, page.field("h:" + Self.population) ?? ""),
                    ("a:" + Self.population, "15000"),
                ])
            #expect(saved.status == .ok)
            #expect(saved.headers[.contentType] == "application/json")
            let json = try #require(try JSONSerialization.jsonObject(with: saved.data) as? [String: Any])
            #expect((json["versions"] as? [String: String])?["v:" + Self.population] == "1")
            #expect((json["shown"] as? [String: String])?["h:" + Self.population]?.count == 16)
            #expect(json["message"] as? String == "Enregistrement automatique : 1 réponse(s).")
            #expect(try await marie.get(base + "/team/answers.yaml").body.contains("population: 15000"))
        }
    }

    @Test("Documents use the agreed answer, or the one answer given; while members differ, it is to be specified")
    func documentsUseAgreedAnswers() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            var paul = try await TestWorkshop.join(client, joins[0], as: "Paul")
            let path = "etat_des_lieux.nom_organisme"
            _ = try await Self.save(&marie, base, path, "Ville de Marie")
            var document = try await marie.get(base + "/team/documents/cahier-des-charges.md")
            #expect(document.body.contains("Ville de Marie"), "one answer given: the documents use it")
            _ = try await Self.save(&paul, base, path, "Ville de Paul")
            document = try await marie.get(base + "/team/documents/cahier-des-charges.md")
            #expect(!document.body.contains("Ville de Marie") && !document.body.contains("Ville de Paul"))
            #expect(document.body.contains("à préciser"))
            let question = try await marie.get(base + "/team/q/" + path)
            _ = try await marie.post(
                base + "/team/q/" + path,
                [
                    ("csrf", question.formToken ?? ""), ("version", question.field("version") ?? ""),
                    ("choice", question.field("choice") ?? ""),
                ])
            document = try await marie.get(base + "/team/documents/cahier-des-charges.md")
            #expect(document.body.contains("Ville de Marie"), "agreed: the documents use it")
        }
    }

    @Test("A save against a version someone else changed meanwhile gets a conflict view and overwrites nothing")
    func conflict() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            var paul = try await TestWorkshop.join(client, joins[0], as: "Paul")
            let seen = try await paul.get(base + Self.section)
            _ = try await Self.save(&marie, base, Self.population, "15000")
            let stale = try await paul.post(
                base + Self.section,
                [("csrf", seen.formToken ?? ""), ("v:" + Self.population, "0"), ("a:" + Self.population, "99000")])
            #expect(stale.status == .unprocessableContent)
            #expect(stale.body.contains("Conflit :"))
            #expect(stale.body.contains("15\u{00A0}000"))
            #expect(stale.body.contains("99\u{00A0}000"))
            let answers = try await marie.get(base + "/team/answers.yaml")
            #expect(answers.body.contains("population: 15000"))
            // Saving again with the version the conflict showed replaces it knowingly.
            let again = try await paul.post(
                base + Self.section,
                [
                    ("csrf", seen.formToken ?? ""), ("v:" + Self.population, stale.field("v:" + Self.population) ?? ""),
                    ("a:" + Self.population, "99000"),
                ])
            #expect(again.status == .seeOther)
            #expect(try await marie.get(base + "/team/answers.yaml").body.contains("population: 99000"))
        }
    }

    @Test("Answers are checked as check does, a rule shows under the answer that fires it, unknown stays a blocker")
    func validationRulesAndUnknown() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let refused = try await Self.save(&marie, base, Self.population, "beaucoup")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("aria-invalid=\"true\""))
            #expect(refused.body.contains("1 réponse(s) non enregistrée(s)"))
            #expect(!(try await marie.get(base + "/team/answers.yaml").body.contains("population:")))
            let page = try await marie.get(base + Self.section)
            let unknown = try await marie.post(
                base + Self.section,
                [
                    ("csrf", page.formToken ?? ""), ("v:" + Self.population, "0"), ("a:" + Self.population, ""),
                    ("u:" + Self.population, "1"),
                ])
            #expect(unknown.status == .seeOther)
            let overview = try await marie.get(base + "/team")
            #expect(overview.body.contains("Réponses à confirmer"))
            #expect(overview.body.contains("Combien d&#39;habitants compte le territoire concerné ?"))
            // The answers file lists it as to be confirmed, as `participe ask` writes `:p`.
            #expect(
                try await marie.get(base + "/team/answers.yaml").body.contains("pending: [etat_des_lieux.population]"))
            let checkbox = try await marie.get(base + Self.section)
            #expect(checkbox.body.contains("name=\"u:\(Self.population)\" value=\"1\" checked"))
        }
    }

    @Test("List items are added, edited and deleted from the section's form")
    func listItems() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let path = "etat_des_lieux.dispositifs_existants"
            var page = try await marie.get(base + Self.section)
            #expect(page.body.contains("Conseil de quartier"))
            _ = try await marie.post(
                base + Self.section,
                [
                    ("csrf", page.formToken ?? ""), ("v:" + path, "0"), ("n:" + path, "0"),
                    ("a:\(path):new:nom", "Conseil des sages"), ("a:\(path):new:type", "conseil_jeunes_aines"),
                ])
            page = try await marie.get(base + Self.section)
            #expect(page.field("a:\(path):0:nom") == "Conseil des sages")
            _ = try await marie.post(
                base + Self.section,
                [
                    ("csrf", page.formToken ?? ""), ("v:" + path, page.field("v:" + path) ?? ""), ("n:" + path, "1"),
                    ("a:\(path):0:nom", "Conseil des aînés"), ("a:\(path):0:type", "conseil_jeunes_aines"),
                    ("a:\(path):new:nom", "Budget participatif"), ("a:\(path):new:type", "budget_participatif"),
                ])
            page = try await marie.get(base + Self.section)
            #expect(page.field("a:\(path):0:nom") == "Conseil des aînés")
            #expect(page.field("a:\(path):1:nom") == "Budget participatif")
            _ = try await marie.post(
                base + Self.section,
                [
                    ("csrf", page.formToken ?? ""), ("v:" + path, page.field("v:" + path) ?? ""), ("n:" + path, "2"),
                    ("a:\(path):0:nom", "Conseil des aînés"), ("a:\(path):0:type", "conseil_jeunes_aines"),
                    ("a:\(path):0:delete", "1"),
                    ("a:\(path):1:nom", "Budget participatif"), ("a:\(path):1:type", "budget_participatif"),
                ])
            page = try await marie.get(base + Self.section)
            #expect(page.field("a:\(path):0:nom") == "Budget participatif")
            #expect(page.field("a:\(path):1:nom") == nil)
        }
    }

    @Test("Points over their total are refused with check's message")
    func pointsOverTotal() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let path = "marche.ponderation"
            let page = try await marie.get(base + "/team/s/marche")
            let saved = try await marie.post(
                base + "/team/s/marche",
                [
                    ("csrf", page.formToken ?? ""), ("v:marche.recours_prestataire", "0"),
                    ("a:marche.recours_prestataire", "yes"), ("v:" + path, "0"), ("a:\(path):valeur_technique", "80"),
                    ("a:\(path):prix", "30"), ("a:\(path):environnement", "10"),
                ])
            #expect(saved.status == .unprocessableContent)
            #expect(saved.body.contains("les points totalisent 120 au lieu de 100"))
            #expect(!saved.body.contains("réponse obligatoire manquante"))
        }
    }

    @Test("The trainer's dashboard shows every team and compares one question across them")
    func dashboard() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            _ = try await Self.save(&marie, base, Self.population, "15000")
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let page = try await trainer.get(base + "/trainer?q=" + Self.population)
            #expect(page.status == .ok)
            #expect(page.body.contains("Équipe A"))
            #expect(page.body.contains("Équipe B"))
            #expect(page.body.contains("15\u{00A0}000\u{00A0}habitants"))
        }
    }

    @Test("An answer's source and flag are noted in the form; its file says who and when; an import keeps them")
    func provenanceOfAnswers() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let page = try await marie.get(base + Self.section)
            #expect(
                page.body.contains("<details class=\"provenance\"><summary>Origine de la réponse (source, à confirmer)")
            )
            #expect(page.body.contains("<label for=\"f-s-etat-des-lieux-population\">Sur quoi repose la réponse"))
            let saved = try await marie.post(
                base + Self.section,
                [
                    ("csrf", page.formToken ?? ""), ("v:" + Self.population, page.field("v:" + Self.population) ?? ""),
                    ("a:" + Self.population, "15 240"), ("s:" + Self.population, "recensement <2021>"),
                    ("c:" + Self.population, "1"),
                ])
            #expect(saved.status == .seeOther)
            let after = try await marie.get(base + Self.section)
            #expect(
                after.body.contains(
                    "<details class=\"provenance\" open><summary>Origine de la réponse : source : recensement &lt;2021&gt; ; à confirmer"
                ))
            let answers = try await marie.get(base + "/team/answers.yaml").body
            // The day is the workshop's, as its documents carry it.
            let today = testToday
            #expect(
                answers.hasSuffix(
                    """
                    provenance:
                      etat_des_lieux.population:
                        source: "recensement <2021>"
                        by: Marie
                        date: \(today)
                        to_confirm: true

                    """), "\(answers)")
            // Only the flag taken off: a change the form saves, though the value is the same.
            let again = try await marie.get(base + Self.section)
            _ = try await marie.post(
                base + Self.section,
                [
                    ("csrf", again.formToken ?? ""),
                    ("v:" + Self.population, again.field("v:" + Self.population) ?? ""),
                    ("h:" + Self.population, again.field("h:" + Self.population) ?? ""),
                    ("a:" + Self.population, "15240"), ("s:" + Self.population, "recensement <2021>"),
                ])
            #expect(!(try await marie.get(base + "/team/answers.yaml").body.contains("to_confirm")))
            // A source without an answer is refused, what was typed shown back.
            let empty = try await marie.get(base + Self.section)
            let refused = try await marie.post(
                base + Self.section,
                [
                    ("csrf", empty.formToken ?? ""), ("v:etat_des_lieux.territoire", "0"),
                    ("a:etat_des_lieux.territoire", ""), ("s:etat_des_lieux.territoire", "carte du PLU"),
                ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("La source et « à confirmer » accompagnent une réponse"))
            #expect(refused.body.contains("value=\"carte du PLU\""))

            // The trainer imports a file for the other team: its sources, flags and authors come in with it.
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let dashboard = try await trainer.get(base + "/trainer")
            let teamID = try #require(dashboard.body.matches(of: #/trainer/teams/([A-Za-z0-9_-]+)/link/#).last?.1)
            let kitVersion = try #require(test.workshop.kits.first?.version)
            let file = """
                kit: outil-numerique
                version: "\(kitVersion)"
                answers:
                  etat_des_lieux:
                    population: 4200
                provenance:
                  etat_des_lieux.population:
                    source: délibération du 12 mars
                    by: Sophie Le Bihan
                    to_confirm: true

                """
            _ = try await trainer.postMultipart(
                base + "/trainer/teams/\(teamID)/import", [("csrf", dashboard.formToken ?? ""), ("answers", file)])
            var paul = try await TestWorkshop.join(client, joins[1], as: "Paul")
            let imported = try await paul.get(base + "/team/answers.yaml").body
            #expect(
                imported.hasSuffix(
                    """
                    provenance:
                      etat_des_lieux.population:
                        source: délibération du 12 mars
                        by: Sophie Le Bihan
                        to_confirm: true

                    """), "\(imported)")
            let diagnostic = try await paul.get(base + "/team/documents/diagnostic.md")
            #expect(diagnostic.body.contains("### Réponses à confirmer"))
        }
    }

    @Test("Documents download in every format and as a zip; answers come back as an answers file")
    func documents() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            _ = try await Self.save(&marie, base, Self.population, "15000")
            let list = try await marie.get(base + "/team/documents")
            #expect(list.body.contains("cahier-des-charges.docx"))
            let docx = try await marie.get(base + "/team/documents/cahier-des-charges.docx")
            #expect(docx.status == .ok)
            #expect(docx.data.starts(with: Data("PK".utf8)))
            let html = try await marie.get(base + "/team/documents/cahier-des-charges.html")
            #expect(html.body.contains("Document provisoire"))
            let zip = try await marie.get(base + "/team/documents.zip")
            #expect(zip.data.starts(with: Data("PK".utf8)))
            // Once a provider is to be consulted, the consultation file's spreadsheets come with the documents.
            #expect(!list.body.contains("bordereau-prix.xlsx"))
            _ = try await Self.save(&marie, base, "marche.recours_prestataire", "yes")
            let withProvider = try await marie.get(base + "/team/documents")
            #expect(withProvider.body.contains("Bordereau des prix et détail quantitatif estimatif"))
            #expect(withProvider.body.contains("bordereau-prix.ods"))
            #expect(withProvider.body.contains("bordereau-prix.csv"))
            #expect(withProvider.body.components(separatedBy: "bordereau-prix.csv").count == 2)
            let sheet = try await marie.get(base + "/team/documents/bordereau-prix.xlsx")
            #expect(sheet.status == .ok)
            #expect(sheet.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let all = try await trainer.get(base + "/trainer/documents.zip")
            #expect(all.data.starts(with: Data("PK".utf8)))
            let answers = try await marie.get(base + "/team/answers.yaml")
            var texts = SourceTexts()
            let file = try AnswersFile.read(text: answers.body, path: "a.yaml", texts: &texts)
            #expect(file.kitID == "outil-numerique")
            #expect(
                try file.decode(for: try #require(test.workshop.kits.first))[
                    QuestionPath("etat_des_lieux", "population")] == .number(15000))
        }
    }

    @Test("A workshop exported to one file is imported as a new workshop with the same answers")
    func exportAndImport() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            var (organiser, trainerLink, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[1], as: "Marie")
            _ = try await Self.save(&marie, base, Self.population, "15000")
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let export = try await trainer.get(base + "/trainer/export")
            #expect(export.body.contains("\"format\" : \"participe-workshop\""))
            let home = try await organiser.get("/")
            let imported = try await organiser.postMultipart(
                "/workshops/import", [("csrf", home.formToken ?? ""), ("archive", export.body)])
            #expect(imported.status == .ok)
            let joinB = try #require(imported.codeLinks.filter { $0.contains("/join/") }.last)
            var paul = try await TestWorkshop.join(client, joinB, as: "Paul")
            let newBase = String(joinB.replacing(#/^http://[^/]+/#, with: "/").split(separator: "/join/")[0])
            #expect(newBase != base)
            #expect(try await paul.get(newBase + "/team/answers.yaml").body.contains("population: 15000"))
        }
    }

    @Test("The trainer imports a team's answers file; a file that does not read is refused with its position")
    func answersImport() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client)
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let dashboard = try await trainer.get(base + "/trainer")
            let teamID = try #require(dashboard.body.firstMatch(of: #/trainer/teams/([A-Za-z0-9_-]+)/link/#)?.1)
            let good = "kit: outil-numerique\nversion: \"1\"\nanswers:\n  etat_des_lieux:\n    population: 4200\n"
            let kitVersion = try #require(test.workshop.kits.first?.version)
            let imported = try await trainer.postMultipart(
                base + "/trainer/teams/\(teamID)/import",
                [("csrf", dashboard.formToken ?? ""), ("answers", good.replacing("\"1\"", with: "\"\(kitVersion)\""))])
            let notice = try await trainer.get(try #require(imported.location))
            #expect(notice.body.contains("1 réponse(s) importée(s) pour Équipe A."))
            let bad =
                "kit: outil-numerique\nversion: \"\(kitVersion)\"\nanswers:\n  etat_des_lieux:\n    population: beaucoup\n"
            let refused = try await trainer.postMultipart(
                base + "/trainer/teams/\(teamID)/import", [("csrf", dashboard.formToken ?? ""), ("answers", bad)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Équipe A.yaml:5:17"))
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            #expect(try await marie.get(base + "/team/answers.yaml").body.contains("population: 4200"))
        }
    }

    @Test(
        "A team's answers file of an earlier version of the kit is brought forward on import, and the trainer sees what was kept aside"
    )
    func anOldAnswersFileIsMigratedOnImport() async throws {
        let test = try await TestWorkshop.make(extraKits: [Fixtures.path("versions/v2/budget")])
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client, kit: "budget")
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let dashboard = try await trainer.get(base + "/trainer")
            let teamID = try #require(dashboard.body.firstMatch(of: #/trainer/teams/([A-Za-z0-9_-]+)/link/#)?.1)
            let old = try String(contentsOfFile: Fixtures.path("versions/reponses-v1.yaml"), encoding: .utf8)
            let imported = try await trainer.postMultipart(
                base + "/trainer/teams/\(teamID)/import", [("csrf", dashboard.formToken ?? ""), ("answers", old)])
            #expect(imported.status == .ok)
            #expect(
                imported.body.contains(
                    "7 réponse(s) importée(s) pour Équipe A, mises à jour de la version 1 du kit à la version 2 :"))
            #expect(imported.body.contains("contexte.commune → identite.nom"))
            // What the workshop cannot store is shown with its text, escaped.
            #expect(imported.body.contains("contexte.ancien : la question a été retirée du kit"))
            #expect(imported.body.contains("ancien: &quot;une remarque&quot;"))
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let answers = try await marie.get(base + "/team/answers.yaml").body
            #expect(answers.contains("version: \"2\""))
            #expect(
                answers.contains("type: conseil_departemental")
                    && answers.contains("outils: [site, facebook, instagram]"))
        }
    }

    @Test("When the kit gets a new version, the trainer brings every team's stored answers forward in one step")
    func storedAnswersAreMigratedWhenTheKitChanges() async throws {
        let folder = try TemporaryDirectory()
        let database = folder.path("participe.sqlite")
        let first = try await TestWorkshop.make(database: database, extraKits: [Fixtures.path("versions/v1/budget")])
        let (trainerLink, base, join) = try await first.run { client in
            let (_, trainerLink, joins, base) = try await first.create(client, kit: "budget")
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let dashboard = try await trainer.get(base + "/trainer")
            #expect(!dashboard.body.contains("/trainer/migrate"))
            let teamID = try #require(dashboard.body.firstMatch(of: #/trainer/teams/([A-Za-z0-9_-]+)/link/#)?.1)
            let old =
                try String(contentsOfFile: Fixtures.path("versions/reponses-v1.yaml"), encoding: .utf8)
                + "provenance:\n  contexte.habitants:\n    source: recensement 2021\n"
            _ = try await trainer.postMultipart(
                base + "/trainer/teams/\(teamID)/import", [("csrf", dashboard.formToken ?? ""), ("answers", old)])
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            #expect(try await marie.get(base + "/team/answers.yaml").body.contains("commune: Plouzané"))
            return (trainerLink, base, joins[0])
        }

        // The same database, the kit now at version 2.
        let second = try await TestWorkshop.make(database: database, extraKits: [Fixtures.path("versions/v2/budget")])
        try await second.run { client in
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let dashboard = try await trainer.get(base + "/trainer")
            #expect(
                dashboard.body.contains(
                    "Les réponses de cet atelier ont été données avec la version 1 du kit ; la version 2 est installée."
                ))
            // Until then nothing is saved: a member's save is refused with what they typed shown back.
            var paul = try await TestWorkshop.join(client, join, as: "Paul")
            let section = try await paul.get(base + "/team/s/identite")
            #expect(section.body.contains("les réponses attendent que le formateur les mette à jour"))
            let refused = try await paul.post(
                base + "/team/s/identite",
                [("csrf", section.formToken ?? ""), ("v:identite.nom", "0"), ("a:identite.nom", "Brest")])
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("value=\"Brest\""))
            let migrated = try await trainer.post(base + "/trainer/migrate", [("csrf", dashboard.formToken ?? "")])
            #expect(migrated.status == .ok)
            #expect(
                migrated.body.contains("Réponses de 2 équipe(s) mises à jour de la version 1 à la version 2 du kit."))
            #expect(migrated.body.contains("Équipe A — contexte.commune → identite.nom"))
            #expect(migrated.body.contains("Équipe A — contexte.ancien : la question a été retirée du kit"))
            #expect(!migrated.body.contains("/trainer/migrate\""))
            let team = try #require(migrated.body.firstMatch(of: #/trainer/teams/([A-Za-z0-9_-]+)"/#)?.1)
            let answers = try await trainer.get(base + "/trainer/teams/\(team)")
            #expect(answers.status == .ok)
            let store = second.store
            let stored = try await store.answers(teamID: String(team))
            let values = Dictionary(stored.map { ($0.path, $0.value) }, uniquingKeysWith: { _, last in last })
            #expect(values["identite.nom"] == .text("Plouzané"))
            #expect(values["identite.type"] == .text("conseil_departemental"))
            #expect(values["contexte.commune"] == .null, "the former place is cleared")
            #expect(stored.first { $0.path == "identite.population" }?.answerSource == "recensement 2021")
            #expect(try await store.workshop(id: String(base.split(separator: "/").last ?? ""))?.kitVersion == "2")
            // A second click finds it done, and saving works again.
            let again = try await trainer.post(base + "/trainer/migrate", [("csrf", dashboard.formToken ?? "")])
            #expect(again.status == .seeOther)
            let page = try await paul.get(base + "/team/s/identite")
            let saved = try await paul.post(
                base + "/team/s/identite",
                [
                    ("csrf", page.formToken ?? ""), ("v:identite.nom", page.field("v:identite.nom") ?? ""),
                    ("a:identite.nom", "Brest"),
                ])
            #expect(saved.status == .seeOther)
        }
    }
}
