import Foundation
import HummingbirdTesting
import ParticipeCore
import ParticipeTestSupport
import ParticipeWorkshop
import Testing

@Suite("Workshop: every question type reads from its inputs as the answers file writes it")
struct WorkshopQuestionTypeTests {
    /// Posts `fields` on the section page of `section` with the versions it shows; returns the response.
    static func post(
        _ browser: inout TestBrowser, _ base: String, section: String, _ fields: [(String, String)]
    ) async throws -> TestBrowser.Page {
        let page = try await browser.get(base + "/team/s/" + section)
        var posted = [("csrf", page.formToken ?? "")]
        for (name, value) in fields {
            let path = name.split(separator: ":")[1]
            if !posted.contains(where: { $0.0 == "v:\(path)" }) {
                posted.append(("v:\(path)", page.field("v:\(path)") ?? "0"))
            }
            posted.append((name, value))
        }
        return try await browser.post(base + "/team/s/" + section, posted)
    }

    @Test("Date, time and yes/no, in English")
    func dateTimeBoolean() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client, kit: "tribunal-generations-futures", language: "en")
            var member = try await TestWorkshop.join(client, joins[0], as: "Ann")
            let saved = try await Self.post(
                &member, base, section: "evenement",
                [
                    ("a:evenement.date", "2027-03-15"), ("a:evenement.heure_debut", "19:30"),
                    ("a:evenement.sonorisation", "yes"),
                ])
            #expect(saved.status == .seeOther)
            let answers = try await member.get(base + "/team/answers.yaml").body
            #expect(answers.contains("date: 2027-03-15"))
            #expect(answers.contains("heure_debut: \"19:30\"") || answers.contains("heure_debut: 19:30"))
            #expect(answers.contains("sonorisation: true"))
            let page = try await member.get(base + "/team/s/evenement")
            #expect(page.body.contains("value=\"2027-03-15\""))
            #expect(page.body.contains("value=\"19:30\""))
            #expect(page.body.contains("Skip to content"))
        }
    }

    @Test("Scale, ranking, an exclusive choice refused with another, numbers with French separators")
    func choices() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var member = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let scale = try await Self.post(&member, base, section: "raisons", [("a:raisons.climat_confiance", "2")])
            #expect(scale.status == .seeOther)
            let ranking = try await Self.post(
                &member, base, section: "objectifs",
                [
                    ("a:objectifs.priorites:qualite", "1"), ("a:objectifs.priorites:nombre", "2"),
                    ("a:objectifs.priorites:diversite", "3"),
                ])
            #expect(ranking.status == .seeOther)
            let numbers = try await Self.post(
                &member, base, section: "etat_des_lieux",
                [("a:etat_des_lieux.population", "12 500"), ("a:etat_des_lieux.etp_participation", "1,5")])
            #expect(numbers.status == .seeOther)
            let answers = try await member.get(base + "/team/answers.yaml").body
            #expect(answers.contains("climat_confiance: 2"))
            let ranked = try #require(answers.range(of: "priorites:")).upperBound
            let order = ["qualite", "nombre", "diversite"].compactMap { answers[ranked...].range(of: $0)?.lowerBound }
            #expect(order.count == 3 && order == order.sorted())
            #expect(answers.contains("population: 12500"))
            #expect(answers.contains("etp_participation: 1.5"))
            let twice = try await Self.post(
                &member, base, section: "objectifs",
                [("a:objectifs.priorites:qualite", "1"), ("a:objectifs.priorites:nombre", "1")])
            #expect(twice.status == .unprocessableContent)
            #expect(twice.body.contains("Deux choix ont le même rang."))
            let exclusive = try await Self.post(
                &member, base, section: "etat_des_lieux",
                [("a:etat_des_lieux.services_associes", "aucun"), ("a:etat_des_lieux.services_associes", "finances")])
            #expect(exclusive.status == .unprocessableContent)
            #expect(exclusive.body.contains("« Aucun pour l&#39;instant » se choisit seul, sans autre choix"))
            #expect(exclusive.body.contains("(exclut les autres choix)"))
        }
    }

    /// A member of a new team who said a provider is hired, on the procurement page.
    static func onProcurement(_ test: TestWorkshop, _ client: any TestClientProtocol) async throws -> (
        TestBrowser, String, TestBrowser.Page
    ) {
        let (_, _, joins, base) = try await test.create(client)
        var member = try await TestWorkshop.join(client, joins[0], as: "Marie")
        _ = try await Self.post(&member, base, section: "marche", [("a:marche.recours_prestataire", "yes")])
        return (member, base, try await member.get(base + "/team/s/marche"))
    }

    @Test("Scores are entered as a grid: one row per candidate, a column per criterion")
    func scoresGrid() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            var (member, base, page) = try await Self.onProcurement(test, client)
            let criterion = try #require(
                page.body.firstMatch(of: #/name="a:marche\.offres:new:score:([a-z0-9_]+)"/#)?.1)
            #expect(page.body.contains("<table>"))
            let saved = try await Self.post(
                &member, base, section: "marche",
                [
                    ("a:marche.offres:new:candidate", "Offre A"), ("a:marche.offres:new:price", "12 000"),
                    ("a:marche.offres:new:score:\(criterion)", "4"),
                ])
            #expect(saved.status == .seeOther)
            let answers = try await member.get(base + "/team/answers.yaml").body
            #expect(answers.contains("candidate: Offre A"))
            #expect(answers.contains("price: 12000"))
            #expect(answers.contains("\(criterion): 4"))
            let again = try await member.get(base + "/team/s/marche")
            #expect(again.field("a:marche.offres:0:candidate") == "Offre A")
        }
    }

    @Test("An offer's row names the mandatory requirements it fails and whether it was asked to regularise")
    func irregularOffer() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            var (member, base, page) = try await Self.onProcurement(test, client)
            let header = #/Exigences obligatoires non satisfaites \(identifiants, comme ([A-Z]+-[0-9]+)\)/#
            let example = try #require(page.body.firstMatch(of: header)?.1)
            let unknown = try await Self.post(
                &member, base, section: "marche",
                [("a:marche.offres:new:candidate", "Offre A"), ("a:marche.offres:new:unmet", "ZZZ-1")])
            #expect(unknown.status == .unprocessableContent)
            #expect(
                unknown.body.contains(
                    "Offre A : « ZZZ-1 » n&#39;est pas une exigence obligatoire du cahier des charges pour ces réponses"
                ))
            let saved = try await Self.post(
                &member, base, section: "marche",
                [
                    ("a:marche.offres:new:candidate", "Offre A"), ("a:marche.offres:new:unmet", example.lowercased()),
                    ("a:marche.offres:new:regularisation", "1"),
                ])
            #expect(saved.status == .seeOther)
            let answers = try await member.get(base + "/team/answers.yaml").body
            #expect(answers.contains("fails: [\(example)]"))
            #expect(answers.contains("regularisation: true"))
            let again = try await member.get(base + "/team/s/marche")
            #expect(again.field("a:marche.offres:0:unmet") == String(example))
            #expect(again.body.contains("name=\"a:marche.offres:0:regularisation\" value=\"1\" checked"))
        }
    }

    @Test("When the purchase is divided into lots, an offer's row says which lot it answers")
    func offerOfALot() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            var (member, base, page) = try await Self.onProcurement(test, client)
            #expect(!page.body.contains("name=\"a:marche.offres:new:lot\""))
            _ = try await Self.post(
                &member, base, section: "marche",
                [
                    ("a:marche.prestations", "plateforme"), ("a:marche.prestations", "mediation"),
                    ("a:marche.allotissement", "lots_separes"),
                ])
            let divided = try await member.get(base + "/team/s/marche")
            #expect(divided.body.contains("<th scope=\"col\">Lot</th>"))
            #expect(
                divided.body.contains(
                    "<option value=\"mediation\">Médiation et aller-vers</option>"))
            let unknown = try await Self.post(
                &member, base, section: "marche",
                [("a:marche.offres:new:candidate", "Relais"), ("a:marche.offres:new:lot", "<b>x</b>")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.body.contains("Relais : « &lt;b&gt;x&lt;/b&gt; » n&#39;est pas un lot de ce kit"))
            let saved = try await Self.post(
                &member, base, section: "marche",
                [("a:marche.offres:new:candidate", "Relais"), ("a:marche.offres:new:lot", "mediation")])
            #expect(saved.status == .seeOther)
            let answers = try await member.get(base + "/team/answers.yaml").body
            #expect(answers.contains("lot: mediation"))
            let again = try await member.get(base + "/team/s/marche")
            #expect(again.body.contains("<option value=\"mediation\" selected>"))
            // An offer that names no lot is said beside the offers, as `check` says it.
            _ = try await Self.post(&member, base, section: "marche", [("a:marche.offres:new:candidate", "Orpheline")])
            let warned = try await member.get(base + "/team/s/marche")
            #expect(warned.body.contains("l&#39;offre « Orpheline » ne dit pas à quel lot elle répond"))
        }
    }
}
