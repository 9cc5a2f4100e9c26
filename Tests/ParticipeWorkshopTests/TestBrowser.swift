import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ParticipeCore
import ParticipeTestSupport
import ParticipeWorkshop

/// One person's browser against the app in memory: its cookies, its forms.
struct TestBrowser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var data: Data

        var location: String? { headers[.location] }

        /// The value of the hidden `csrf` field of the page's first form.
        var formToken: String? { field("csrf") }

        /// The value of the first input named `name`.
        func field(_ name: String) -> String? {
            guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = body[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }

        /// What a browser submits of the page's form untouched: every text and hidden input, the checked boxes and
        /// radios, every textarea's text.
        var formFields: [(String, String)] {
            var fields: [(String, String)] = []
            for match in body.matches(of: #/<input ([^>]*)>/#) {
                let tag = String(match.1)
                func attribute(_ name: String) -> String? {
                    let marker = "\(name)=\""
                    guard
                        let range = tag.range(of: " " + marker) ?? (tag.hasPrefix(marker) ? tag.range(of: marker) : nil)
                    else { return nil }
                    let rest = tag[range.upperBound...]
                    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
                }
                guard let name = attribute("name") else { continue }
                let type = attribute("type") ?? "text"
                if type == "radio" || type == "checkbox" {
                    guard tag.contains(" checked") else { continue }
                }
                if type == "file" || type == "submit" { continue }
                fields.append((name, Self.unescaped(attribute("value") ?? "")))
            }
            for match in body.matches(of: #/<textarea [^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>/#) {
                fields.append((String(match.1), Self.unescaped(String(match.2))))
            }
            return fields
        }

        static func unescaped(_ text: String) -> String {
            text.replacing("&#39;", with: "'").replacing("&quot;", with: "\"").replacing("&lt;", with: "<")
                .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        }

        /// Every `http://…` link shown in `<code class="link">`.
        var codeLinks: [String] {
            body.components(separatedBy: "<code class=\"link\">").dropFirst().compactMap {
                $0.components(separatedBy: "</code>").first
            }
        }
    }

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    mutating func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil, contentType: nil)
    }

    mutating func post(_ uri: String, _ fields: [(String, String)]) async throws -> Page {
        let body = fields.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return try await send(uri, method: .post, body: body, contentType: "application/x-www-form-urlencoded")
    }

    mutating func postMultipart(_ uri: String, _ fields: [(String, String)]) async throws -> Page {
        let boundary = "participe-test-boundary"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"x.yaml\"\r\n"
            body += "Content-Type: application/octet-stream\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await send(uri, method: .post, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private mutating func send(_ uri: String, method: HTTPRequest.Method, body: String?, contentType: String?)
        async throws -> Page
    {
        let path = uri.replacing(#/^http://[^/]+/#, with: "/")
        var headers: HTTPFields = [:]
        if !cookies.isEmpty {
            headers[.cookie] = Self.cookieHeader(cookies)
        }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        Self.remember(response.headers[values: .setCookie], in: &cookies)
        let data = Data(response.body.readableBytesView)
        return Page(
            status: response.status, headers: response.headers, body: String(decoding: data, as: UTF8.self), data: data)
    }

    /// The `Cookie` header a browser holding `cookies` sends.
    static func cookieHeader(_ cookies: [String: String]) -> String {
        cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// Keeps the cookies that `Set-Cookie` headers give, as a browser does (their attributes aside).
    static func remember(_ setCookies: some Sequence<String>, in cookies: inout [String: String]) {
        for header in setCookies {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? text
    }
}

/// The app over a store in a temporary folder, with the shipped kits, and an organiser key.
struct TestWorkshop {
    let workshop: Workshop
    let store: SQLiteWorkshopStore
    let organiserKey: String
    let folder: TemporaryDirectory

    /// A workshop on the shipped kits and the kits of `extraKits` (kit folders).
    static func make(database: String? = nil, extraKits: [String] = []) async throws -> TestWorkshop {
        let folder = try TemporaryDirectory()
        let store = try await SQLiteWorkshopStore.open(path: database ?? folder.path("participe.sqlite"))
        let key = SecretToken.make()
        try await store.setOrganiserKey(digest: SecretToken.digest(key))
        let shipped = ["outil-numerique", "tribunal-generations-futures"].map {
            Fixtures.packageRoot + "/Templates/" + $0
        }
        let kits = try (shipped + extraKits).map { directory in
            var texts = SourceTexts()
            return try KitLoader().load(directory: directory, texts: &texts)
        }
        let workshop = Workshop(store: store, kits: kits, today: { testToday })
        return TestWorkshop(workshop: workshop, store: store, organiserKey: key, folder: folder)
    }

    var application: some ApplicationProtocol { buildApplication(workshop, host: "127.0.0.1", port: 0) }

    /// Runs `body` against the app in memory, then closes the store (an SQLite connection must be closed).
    func run<T: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        do {
            let result = try await application.test(.router, body)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// The organiser's browser, signed in, after creating a workshop of `teams`: the trainer link and the join links.
    func create(
        _ client: any TestClientProtocol, kit: String = "outil-numerique", teams: [String] = ["Équipe A", "Équipe B"],
        language: String = "fr"
    ) async throws -> (organiser: TestBrowser, trainer: String, joins: [String], workshopPath: String) {
        var organiser = TestBrowser(client)
        _ = try await organiser.get("/organiser/\(organiserKey)")
        let home = try await organiser.get("/")
        let links = try await organiser.post(
            "/workshops",
            [
                ("csrf", home.formToken ?? ""), ("title", "Atelier"), ("kit", kit), ("language", language),
                ("teams", teams.joined(separator: "\n")),
            ])
        let codes = links.codeLinks
        let trainer = codes.first { $0.contains("/trainer/") } ?? ""
        let joins = codes.filter { $0.contains("/join/") }
        let workshopPath = String(trainer.replacing(#/^http://[^/]+/#, with: "/").split(separator: "/trainer/")[0])
        return (organiser, trainer, joins, workshopPath)
    }

    /// A member's browser, joined to the team of `link` under `name`.
    static func join(_ client: any TestClientProtocol, _ link: String, as name: String) async throws -> TestBrowser {
        var browser = TestBrowser(client)
        let page = try await browser.get(link)
        _ = try await browser.post(link, [("csrf", page.formToken ?? ""), ("name", name)])
        return browser
    }
}
