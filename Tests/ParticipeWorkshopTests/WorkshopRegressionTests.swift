import Foundation
import HummingbirdTesting
import ParticipeCore
import ParticipeTestSupport
import ParticipeWorkshop
import Testing

@Suite("Workshop: what a review found, kept fixed")
struct WorkshopRegressionTests {
    static let population = WorkshopFlowTests.population

    @Test("Saving again after a conflict replaces the other answer, as the page says")
    func saveAgainAfterConflict() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            var paul = try await TestWorkshop.join(client, joins[0], as: "Paul")
            let seen = try await paul.get(base + WorkshopFlowTests.section)
            _ = try await WorkshopFlowTests.save(&marie, base, Self.population, "15000")
            let conflict = try await paul.post(
                base + WorkshopFlowTests.section,
                [
                    ("csrf", seen.formToken ?? ""), ("v:" + Self.population, "0"),
                    ("h:" + Self.population, seen.field("h:" + Self.population) ?? ""),
                    ("a:" + Self.population, "99000"),
                ])
            #expect(conflict.status == .unprocessableContent)
            // The conflict page posted back as it is: its field holds 99 000, its digest is of the stored 15 000.
            let again = try await paul.post(
                base + WorkshopFlowTests.section,
                [
                    ("csrf", seen.formToken ?? ""),
                    ("v:" + Self.population, conflict.field("v:" + Self.population) ?? ""),
                    ("h:" + Self.population, conflict.field("h:" + Self.population) ?? ""),
                    ("a:" + Self.population, conflict.field("a:" + Self.population) ?? ""),
                ])
            #expect(again.status == .seeOther)
            #expect(try await marie.get(base + "/team/answers.yaml").body.contains("population: 99000"))
        }
    }

    @Test("An agreement records the value shown, even when a proposal changed meanwhile")
    func agreementNamesItsValue() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            var paul = try await TestWorkshop.join(client, joins[0], as: "Paul")
            _ = try await WorkshopFlowTests.save(&marie, base, Self.population, "15000")
            _ = try await WorkshopFlowTests.save(&paul, base, Self.population, "16000")
            let question = try await marie.get(base + "/team/q/" + Self.population)
            let digests = question.body.matches(of: #/name="choice" value="([0-9a-f]+)"/#).map { String($0.1) }
            // Paul proposes another value from a stale page: refused as a conflict, kept as his proposal.
            _ = try await WorkshopFlowTests.save(&paul, base, Self.population, "17000", version: "1")
            let agreed = try await marie.post(
                base + "/team/q/" + Self.population,
                [
                    ("csrf", question.formToken ?? ""), ("version", question.field("version") ?? ""),
                    ("choice", digests[1]),
                ])
            #expect(agreed.status == .seeOther)
            let answers = try await marie.get(base + "/team/answers.yaml").body
            #expect(answers.contains("population: 16000"))
        }
    }

    @Test("Untouched questions are not saved again, whatever the shape of their stored value")
    func untouchedImportedAnswers() async throws {
        let test = try await TestWorkshop.make()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml",
            encoding: .utf8)
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client)
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let dashboard = try await trainer.get(base + "/trainer")
            let teamID = try #require(dashboard.body.firstMatch(of: #/trainer/teams/([A-Za-z0-9_-]+)/link/#)?.1)
            _ = try await trainer.postMultipart(
                base + "/trainer/teams/\(teamID)/import", [("csrf", dashboard.formToken ?? ""), ("answers", sample)])
            var member = try await TestWorkshop.join(client, joins[0], as: "Xav")
            let workshopID = String(base.split(separator: "/").last ?? "")
            let team = try #require(try await test.store.teams(workshopID: workshopID).first)
            let before = try await test.store.eventCount(teamID: team.id)
            for section in try #require(test.workshop.kits.first).sections.map(\.id) {
                let page = try await member.get(base + "/team/s/" + section)
                let fields = page.formFields
                let saved = try await member.post(base + "/team/s/" + section, fields)
                #expect(saved.status == .seeOther, "section \(section)")
            }
            #expect(try await test.store.eventCount(teamID: team.id) == before)
        }
    }

    @Test("A teammate's 'not known yet' is no conflict for someone who did not touch the question")
    func pendingIsNoConflict() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            var zoe = try await TestWorkshop.join(client, joins[0], as: "Zoe")
            var yann = try await TestWorkshop.join(client, joins[0], as: "Yann")
            let seen = try await yann.get(base + WorkshopFlowTests.section)
            let page = try await zoe.get(base + WorkshopFlowTests.section)
            _ = try await zoe.post(
                base + WorkshopFlowTests.section,
                [
                    ("csrf", page.formToken ?? ""), ("v:" + Self.population, "0"),
                    ("h:" + Self.population, page.field("h:" + Self.population) ?? ""), ("a:" + Self.population, ""),
                    ("u:" + Self.population, "1"),
                ])
            let other = "etat_des_lieux.nom_organisme"
            let saved = try await yann.post(
                base + WorkshopFlowTests.section,
                [
                    ("csrf", seen.formToken ?? ""), ("v:" + Self.population, "0"),
                    ("h:" + Self.population, seen.field("h:" + Self.population) ?? ""), ("a:" + Self.population, ""),
                    ("v:" + other, "0"), ("h:" + other, seen.field("h:" + other) ?? ""), ("a:" + other, "Ville"),
                ])
            #expect(saved.status == .seeOther)
        }
    }

    @Test("Closing while a member types shows back what was typed, with a notice")
    func closedWhileTyping() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client)
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            let page = try await marie.get(base + WorkshopFlowTests.section)
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let dashboard = try await trainer.get(base + "/trainer")
            let unconfirmed = try await trainer.post(base + "/trainer/close", [("csrf", dashboard.formToken ?? "")])
            #expect(unconfirmed.body.contains("cochez la case de confirmation"))
            _ = try await trainer.post(
                base + "/trainer/close", [("csrf", dashboard.formToken ?? ""), ("confirm", "1")])
            let refused = try await marie.post(
                base + WorkshopFlowTests.section,
                [("csrf", page.formToken ?? ""), ("v:" + Self.population, "0"), ("a:" + Self.population, "15000")])
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("L&#39;atelier a été clos pendant votre saisie"))
            #expect(refused.field("a:" + Self.population) == "15000")
        }
    }

    @Test("The language switch goes back to this site only")
    func noOpenRedirect() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            var browser = TestBrowser(client)
            for next in [
                "//example.com", "/%09/example.com/", "/%5Cexample.com", "https:example.com", "%2F%2Fexample.com",
                "/\\example.com",
            ] {
                let response = try await browser.get("/lang/en?next=" + TestBrowser.encode(next))
                #expect(response.location == "/", "\(next)")
            }
            #expect(try await browser.get("/lang/en?next=%2Fw%2Fabc%2Fteam").location == "/w/abc/team")
        }
    }

    @Test("Names lose control and direction characters; a workshop file with blank or repeated team names is refused")
    func names() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (organiser, _, joins, base) = try await test.create(client)
            var reversed = try await TestWorkshop.join(client, joins[0], as: "Bob\u{202E}yrarbil")
            #expect(
                try await test.store.members(
                    teamID: try #require(
                        try await test.store.teams(workshopID: String(base.split(separator: "/").last ?? "")).first
                    ).id
                ).map(\.name) == ["Bob yrarbil"])
            var invisible = TestBrowser(client)
            let form = try await invisible.get(joins[0])
            let refused = try await invisible.post(
                joins[0], [("csrf", form.formToken ?? ""), ("name", "\u{200B}\u{200B}")])
            #expect(refused.status == .unprocessableContent)
            _ = try await reversed.get(base + "/team")
            var home = organiser
            let page = try await home.get("/")
            let archive = """
                {"format": "participe-workshop", "version": 1, "title": "Atelier", "kit": "outil-numerique",
                 "language": "fr", "teams": [{"name": "A", "answers": "kit: outil-numerique\\nversion: \\"1\\"\\n"},
                 {"name": " A ", "answers": "kit: outil-numerique\\nversion: \\"1\\"\\n"}]}
                """
            let imported = try await home.postMultipart(
                "/workshops/import", [("csrf", page.formToken ?? ""), ("archive", archive)])
            #expect(imported.status == .unprocessableContent)
        }
    }

    @Test("An error page speaks the workshop's language")
    func errorLanguage() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, _, base) = try await test.create(client, language: "en")
            var stranger = TestBrowser(client)
            let page = try await stranger.get(base + "/team")
            #expect(page.status == .forbidden)
            #expect(page.body.contains("This page is restricted"))
        }
    }
}
