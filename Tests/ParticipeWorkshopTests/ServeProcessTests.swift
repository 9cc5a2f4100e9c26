import AsyncHTTPClient
import Foundation
import ParticipeCore
import ParticipeTestSupport
import ParticipeWorkshop
import Testing

@Suite("participe serve, the built binary: starts, stops, keeps every acknowledged save, writes back its file")
struct ServeProcessTests {
    static let templates = Fixtures.packageRoot + "/Templates"

    /// The organiser creates a workshop of one team; a member joins it. Returns the member and the workshop's path.
    static func joinedMember(_ serve: ServeProcess, client: HTTPClient) async throws -> (LiveBrowser, String) {
        var organiser = LiveBrowser(client: client, base: serve.origin)
        _ = try await organiser.get(serve.link)
        let home = try await organiser.get("/")
        let links = try await organiser.post(
            "/workshops",
            [("csrf", home.formToken ?? ""), ("title", "Atelier"), ("kit", "outil-numerique"), ("teams", "Équipe")])
        let join = try #require(links.codeLinks.first { $0.contains("/join/") })
        var member = LiveBrowser(client: client, base: serve.origin)
        let form = try await member.get(join)
        _ = try await member.post(join, [("csrf", form.formToken ?? ""), ("name", "Marie")])
        let path = String(join.replacing(#/^http://[^/]+/#, with: "/").split(separator: "/join/")[0])
        return (member, path)
    }

    @Test("It prints the organiser's link, answers, and stops cleanly on Ctrl-C")
    func startAndStop() async throws {
        let folder = try TemporaryDirectory()
        let serve = try await ServeProcess.start(["--data", "data", "--templates", Self.templates], in: folder)
        // A failed expectation never leaves a server running.
        defer { serve.stop() }
        #expect(serve.link.contains("/organiser/"))
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        var browser = LiveBrowser(client: client, base: serve.origin)
        #expect(try await browser.get("/healthz").body == "ok")
        try await client.shutdown()
        kill(serve.process.processIdentifier, SIGINT)
        #expect(try await serve.waitForExit(seconds: 20) == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("data/participe.sqlite"))[
            .posixPermissions]
        #expect((mode as? Int).map { $0 & 0o077 } == 0)
    }

    @Test("Listening beyond loopback is allowed with a warning; a data folder that cannot be used is said so, exit 2")
    func openToTheNetworkAndBadData() throws {
        let folder = try TemporaryDirectory()
        let run = try runParticipe(
            [
                "serve", "--host", "0.0.0.0", "--port", "0", "--data", "/dev/null/participe", "--templates",
                Self.templates,
            ],
            environment: ["LANG": "fr_FR.UTF-8"], in: folder.path(""))
        #expect(run.exitCode == 2)
        #expect(
            run.stderr.contains("attention : l'atelier écoute sur 0.0.0.0, joignable par les autres machines du réseau")
        )
        #expect(run.stderr.contains("impossible d'ouvrir la base de l'atelier dans « /dev/null/participe »"))
        let port = try runParticipe(["serve", "--port", "70000"], in: folder.path(""))
        #expect(port.exitCode == 64)
    }

    @Test("After kill -9 in the middle of a burst of saves, every save that was acknowledged is in the database")
    func killDuringSaves() async throws {
        let folder = try TemporaryDirectory()
        let serve = try await ServeProcess.start(["--data", "data", "--templates", Self.templates], in: folder)
        // A failed expectation never leaves a server running.
        defer { serve.stop() }
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        var acknowledged: [String] = []
        do {
            var (member, base) = try await Self.joinedMember(serve, client: client)
            let section = base + "/team/s/etat_des_lieux"
            let page = try await member.get(section)
            let token = page.formToken ?? ""
            let path = "etat_des_lieux.nom_organisme"
            for index in 0..<400 {
                if index == 60 {
                    // The next saves race the kill: some are acknowledged, the rest fail.
                    let pid = serve.process.processIdentifier
                    Task.detached {
                        try? await Task.sleep(for: .milliseconds(30))
                        kill(pid, SIGKILL)
                    }
                }
                let value = "Commune \(index)"
                guard
                    let saved = try? await member.post(
                        section, [("csrf", token), ("v:" + path, String(index)), ("a:" + path, value)]),
                    saved.status == .seeOther
                else { break }
                acknowledged.append(value)
            }
        }
        try await client.shutdown()
        _ = try await serve.waitForExit(seconds: 10)
        #expect(acknowledged.count >= 60)
        #expect(acknowledged.count < 400, "the process was killed before the burst ended")
        let store = try await SQLiteWorkshopStore.open(path: folder.path("data/participe.sqlite"))
        let workshop = try #require(try await store.workshops().first)
        let team = try #require(try await store.teams(workshopID: workshop.id).first)
        let history = try await store.history(teamID: team.id, path: "etat_des_lieux.nom_organisme")
        let kept = Set(history.compactMap(\.value.text))
        #expect(acknowledged.allSatisfy(kept.contains))
        let answer = try await store.answers(teamID: team.id).first { $0.path == "etat_des_lieux.nom_organisme" }
        #expect((answer?.version ?? 0) >= acknowledged.count)
        try await store.close()
    }

    @Test("serve answers.yaml writes each saved answer back into the file and keeps its comments")
    func singleFile() async throws {
        let folder = try TemporaryDirectory()
        let new = try runParticipe(
            ["new", "outil-numerique", "-o", "reponses.yaml", "--templates", Self.templates], in: folder.path(""))
        #expect(new.exitCode == 0)
        var original = try folder.read("reponses.yaml")
        original = original.replacing("answers:\n", with: "# à valider avec la DG\nanswers:\n")
        _ = try folder.write(original, to: "reponses.yaml")
        let serve = try await ServeProcess.start(["reponses.yaml", "--templates", Self.templates], in: folder)
        // A failed expectation never leaves a server running.
        defer { serve.stop() }
        #expect(serve.link.contains("/join/"))
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        // The day by the clock, before the save and after it: a run across midnight may record either.
        func day() -> CalendarDate { CalendarDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400)) }
        let dayBefore = day()
        do {
            var member = LiveBrowser(client: client, base: serve.origin)
            let form = try await member.get(serve.link)
            let joined = try await member.post(serve.link, [("csrf", form.formToken ?? ""), ("name", "Moi")])
            let team = try #require(joined.location)
            let section = team + "/s/etat_des_lieux"
            let page = try await member.get(section)
            let path = "etat_des_lieux.population"
            let saved = try await member.post(
                section,
                [("csrf", page.formToken ?? ""), ("v:" + path, page.field("v:" + path) ?? ""), ("a:" + path, "4 200")])
            #expect(saved.status == .seeOther)
        }
        try await client.shutdown()
        kill(serve.process.processIdentifier, SIGINT)
        _ = try await serve.waitForExit(seconds: 20)
        let after = try folder.read("reponses.yaml")
        let changed = LineDiff.lines(expected: original, actual: after).filter { !$0.hasPrefix("  ") }
        #expect(!changed.isEmpty)
        // The answer changes, and the file says who gave it and when (the day of the save, by the clock).
        let expected = { (date: CalendarDate) in
            [
                "+     population: 4200", "-     population:", "+ provenance:", "+   etat_des_lieux.population:",
                "+     by: Moi", "+     date: \(date)",
            ]
        }
        #expect(changed == expected(dayBefore) || changed == expected(day()), "\(changed)")
        #expect(changed.contains { $0.hasPrefix("+ ") && $0.contains("4200") })
        #expect(after.contains("# à valider avec la DG"))
    }
}
