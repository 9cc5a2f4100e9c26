import Foundation
import Hummingbird
import ParticipeCore

extension WorkshopRoutes {
    func addAssets(to router: Router<Context>) {
        router.get("/assets/participe.css") { _, _ in
            Self.asset(Assets.stylesheet, type: "text/css; charset=utf-8")
        }
        router.get("/assets/participe.js") { _, _ in
            Self.asset(Assets.script, type: "text/javascript; charset=utf-8")
        }
        router.get("/healthz") { _, _ in "ok" }
        // The language switch: remembered in a cookie, then back to the page it was asked from.
        router.get("/lang/:language") { request, context -> Response in
            guard let code = context.parameters.get("language"), let language = Language(code: code) else {
                throw PageFailure.notFound
            }
            let next = request.uri.queryParameters.get("next").map { String($0) } ?? "/"
            var response = Responses.redirect(Self.isLocalPath(next) ? next : "/")
            response.setCookie(Cookies.language(language))
            return response
        }
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=300"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A path on this site (`/x`), never another one (`//host`, `/\host`, `/<tab>/host`, `https:`): only the
    /// characters of a path, and no two slashes at its start, before or after percent-decoding.
    static func isLocalPath(_ path: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~%?=&#:")
        guard path.hasPrefix("/"), !path.hasPrefix("//"), path.count <= 2000, path.allSatisfy(allowed.contains)
        else { return false }
        let decoded = path.removingPercentEncoding ?? path
        return !decoded.hasPrefix("//") && !decoded.hasPrefix("/\\")
            && !decoded.unicodeScalars.contains { $0.value < 0x20 || $0 == "\\" }
    }

    func addHome(to router: Router<Context>) {
        router.get("/") { request, _ -> Response in
            let language = language(request)
            guard let access = try await organiser(request) else {
                if let file = workshop.file, let record = try await store.workshop(id: file.workshopID) {
                    return Responses.redirect("/w/\(record.id)/team")
                }
                return Responses.html(homeWithoutKey(request, language))
            }
            return Responses.html(try await home(request, language, access: access))
        }
        router.get("/organiser/:key") { _, context -> Response in
            try await checkAttempts(context)
            guard let key = context.parameters.get("key"), SecretToken.isWellFormed(key),
                try await store.isOrganiserKey(digest: SecretToken.digest(key))
            else { throw await failedAttempt(context) }
            var response = Responses.redirect("/")
            response.setCookie(Cookies.session(Cookies.organiser, value: key, path: "/"))
            return response
        }
        router.post("/workshops") { request, context -> Response in
            let language = language(request)
            guard let access = try await organiser(request) else { throw PageFailure.forbidden }
            let form = try await form(request, context)
            try access.check(form)
            let title = (form["title"] ?? "").cleanedName
            let teams = (form["teams"] ?? "").split(whereSeparator: \.isNewline).map { String($0).cleanedName }
                .filter { !$0.isEmpty }
            var problems: [String] = []
            if title.isEmpty { problems.append(WorkshopWording.titleRequired.text(in: language)) }
            if title.count > 200 { problems.append(WorkshopWording.tooLong(200).text(in: language)) }
            if teams.isEmpty { problems.append(WorkshopWording.teamsRequired.text(in: language)) }
            if Set(teams.map { $0.lowercased() }).count < teams.count {
                problems.append(WorkshopWording.teamNamesTwice.text(in: language))
            }
            if teams.count > 100 || teams.contains(where: { $0.count > 100 }) {
                problems.append(WorkshopWording.tooManyTeams.text(in: language))
            }
            guard let kit = form["kit"].flatMap(workshop.kit) else {
                throw PageFailure.badForm
            }
            let chosen = form["language"].flatMap { Language(code: $0) } ?? language
            guard problems.isEmpty else {
                return Responses.html(
                    try await home(request, language, access: access, problems: problems, form: form),
                    status: .unprocessableContent)
            }
            let trainerToken = SecretToken.make()
            let joinTokens = teams.map { _ in SecretToken.make() }
            let record = try await store.createWorkshop(
                title: title, kitID: kit.id, kitVersion: kit.version, language: chosen,
                trainerDigest: SecretToken.digest(trainerToken),
                teams: zip(teams, joinTokens).map { (name: $0, joinDigest: SecretToken.digest($1)) })
            let created = try await store.teams(workshopID: record.id)
            let links = zip(created, joinTokens).map { (team: $0.0, link: "/w/\(record.id)/join/\($0.1)") }
            return Responses.html(
                linksPage(
                    request, language, record: record, trainerLink: "/w/\(record.id)/trainer/\(trainerToken)",
                    teamLinks: links))
        }
        router.post("/workshops/import") { request, context -> Response in
            let language = language(request)
            guard let access = try await organiser(request) else { throw PageFailure.forbidden }
            let form = try await form(request, context)
            try access.check(form)
            do {
                let imported = try await WorkshopArchive.importing(
                    Data((form["archive"] ?? "").utf8), into: workshop, language: language)
                return Responses.html(
                    linksPage(
                        request, language, record: imported.record,
                        trainerLink: "/w/\(imported.record.id)/trainer/\(imported.trainerToken)",
                        teamLinks: imported.teamLinks))
            } catch let refusal as WorkshopArchive.Refusal {
                return Responses.html(
                    try await home(request, language, access: access, problems: [refusal.message]),
                    status: .unprocessableContent)
            }
        }
    }

    private func homeWithoutKey(_ request: Request, _ language: Language) -> Markup {
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        return layout(request, language, title: say(.homeTitle)).page(
            """
            <h1>\(say(.homeTitle))</h1>
            <p>\(say(.homeIntro))</p>
            <p>\(say(.homeNeedsLink))</p>
            """)
    }

    private func home(
        _ request: Request, _ language: Language, access: Access, problems: [String] = [], form: FormData = FormData()
    ) async throws -> Markup {
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let workshops = try await store.workshops()
        let rows = workshops.map { record -> Markup in
            let kit =
                workshop.kit(record.kitID).map { $0.title.resolve(language, fallbacks: $0.fallbacks) } ?? record.kitID
            let state = record.isClosed ? say(.closedMark) : ""
            return """
                <tr><td><a href="/w/\(record.id)/trainer">\(record.title)</a></td><td>\(kit)</td>\
                <td>\(ValueFormatter(language: language).date(CalendarDate(dayNumber: Int(record.createdAt.timeIntervalSince1970 / 86_400))))</td><td>\(state)</td></tr>
                """
        }
        let list: Markup =
            rows.isEmpty
            ? "<p>\(say(.noWorkshops))</p>"
            : """
            <table><caption>\(say(.workshopsHeading))</caption><thead><tr><th scope="col">\(say(.fieldTitle))</th>\
            <th scope="col">\(say(.fieldKit))</th><th scope="col">\(say(.createdOn))</th><th scope="col">\(say(.stateColumn))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        let kitOptions = workshop.kits.map { kit -> Markup in
            let selected: Markup = form["kit"] == kit.id ? " selected" : ""
            return
                "<option value=\"\(kit.id)\"\(selected)>\(kit.title.resolve(language, fallbacks: kit.fallbacks))</option>"
        }
        let languageOptions = Language.allCases.map { option -> Markup in
            let selected: Markup =
                (form["language"].flatMap { Language(code: $0) } ?? language) == option ? " selected" : ""
            return
                "<option value=\"\(option.code)\"\(selected)>\(WorkshopWording.languageName.text(in: option))</option>"
        }
        let errors: Markup =
            problems.isEmpty
            ? .empty
            : "<div class=\"notice problem\" role=\"alert\"><h2>\(say(.problemsHeading))</h2><ul>\(problems.map { Markup("<li>\($0)</li>") })</ul></div>"
        return layout(request, language, title: say(.homeTitle)).page(
            """
            <h1>\(say(.homeTitle))</h1>
            \(errors)
            <h2>\(say(.workshopsHeading))</h2>
            \(list)
            <h2 id="create">\(say(.createHeading))</h2>
            <form method="post" action="/workshops">\(access.hiddenToken)
            <p><label for="title">\(say(.fieldTitle)) <span class="required">\(say(.requiredMark))</span></label>
            <input type="text" id="title" name="title" maxlength="200" aria-required="true" value="\(form["title"] ?? "")"></p>
            <p><label for="kit">\(say(.fieldKit))</label><select id="kit" name="kit">\(kitOptions)</select></p>
            <p><label for="language">\(say(.fieldLanguage))</label><select id="language" name="language">\(languageOptions)</select></p>
            <p><label for="teams">\(say(.fieldTeams)) <span class="required">\(say(.requiredMark))</span></label>
            <span class="hint" id="teams-hint">\(say(.teamsHint))</span>
            <textarea id="teams" name="teams" rows="5" aria-required="true" aria-describedby="teams-hint">\(form["teams"] ?? "")</textarea></p>
            <p><button type="submit">\(say(.createButton))</button></p>
            </form>
            <h2 id="import">\(say(.importWorkshopHeading))</h2>
            <form method="post" action="/workshops/import" enctype="multipart/form-data">\(access.hiddenToken)
            <p><label for="archive">\(say(.importWorkshopFile))</label>
            <input type="file" id="archive" name="archive" accept=".json,application/json"></p>
            <p><button type="submit" class="secondary">\(say(.importButton))</button></p>
            </form>
            """)
    }

    /// The links of a new workshop, shown once: the store keeps only their digests.
    func linksPage(
        _ request: Request, _ language: Language, record: WorkshopRecord, trainerLink: String?,
        teamLinks: [(team: TeamRecord, link: String)]
    ) -> Markup {
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let base = baseURL(request)
        let trainer: Markup =
            trainerLink.map { link in
                "<h2>\(say(.trainerLinkHeading))</h2><p><code class=\"link\">\(base + link)</code></p>"
            } ?? .empty
        let teams = teamLinks.map { item in
            Markup("<li><strong>\(item.team.name)</strong><br><code class=\"link\">\(base + item.link)</code></li>")
        }
        return layout(request, language, title: say(.linksTitle)).page(
            """
            <h1>\(say(.linksTitle)) — \(record.title)</h1>
            <p class="notice">\(say(.linksShownOnce))</p>
            \(trainer)
            <h2>\(say(.teamLinksHeading))</h2>
            <ul>\(teams)</ul>
            <p><a class="button" href="/w/\(record.id)/trainer">\(say(.toDashboard))</a></p>
            """)
    }

    /// `http://host:port` as the browser reached the server, for links to copy.
    func baseURL(_ request: Request) -> String {
        let host = request.head.authority ?? "localhost"
        let safe = host.allSatisfy { $0.isLetter || $0.isNumber || ".:-[]".contains($0) } ? host : "localhost"
        return "http://" + safe
    }
}
