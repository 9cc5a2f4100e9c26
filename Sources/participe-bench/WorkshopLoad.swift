import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ParticipeWorkshop

/// Many teams saving answers at once against a `participe serve` process on loopback: latency of each save,
/// errors, and whether every acknowledged save is in the database afterwards.
struct WorkshopLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop-load",
        abstract: "Teams of members saving answers concurrently for a while; p50/p99 per save, lost saves, memory.")

    @Option(help: "The participe binary to start (a release build).")
    var server = ".build/release/participe"

    @Option(help: "The kits' folder.")
    var templates = "Templates"

    @Option(help: "Teams.")
    var teams = 50

    @Option(help: "Members per team.")
    var members = 5

    @Option(help: "Seconds of load.")
    var duration = 60.0

    @Option(help: "Mean seconds between two saves of one member (0: save again at once).")
    var interval = 1.0

    /// One question per member, so that members of a team never collide: a conflict would be a refusal.
    static let questions = ["nom_organisme", "nom_projet", "territoire", "contact", "population", "effectif_organisme"]

    func validate() throws {
        guard (1...500).contains(teams), (1...Self.questions.count).contains(members), (1...3600).contains(duration)
        else {
            throw ValidationError("teams 1…500, members 1…\(Self.questions.count), duration 1…3600 s")
        }
    }

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "participe-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, link) = try await startServer(data: folder.appendingPathComponent("data").path)
        defer { if process.isRunning { process.terminate() } }
        let origin = String(link.firstMatch(of: #/http://[^/]+/#)?.0 ?? "")
        var pool = HTTPClient.Configuration.ConnectionPool()
        pool.concurrentHTTP1ConnectionsPerHostSoftLimit = teams * members + 10
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(redirectConfiguration: .disallow, connectionPool: pool))
        let sessions = try await prepare(client: client, origin: origin, link: link)
        print("\(sessions.count) members of \(teams) teams joined; saving for \(Int(duration)) s…")
        let deadline = ContinuousClock.now + .seconds(duration)
        let results = await withTaskGroup(of: MemberResult.self) { group in
            for session in sessions {
                group.addTask { await self.load(session, client: client, origin: origin, until: deadline) }
            }
            var all: [MemberResult] = []
            for await result in group { all.append(result) }
            return all
        }
        let peakMemory = Self.peakMemory(of: process.processIdentifier)
        try await client.shutdown()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let store = try await SQLiteWorkshopStore.open(
            path: folder.appendingPathComponent("data/participe.sqlite").path)
        var stored = 0
        for workshop in try await store.workshops() {
            for team in try await store.teams(workshopID: workshop.id) {
                stored += try await store.eventCount(teamID: team.id)
            }
        }
        try await store.close()
        report(results, stored: stored, peakMemory: peakMemory)
    }

    struct Session: Sendable {
        var cookie: String
        var token: String
        var section: String
        var question: String
    }

    struct MemberResult: Sendable {
        var latencies: [Double] = []
        var acknowledged = 0
        var errors = 0
    }

    private func startServer(data: String) async throws -> (Process, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: server)
        process.arguments = ["serve", "--port", "0", "--data", data, "--templates", templates]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains("\n"), process.isRunning {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let link = text.firstMatch(of: #/http://[^\s]+/#) else {
            throw ValidationError("participe serve printed no link: \(text)")
        }
        return (process, String(link.0))
    }

    /// The organiser creates a workshop of `teams` teams; every member joins and opens the first section.
    private func prepare(client: HTTPClient, origin: String, link: String) async throws -> [Session] {
        var organiser = Cookies()
        _ = try await request(client, origin + link.replacing(origin, with: ""), cookies: &organiser)
        let home = try await request(client, origin + "/", cookies: &organiser)
        let names = (1...teams).map { "Équipe \($0)" }.joined(separator: "\n")
        let links = try await request(
            client, origin + "/workshops", cookies: &organiser,
            form: [
                ("csrf", Self.field("csrf", in: home.body) ?? ""), ("title", "Charge"), ("kit", "outil-numerique"),
                ("teams", names),
            ])
        let joins = links.body.matches(of: #/<code class="link">(http://[^<]*/join/[^<]*)</code>/#).map { String($0.1) }
        var sessions: [Session] = []
        for join in joins {
            for member in 0..<members {
                var cookies = Cookies()
                let path = join.replacing(origin, with: "")
                let form = try await request(client, origin + path, cookies: &cookies)
                let joined = try await request(
                    client, origin + path, cookies: &cookies,
                    form: [("csrf", Self.field("csrf", in: form.body) ?? ""), ("name", "Membre \(member + 1)")])
                let team = joined.location ?? ""
                let section = team + "/s/etat_des_lieux"
                let page = try await request(client, origin + section, cookies: &cookies)
                sessions.append(
                    Session(
                        cookie: cookies.header, token: Self.field("csrf", in: page.body) ?? "", section: section,
                        question: "etat_des_lieux." + Self.questions[member]))
            }
        }
        return sessions
    }

    private func load(_ session: Session, client: HTTPClient, origin: String, until deadline: ContinuousClock.Instant)
        async -> MemberResult
    {
        var result = MemberResult()
        var version = 0
        var cookies = Cookies(header: session.cookie)
        while ContinuousClock.now < deadline {
            if interval > 0 {
                try? await Task.sleep(for: .seconds(interval * Double.random(in: 0.5...1.5)))
                guard ContinuousClock.now < deadline else { break }
            }
            let value =
                session.question.hasSuffix("population") || session.question.hasSuffix("effectif_organisme")
                ? String(1000 + version) : "Valeur \(version)"
            let start = ContinuousClock.now
            do {
                let response = try await request(
                    client, origin + session.section, cookies: &cookies,
                    form: [
                        ("csrf", session.token), ("v:" + session.question, String(version)),
                        ("a:" + session.question, value),
                    ])
                let elapsed = ContinuousClock.now - start
                if response.status == 303 {
                    result.acknowledged += 1
                    result.latencies.append(
                        Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
                    version += 1
                } else {
                    result.errors += 1
                }
            } catch {
                result.errors += 1
            }
        }
        return result
    }

    struct Cookies {
        var values: [String: String] = [:]

        init() {}

        init(header: String) {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
            }
        }

        var header: String { values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
    }

    struct Page {
        var status: UInt
        var body: String
        var location: String?
    }

    private func request(
        _ client: HTTPClient, _ url: String, cookies: inout Cookies, form: [(String, String)]? = nil
    ) async throws -> Page {
        var request = HTTPClientRequest(url: url)
        if !cookies.values.isEmpty { request.headers.add(name: "Cookie", value: cookies.header) }
        if let form {
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            let allowed = CharacterSet.alphanumerics.union(.init(charactersIn: "-._~"))
            let body = form.map {
                ($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
                    + ($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
            }.joined(separator: "&")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await client.execute(request, timeout: .seconds(30))
        for header in response.headers["Set-Cookie"] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies.values[String(pair[0])] = String(pair[1]) }
        }
        let body = try await response.body.collect(upTo: 32 << 20)
        return Page(
            status: response.status.code, body: String(buffer: body), location: response.headers.first(name: "Location")
        )
    }

    static func field(_ name: String, in body: String) -> String? {
        guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = body[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The process's peak resident memory (VmHWM), from /proc, in MiB.
    static func peakMemory(of pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return nil }
        return kilobytes / 1024
    }

    private func report(_ results: [MemberResult], stored: Int, peakMemory: Double?) {
        let latencies = results.flatMap(\.latencies).sorted()
        let acknowledged = results.reduce(0) { $0 + $1.acknowledged }
        let errors = results.reduce(0) { $0 + $1.errors }
        func percentile(_ p: Double) -> String {
            guard !latencies.isEmpty else { return "—" }
            let index = min(latencies.count - 1, Int((Double(latencies.count) * p).rounded(.up)) - 1)
            return String(format: "%.1f", latencies[max(0, index)])
        }
        print(
            "| teams × members | seconds | interval s | saves acknowledged | saves/s | p50 ms | p90 ms | p99 ms | max ms | errors | in database | lost | server peak memory |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        let memory = peakMemory.map { String(format: "%.0f MiB", $0) } ?? "—"
        print(
            "| \(teams) × \(members) | \(Int(duration)) | \(interval) | \(acknowledged) | "
                + String(format: "%.0f", Double(acknowledged) / duration)
                + " | \(percentile(0.5)) | \(percentile(0.9)) | \(percentile(0.99)) | "
                + (latencies.last.map { String(format: "%.1f", $0) } ?? "—")
                + " | \(errors) | \(stored) | \(max(0, acknowledged - stored)) | \(memory) |")
    }
}
