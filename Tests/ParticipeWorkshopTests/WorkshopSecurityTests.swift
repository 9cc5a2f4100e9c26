import Foundation
import HummingbirdTesting
import ParticipeCore
import ParticipeTestSupport
import ParticipeWorkshop
import Testing

@Suite("Workshop: each link opens its own part, forms are checked, answers are escaped")
struct WorkshopSecurityTests {
    @Test("A team's member cannot read the dashboard, another workshop, nor write without the form token")
    func isolation() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, base) = try await test.create(client)
            let (_, _, otherJoins, otherBase) = try await test.create(client, teams: ["Autre"])
            var marie = try await TestWorkshop.join(client, joins[0], as: "Marie")
            #expect(try await marie.get(base + "/trainer").status == .forbidden)
            #expect(try await marie.get(base + "/trainer/export").status == .forbidden)
            #expect(try await marie.get(otherBase + "/team").status == .forbidden)
            #expect(try await marie.get("/").body.contains("lien de l&#39;organisateur"))
            let page = try await marie.get(base + WorkshopFlowTests.section)
            let forged = try await marie.post(
                base + WorkshopFlowTests.section,
                [
                    ("csrf", "forged"), ("v:" + WorkshopFlowTests.population, "0"),
                    ("a:" + WorkshopFlowTests.population, "1"),
                ])
            #expect(forged.status == .badRequest)
            let missing = try await marie.post(
                base + WorkshopFlowTests.section,
                [("v:" + WorkshopFlowTests.population, "0"), ("a:" + WorkshopFlowTests.population, "1")])
            #expect(missing.status == .badRequest)
            #expect(!(try await marie.get(base + "/team/answers.yaml").body.contains("population:")))
            // Marie's session of the first workshop opens nothing of the second, even with its token.
            var other = try await TestWorkshop.join(client, otherJoins[0], as: "Paul")
            let otherPage = try await other.get(otherBase + WorkshopFlowTests.section)
            let crossed = try await marie.post(
                otherBase + WorkshopFlowTests.section,
                [
                    ("csrf", otherPage.formToken ?? ""), ("v:" + WorkshopFlowTests.population, "0"),
                    ("a:" + WorkshopFlowTests.population, "1"),
                ])
            #expect(crossed.status == .forbidden)
            _ = page
            var stranger = TestBrowser(client)
            #expect(try await stranger.get(base + "/team").status == .forbidden)
            #expect(try await stranger.get(base + "/join/not-a-real-token-at-all").status == .notFound)
        }
    }

    @Test("Wrong links are limited per address")
    func joinAttemptsAreLimited() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, _, base) = try await test.create(client)
            var stranger = TestBrowser(client)
            var statuses: [Int] = []
            for attempt in 0..<25 {
                statuses.append(try await stranger.get(base + "/join/wrongtoken\(attempt)xxxxxxxx").status.code)
            }
            #expect(statuses.prefix(20).allSatisfy { $0 == 404 })
            #expect(statuses.suffix(5).allSatisfy { $0 == 429 })
        }
    }

    @Test("Every page carries the security headers; cookies are HttpOnly and SameSite=Strict")
    func headers() async throws {
        let test = try await TestWorkshop.make()
        try await test.run { client in
            let (_, _, joins, _) = try await test.create(client)
            var browser = TestBrowser(client)
            let page = try await browser.get(joins[0])
            let policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'"))
            #expect(policy.contains("frame-ancestors 'self'"))
            #expect(!policy.contains("unsafe"))
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            let joined = try await browser.post(joins[0], [("csrf", page.formToken ?? ""), ("name", "Marie")])
            let cookie = try #require(joined.headers[.setCookie])
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(try await browser.get("/no/such/page").status == .notFound)
        }
    }

    @Test("Hostile answers and names are escaped on every page they reach")
    func escaping() async throws {
        let test = try await TestWorkshop.make()
        let hostile = "<script>alert(1)</script>\"'&<img src=x onerror=alert(2)>"
        try await test.run { client in
            let (_, trainerLink, joins, base) = try await test.create(client, teams: [hostile])
            var member = try await TestWorkshop.join(client, joins[0], as: hostile)
            let saved = try await WorkshopFlowTests.save(&member, base, "etat_des_lieux.nom_organisme", hostile)
            #expect(saved.status == .seeOther)
            var trainer = TestBrowser(client)
            _ = try await trainer.get(trainerLink)
            let pages = [
                try await member.get(base + "/team"),
                try await member.get(base + WorkshopFlowTests.section),
                try await member.get(base + "/team/q/etat_des_lieux.nom_organisme"),
                try await member.get(base + "/team/documents"),
                try await trainer.get(base + "/trainer?q=etat_des_lieux.nom_organisme"),
            ]
            for page in pages {
                #expect(page.status == .ok)
                #expect(!page.body.contains("<script>alert"))
                #expect(!page.body.contains("<img src=x"))
            }
            #expect(pages[1].body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
            let html = try await member.get(base + "/team/documents/cahier-des-charges.html")
            #expect(!html.body.contains("<script>alert"))
        }
    }

    @Test("Answers survive closing and reopening the database")
    func persistence() async throws {
        let folder = try TemporaryDirectory()
        let database = folder.path("workshop.sqlite")
        let test = try await TestWorkshop.make(database: database)
        let (base, cookies) = try await test.run { client in
            let created = try await test.create(client)
            var marie = try await TestWorkshop.join(client, created.joins[0], as: "Marie")
            _ = try await WorkshopFlowTests.save(&marie, created.workshopPath, WorkshopFlowTests.population, "15000")
            return (created.workshopPath, marie.cookies)
        }
        let reopened = try await TestWorkshop.make(database: database)
        try await reopened.run { client in
            var marie = TestBrowser(client)
            marie.cookies = cookies
            let answers = try await marie.get(base + "/team/answers.yaml")
            #expect(answers.body.contains("population: 15000"))
        }
    }
}
