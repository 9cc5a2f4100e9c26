import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import ParticipeTestSupport

/// One person's browser against a `participe serve` process: real HTTP on loopback, its own cookies.
struct LiveBrowser {
    let client: HTTPClient
    let base: String
    var cookies: [String: String] = [:]

    init(client: HTTPClient, base: String) {
        self.client = client
        self.base = base
    }

    mutating func get(_ uri: String) async throws -> TestBrowser.Page {
        try await send(uri, method: .GET, body: nil)
    }

    mutating func post(_ uri: String, _ fields: [(String, String)]) async throws -> TestBrowser.Page {
        try await send(
            uri, method: .POST,
            body: fields.map { TestBrowser.encode($0.0) + "=" + TestBrowser.encode($0.1) }.joined(separator: "&"))
    }

    private mutating func send(_ uri: String, method: HTTPMethod, body: String?) async throws -> TestBrowser.Page {
        let path = uri.replacing(#/^http://[^/]+/#, with: "/")
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if !cookies.isEmpty {
            request.headers.add(
                name: "Cookie",
                value: TestBrowser.cookieHeader(cookies))
        }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await client.execute(request, timeout: .seconds(30))
        TestBrowser.remember(response.headers["Set-Cookie"], in: &cookies)
        let buffer = try await response.body.collect(upTo: 64 << 20)
        let data = Data(buffer.readableBytesView)
        var fields = HTTPFields()
        for (name, value) in response.headers {
            if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
        }
        return TestBrowser.Page(
            status: HTTPResponse.Status(code: Int(response.status.code)), headers: fields,
            body: String(decoding: data, as: UTF8.self), data: data)
    }
}

/// A `participe serve` process and the link it printed.
struct ServeProcess {
    let process: Process
    let link: String

    /// Starts `participe serve` with `arguments` in `directory` and waits for its link (20 s at most).
    static func start(_ arguments: [String], in directory: TemporaryDirectory) async throws -> ServeProcess {
        let output = directory.path("serve-\(UUID().uuidString).txt")
        let process = try startParticipe(["serve", "--port", "0"] + arguments, in: directory.path(""), stdout: output)
        for _ in 0..<400 {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let match = text.firstMatch(of: #/http://127\.0\.0\.1:[0-9]+/[^\s]*/#) {
                return ServeProcess(process: process, link: String(match.0))
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw ServeFailure(output: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    /// `http://127.0.0.1:PORT`.
    var origin: String { String(link.firstMatch(of: #/http://127\.0\.0\.1:[0-9]+/#)?.0 ?? "") }

    struct ServeFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "participe serve printed no link:\n\(output)" }
    }

    /// Kills the server if it still runs.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the process to end, `seconds` at most; returns its status, nil if it still runs.
    func waitForExit(seconds: Double) async throws -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
