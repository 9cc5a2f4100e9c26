import Foundation
import Hummingbird
import ParticipeCore

extension WorkshopRoutes {
    func addTeam(to router: Router<Context>) {
        router.get("/w/:workshop/join/:token") { request, context -> Response in
            try await checkAttempts(context)
            let record = try await workshopRecord(context)
            guard let token = context.parameters.get("token"), SecretToken.isWellFormed(token),
                let team = try await store.team(joinDigest: SecretToken.digest(token)), team.workshopID == record.id
            else { throw await failedAttempt(context) }
            return Responses.html(joinPage(request, record: record, team: team, token: token))
        }
        router.post("/w/:workshop/join/:token") { request, context -> Response in
            try await checkAttempts(context)
            let record = try await workshopRecord(context)
            guard let token = context.parameters.get("token"), SecretToken.isWellFormed(token),
                let team = try await store.team(joinDigest: SecretToken.digest(token)), team.workshopID == record.id
            else { throw await failedAttempt(context) }
            let form = try await form(request, context)
            // Before a session exists, the form token derives from the join link itself.
            try Access(role: .trainer, secret: token).check(form)
            let name = (form["name"] ?? "").cleanedName
            guard !name.isEmpty, name.count <= 80 else {
                return Responses.html(
                    joinPage(request, record: record, team: team, token: token, problem: true),
                    status: .unprocessableContent)
            }
            let session = SecretToken.make()
            _ = try await store.addMember(teamID: team.id, name: name, sessionDigest: SecretToken.digest(session))
            var response = Responses.redirect("/w/\(record.id)/team")
            response.setCookie(Cookies.session(Cookies.member, value: session, path: "/w/\(record.id)"))
            return response
        }
        router.get("/w/:workshop/team") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (_, _, team) = try await member(request, record)
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            let members = try await store.members(teamID: team.id)
            return Responses.html(
                teamOverview(request, snapshot, members: members, base: "/w/\(record.id)/team", trainerView: false))
        }
        router.get("/w/:workshop/team/s/:section") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (access, _, team) = try await member(request, record)
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            guard let id = context.parameters.get("section"), let section = snapshot.kit.section(id) else {
                throw PageFailure.notFound
            }
            let saved = request.uri.queryParameters.get("saved") != nil
            return Responses.html(
                sectionPage(request, snapshot, section: section, access: access, saved: saved ? .saved : nil))
        }
        router.post("/w/:workshop/team/s/:section") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (access, member, team) = try await member(request, record)
            let form = try await form(request, context)
            try access.check(form)
            let language = language(request, record)
            let before = try await snapshot(team, of: record, language: language)
            guard let id = context.parameters.get("section"), let section = before.kit.section(id) else {
                throw PageFailure.notFound
            }
            if let refusal = frozen(record) {
                // Closed, or a new kit installed, while people typed: what they typed is shown back, not lost in
                // an error page.
                if form["autosave"] == "1" {
                    return Responses.json(["message": refusal.wording.text(in: language)])
                }
                return Responses.html(
                    sectionPage(
                        request, before, section: section, access: access,
                        saved: typedValues(section, form: form, snapshot: before)),
                    status: .conflict)
            }
            let outcome = try await saveSection(section, form: form, snapshot: before, member: member)
            if form["autosave"] == "1" {
                return autosaveResponse(outcome, language: language)
            }
            if outcome.problems.isEmpty, outcome.conflicts.isEmpty {
                return Responses.redirect("/w/\(record.id)/team/s/\(section.id)?saved=1#saved")
            }
            let after = try await snapshot(team, of: record, language: language)
            return Responses.html(
                sectionPage(request, after, section: section, access: access, saved: outcome),
                status: .unprocessableContent)
        }
        router.get("/w/:workshop/team/q/:path") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (access, _, team) = try await member(request, record)
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            guard let path = context.parameters.get("path").flatMap(QuestionPath.init),
                let question = snapshot.kit.question(path)
            else { throw PageFailure.notFound }
            let history = try await store.history(teamID: team.id, path: path.description)
            let agreed = request.uri.queryParameters.get("agreed") != nil
            let notice: Notice? =
                agreed ? .success(WorkshopWording.agreedRecorded.text(in: language(request, record))) : nil
            return Responses.html(
                questionPage(
                    request, snapshot, path: path, question: question, history: history, access: access, notice: notice)
            )
        }
        router.post("/w/:workshop/team/q/:path") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (access, member, team) = try await member(request, record)
            let form = try await form(request, context)
            try access.check(form)
            if let refusal = frozen(record) { throw refusal }
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            guard let path = context.parameters.get("path").flatMap(QuestionPath.init),
                let question = snapshot.kit.question(path)
            else { throw PageFailure.notFound }
            let stored = snapshot.answers[path.description]
            // The agreed answer is one of the values the page showed, named by its digest: a proposal saved
            // meanwhile cannot take its place.
            let candidates = (snapshot.proposals[path.description] ?? []).map(\.value) + [snapshot.sheet[path]]
            guard let chosen = form["choice"] else { throw PageFailure.badForm }
            let seen = form["version"].flatMap { Int($0) }
            var outcomes: [SaveOutcome] = []
            if let value = candidates.first(where: { FieldNames.digest($0) == chosen }) {
                outcomes = try await store.save(
                    [
                        AnswerSave(
                            path: path.description, value: value, seenVersion: seen,
                            answerSource: stored?.answerSource, toConfirm: stored?.toConfirm ?? false,
                            givenOn: snapshot.today)
                    ], teamID: team.id,
                    member: member, source: "question", agreed: true)
            }
            let history = try await store.history(teamID: team.id, path: path.description)
            let after = try await self.snapshot(team, of: record, language: language(request, record))
            if let file = workshop.file, file.teamID == team.id { try file.write(after.sheet, kit: after.kit) }
            if outcomes.isEmpty || { if case .conflict = outcomes[0] { true } else { false } }() {
                return Responses.html(
                    questionPage(
                        request, after, path: path, question: question, history: history, access: access,
                        notice: .problem(WorkshopWording.agreeConflict.text(in: language(request, record)))),
                    status: .conflict)
            }
            return Responses.redirect("/w/\(record.id)/team/q/\(path.description)?agreed=1")
        }
        router.get("/w/:workshop/team/glossary") { request, context -> Response in
            let record = try await workshopRecord(context)
            _ = try await member(request, record)
            return Responses.html(try glossaryPage(request, record: record))
        }
    }

    private func joinPage(
        _ request: Request, record: WorkshopRecord, team: TeamRecord, token: String, problem: Bool = false
    ) -> Markup {
        let language = language(request, record)
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let error: Markup = problem ? "<p class=\"error\" id=\"name-error\">\(say(.nameRequired))</p>" : .empty
        let invalid: Markup =
            problem
            ? " aria-invalid=\"true\" aria-describedby=\"name-hint name-error\"" : " aria-describedby=\"name-hint\""
        let closed: Markup = record.isClosed ? "<p class=\"notice\">\(say(.workshopClosed))</p>" : .empty
        return layout(request, language, title: say(.joinTitle(team.name))).page(
            """
            <h1>\(say(.joinTitle(team.name)))</h1>
            <p class="meta">\(record.title)</p>
            \(closed)
            <form method="post" action="/w/\(record.id)/join/\(token)">
            <input type="hidden" name="csrf" value="\(SecretToken.formToken(for: token))">
            <p><label for="name">\(say(.displayName)) <span class="required">\(say(.requiredMark))</span></label>
            <span class="hint" id="name-hint">\(say(.displayNameHint))</span>
            <input type="text" id="name" name="name" maxlength="80" autocomplete="name" aria-required="true"\(invalid)></p>
            \(error)
            <p><button type="submit">\(say(.joinButton))</button></p>
            </form>
            """)
    }

    func teamNavigation(_ base: String, _ language: Language, current: String) -> [PageLayout.Link] {
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        return [
            PageLayout.Link(title: say(.teamNav), href: base, current: current == "team"),
            PageLayout.Link(title: say(.documentsNav), href: base + "/documents", current: current == "documents"),
            PageLayout.Link(title: say(.glossaryNav), href: base + "/glossary", current: current == "glossary"),
        ]
    }

    /// A team's sections with their progress, its blocking points and where members differ.
    func teamOverview(
        _ request: Request, _ snapshot: TeamSnapshot, members: [MemberRecord], base: String, trainerView: Bool
    ) -> Markup {
        let language = snapshot.language
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let kit = snapshot.kit
        let text = { (localized: LocalizedText) in localized.resolve(language, fallbacks: kit.fallbacks) }
        let evaluation = snapshot.evaluation
        let sections = kit.sections.map { section -> Markup in
            let progress = evaluation.progress.sections.first { $0.section == section.id }
            let visible = progress?.visible ?? false
            let count: Markup =
                visible
                ? " <span class=\"meta\">\(say(.answeredOf(progress?.answered ?? 0, progress?.total ?? 0)))</span>"
                : " <span class=\"meta\">\(say(.sectionNotAsked))</span>"
            let title = text(section.title)
            return trainerView
                ? "<li>\(title)\(count)</li>" : "<li><a href=\"\(base)/s/\(section.id)\">\(title)</a>\(count)</li>"
        }
        // Each blocking point names its question by its label, linked to it for the team.
        let link = { (path: QuestionPath, text: String) -> Markup in
            trainerView
                ? Markup("\(text)")
                : Markup("<a href=\"\(base)/s/\(path.section)#\(FieldNames.id("q-" + path.description))\">\(text)</a>")
        }
        let label = { (path: QuestionPath) in kit.question(path).map { text($0.label) } ?? path.description }
        var problems: [Markup] = evaluation.missingRequired.map { path in
            "<li>\(link(path, say(.missingAnswer(label(path)))))</li>"
        }
        problems += evaluation.issues.filter { $0.kind == .outOfRange }.map { issue in
            "<li>\(link(issue.path, say(.labelled(label(issue.path), Self.withoutPath(issue.message, issue.path)))))</li>"
        }
        problems += evaluation.blockers.map { fired in
            let action: Markup = fired.action.map { Markup(" → \($0.description)") } ?? .empty
            return "<li>\(fired.message.description)\(action)</li>"
        }
        let blockers: Markup =
            problems.isEmpty ? "<p>\(say(.noBlockers))</p>" : "<ul>\(Array(problems.prefix(300)))</ul>"
        let divergent = snapshot.divergent.map { path -> Markup in
            let label = kit.question(path).map { text($0.label) } ?? path.description
            return trainerView ? "<li>\(label)</li>" : "<li><a href=\"\(base)/q/\(path.description)\">\(label)</a></li>"
        }
        let pending = snapshot.pending.map { path -> Markup in
            let label = kit.question(path).map { text($0.label) } ?? path.description
            return trainerView
                ? "<li>\(label)</li>"
                : "<li><a href=\"\(base)/s/\(path.section)#\(FieldNames.id("q-" + path.description))\">\(label)</a></li>"
        }
        let closed: Markup = snapshot.workshop.isClosed ? "<p class=\"notice\">\(say(.workshopClosed))</p>" : .empty
        let downloads: Markup =
            trainerView
            ? """
            <h2>\(say(.documentsNav))</h2><ul><li><a href="\(base)/documents.zip">\(say(.allDocumentsOfTeam))</a></li>\
            <li><a href="\(base)/answers.yaml">\(say(.answersFile))</a></li></ul>
            """
            : .empty
        let navigation =
            trainerView
            ? [PageLayout.Link(title: say(.dashboardNav), href: "/w/\(snapshot.workshop.id)/trainer")]
            : teamNavigation(base, language, current: "team")
        return layout(request, language, title: snapshot.team.name, navigation: navigation).page(
            """
            <h1>\(say(.teamTitle(snapshot.team.name)))</h1>
            <p class="meta">\(snapshot.workshop.title) — \(text(kit.title))</p>
            \(closed)
            <p><progress max="100" value="\(evaluation.progress.percent)" aria-label="\(say(.progressLabel))"></progress> \
            \(say(.answeredOf(evaluation.progress.answered, evaluation.progress.total)))</p>
            <h2>\(say(.membersHeading))</h2>
            \(members.isEmpty ? Markup("<p>\(say(.noMembers))</p>") : Markup("<ul>\(members.map { Markup("<li>\($0.name)</li>") })</ul>"))
            <h2>\(say(.sectionsHeading))</h2>
            <ol>\(sections)</ol>
            <h2>\(say(.blockersHeading(evaluation.blockingCount)))</h2>
            \(blockers)
            <h2>\(say(.divergencesHeading))</h2>
            \(divergent.isEmpty ? Markup("<p>\(say(.noDivergence))</p>") : Markup("<ul>\(divergent)</ul>"))
            <h2>\(say(.pendingHeading))</h2>
            \(pending.isEmpty ? Markup("<p>\(say(.noPending))</p>") : Markup("<ul>\(pending)</ul>"))
            \(downloads)
            """)
    }

    private func glossaryPage(_ request: Request, record: WorkshopRecord) throws -> Markup {
        let language = language(request, record)
        let kit = try kit(of: record)
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let text = { (localized: LocalizedText) in localized.resolve(language, fallbacks: kit.fallbacks) }
        let entries = kit.glossary.sorted { text($0.term) < text($1.term) }.map { entry -> Markup in
            "<dt id=\"\(FieldNames.id("g-" + entry.id))\">\(text(entry.term))</dt><dd>\(text(entry.definition))</dd>"
        }
        let base = "/w/\(record.id)/team"
        return layout(
            request, language, title: say(.glossaryNav), navigation: teamNavigation(base, language, current: "glossary")
        ).page(
            """
            <h1>\(say(.glossaryNav))</h1>
            \(entries.isEmpty ? Markup("<p>\(say(.noGlossary))</p>") : Markup("<dl>\(entries)</dl>"))
            """)
    }
}
