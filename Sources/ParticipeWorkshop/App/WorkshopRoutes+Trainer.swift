import Foundation
import Hummingbird
import ParticipeCore

extension WorkshopRoutes {
    func addTrainer(to router: Router<Context>) {
        router.get("/w/:workshop/trainer/:token") { _, context -> Response in
            try await checkAttempts(context)
            let record = try await workshopRecord(context)
            guard let token = context.parameters.get("token"), SecretToken.isWellFormed(token),
                try await store.isTrainer(workshopID: record.id, digest: SecretToken.digest(token))
            else { throw await failedAttempt(context) }
            var response = Responses.redirect("/w/\(record.id)/trainer")
            response.setCookie(Cookies.session(Cookies.trainer, value: token, path: "/w/\(record.id)"))
            return response
        }
        router.get("/w/:workshop/trainer") { request, context -> Response in
            let record = try await workshopRecord(context)
            let access = try await trainer(request, record)
            var notice: Notice?
            if let count = request.uri.queryParameters.get("imported").flatMap({ Int($0) }),
                let teamID = request.uri.queryParameters.get("team").map({ String($0) }),
                let team = try await store.teams(workshopID: record.id).first(where: { $0.id == teamID })
            {
                let text = WorkshopWording.imported(count: count, team: team.name).text(in: language(request, record))
                notice = .success(text)
            }
            return Responses.html(try await dashboard(request, record: record, access: access, notice: notice))
        }
        router.post("/w/:workshop/trainer/teams") { request, context -> Response in
            let (record, access, form) = try await trainerForm(request, context)
            let language = language(request, record)
            let name = (form["name"] ?? "").cleanedName
            let existing = try await store.teams(workshopID: record.id)
            let taken = existing.contains { $0.name.lowercased() == name.lowercased() }
            guard !name.isEmpty, name.count <= 100, existing.count < 100, !taken else {
                let problem: WorkshopWording = taken ? .teamNamesTwice : .teamNameRequired
                return Responses.html(
                    try await dashboard(
                        request, record: record, access: access, notice: .problem(problem.text(in: language))),
                    status: .unprocessableContent)
            }
            let token = SecretToken.make()
            let team = try await store.addTeam(workshopID: record.id, name: name, joinDigest: SecretToken.digest(token))
            return Responses.html(
                linksPage(
                    request, language, record: record, trainerLink: nil,
                    teamLinks: [(team: team, link: "/w/\(record.id)/join/\(token)")]))
        }
        router.post("/w/:workshop/trainer/teams/:team/link") { request, context -> Response in
            let (record, _, _) = try await trainerForm(request, context, whenClosed: true)
            let team = try await team(context, of: record)
            let token = SecretToken.make()
            try await store.replaceJoinLink(teamID: team.id, joinDigest: SecretToken.digest(token))
            return Responses.html(
                linksPage(
                    request, language(request, record), record: record, trainerLink: nil,
                    teamLinks: [(team: team, link: "/w/\(record.id)/join/\(token)")]))
        }
        router.post("/w/:workshop/trainer/language") { request, context -> Response in
            let (record, _, form) = try await trainerForm(request, context, whenClosed: true)
            guard let language = form["language"].flatMap({ Language(code: $0) }) else { throw PageFailure.badForm }
            try await store.setLanguage(language, workshopID: record.id)
            return Responses.redirect("/w/\(record.id)/trainer")
        }
        router.post("/w/:workshop/trainer/close") { request, context -> Response in
            let (record, access, form) = try await trainerForm(request, context, whenClosed: true)
            guard form["confirm"] == "1" else {
                return Responses.html(
                    try await dashboard(
                        request, record: record, access: access,
                        notice: .problem(WorkshopWording.confirmClosing.text(in: language(request, record)))),
                    status: .unprocessableContent)
            }
            try await store.closeWorkshop(id: record.id)
            return Responses.redirect("/w/\(record.id)/trainer")
        }
        router.post("/w/:workshop/trainer/teams/:team/import") { request, context -> Response in
            let (record, access, form) = try await trainerForm(request, context)
            // A file of the installed version would be taken for one of the earlier version by the migration.
            if frozen(record) == .awaitingMigration { throw PageFailure.awaitingMigration }
            let team = try await team(context, of: record)
            let language = language(request, record)
            let kit = try kit(of: record)
            do {
                let imported = try AnswersImport.imported(
                    from: form["answers"] ?? "", name: team.name + ".yaml", kit: kit, language: language)
                let saves = AnswersImport.saves(
                    for: imported.sheet, replacing: try await store.answers(teamID: team.id), kit: kit)
                _ = try await store.save(saves, teamID: team.id, member: nil, source: "import", agreed: false)
                let count = saves.filter { $0.value.isAnswered }.count
                guard let migration = imported.migration else {
                    return Responses.redirect("/w/\(record.id)/trainer?imported=\(count)&team=\(team.id)")
                }
                // A file of an earlier version was brought forward: the trainer sees what moved and what was kept
                // aside (the workshop stores only what fits the kit).
                let text = WorkshopWording.importedMigrated(
                    count: count, team: team.name, from: migration.from, to: migration.to)
                return Responses.html(
                    try await dashboard(
                        request, record: record, access: access, notice: .success(text.text(in: language)),
                        details: AnswersImport.lines(of: migration, language: language)))
            } catch let refusal as AnswersImport.Refusal {
                return Responses.html(
                    try await dashboard(
                        request, record: record, access: access,
                        notice: .problem(WorkshopWording.importRefused(team: team.name).text(in: language)),
                        details: refusal.messages),
                    status: .unprocessableContent)
            }
        }
        router.post("/w/:workshop/trainer/migrate") { request, context -> Response in
            let (record, access, _) = try await trainerForm(request, context)
            let language = language(request, record)
            let kit = try kit(of: record)
            let migrated: StoredAnswersMigration.Outcome?
            do {
                migrated = try await StoredAnswersMigration.migrate(record, kit: kit, store: store, language: language)
            } catch is SQLiteWorkshopStore.AnswersChangedMeanwhile {
                return Responses.html(
                    try await dashboard(
                        request, record: record, access: access,
                        notice: .problem(WorkshopWording.migrationInterrupted.text(in: language))),
                    status: .conflict)
            }
            // Nothing to do, or done meanwhile by another click: the dashboard says where things stand.
            guard let outcome = migrated, outcome.done || !outcome.refusals.isEmpty else {
                return Responses.redirect("/w/\(record.id)/trainer")
            }
            guard outcome.refusals.isEmpty else {
                let text = WorkshopWording.migrationRefused(from: outcome.from, to: outcome.to)
                return Responses.html(
                    try await dashboard(
                        request, record: record, access: access, notice: .problem(text.text(in: language)),
                        details: outcome.refusals),
                    status: .unprocessableContent)
            }
            let updated = try await workshopRecord(context)
            let text = WorkshopWording.answersMigrated(teams: outcome.teams.count, from: outcome.from, to: outcome.to)
            let details = outcome.teams.flatMap { team, report in
                AnswersImport.lines(of: report, language: language).map { "\(team.name) — \($0)" }
            }
            return Responses.html(
                try await dashboard(
                    request, record: updated, access: access, notice: .success(text.text(in: language)),
                    details: details))
        }
        router.get("/w/:workshop/trainer/export") { request, context -> Response in
            let record = try await workshopRecord(context)
            _ = try await trainer(request, record)
            let language = language(request, record)
            var snapshots: [TeamSnapshot] = []
            for team in try await store.teams(workshopID: record.id) {
                snapshots.append(try await snapshot(team, of: record, language: language))
            }
            return Responses.file(
                try WorkshopArchive.export(record, snapshots: snapshots),
                name: TeamDocuments.fileStem(record.title) + ".participe.json", type: "application/json")
        }
        router.get("/w/:workshop/trainer/answers.zip") { request, context -> Response in
            let record = try await workshopRecord(context)
            _ = try await trainer(request, record)
            let language = language(request, record)
            var files: [TeamDocuments.File] = []
            for team in try await store.teams(workshopID: record.id) {
                files.append(TeamDocuments.answers(try await snapshot(team, of: record, language: language)))
            }
            return Responses.file(
                try TeamDocuments.zip(uniqueNames(files)),
                name: TeamDocuments.fileStem(record.title) + "-" + WorkshopWording.answersZip.text(in: language)
                    + ".zip",
                type: "application/zip")
        }
        router.get("/w/:workshop/trainer/documents.zip") { request, context -> Response in
            let record = try await workshopRecord(context)
            _ = try await trainer(request, record)
            let language = language(request, record)
            var files: [TeamDocuments.File] = []
            var folders = Set<String>()
            for team in try await store.teams(workshopID: record.id) {
                let snapshot = try await snapshot(team, of: record, language: language)
                var folder = TeamDocuments.fileStem(team.name)
                while !folders.insert(folder).inserted { folder += "-\(team.position + 1)" }
                for file in try TeamDocuments.files(snapshot) + [TeamDocuments.answers(snapshot)] {
                    files.append(TeamDocuments.File(name: folder + "/" + file.name, data: file.data))
                }
            }
            return Responses.file(
                try TeamDocuments.zip(files), name: TeamDocuments.fileStem(record.title) + "-documents.zip",
                type: "application/zip")
        }
        router.get("/w/:workshop/trainer/teams/:team") { request, context -> Response in
            let record = try await workshopRecord(context)
            _ = try await trainer(request, record)
            let team = try await team(context, of: record)
            let language = language(request, record)
            let snapshot = try await snapshot(team, of: record, language: language)
            let members = try await store.members(teamID: team.id)
            return Responses.html(
                teamOverview(
                    request, snapshot, members: members, base: "/w/\(record.id)/trainer/teams/\(team.id)",
                    trainerView: true))
        }
    }

    /// Files with distinct names: a second team of the same name gets its position added.
    func uniqueNames(_ files: [TeamDocuments.File]) -> [TeamDocuments.File] {
        var used = Set<String>()
        return files.enumerated().map { index, file in
            var file = file
            if !used.insert(file.name).inserted {
                file.name = file.name.replacing(".yaml", with: "-\(index + 1).yaml")
                used.insert(file.name)
            }
            return file
        }
    }

    enum Notice {
        case success(String)
        case problem(String)

        var markup: Markup {
            switch self {
            case .success(let text): "<div class=\"notice success\" role=\"status\"><p>\(text)</p></div>"
            case .problem(let text): "<div class=\"notice problem\" role=\"alert\"><p>\(text)</p></div>"
            }
        }
    }

    func dashboard(
        _ request: Request, record: WorkshopRecord, access: Access, notice: Notice? = nil, details: [String] = []
    ) async throws -> Markup {
        let language = language(request, record)
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let kit = try kit(of: record)
        let teams = try await store.teams(workshopID: record.id)
        var snapshots: [TeamSnapshot] = []
        for team in teams { snapshots.append(try await snapshot(team, of: record, language: language)) }
        let base = "/w/\(record.id)/trainer"
        let sections = kit.sections
        let text = { (localized: LocalizedText) in localized.resolve(language, fallbacks: kit.fallbacks) }
        let header = sections.map { Markup("<th scope=\"col\">\(text($0.title))</th>") }
        let rows = snapshots.map { snapshot -> Markup in
            let evaluation = snapshot.evaluation
            let cells = sections.map { section -> Markup in
                guard let progress = evaluation.progress.sections.first(where: { $0.section == section.id }),
                    progress.visible
                else { return "<td class=\"meta\">—</td>" }
                return "<td class=\"number\">\(progress.answered)/\(progress.total)</td>"
            }
            let warnings = evaluation.firedRules.filter { $0.rule.severity == .warning }.count
            return """
                <tr><th scope="row"><a href="\(base)/teams/\(snapshot.team.id)">\(snapshot.team.name)</a></th>\
                <td class="number"><progress max="100" value="\(evaluation.progress.percent)" aria-label="\(say(.progressOf(snapshot.team.name)))"></progress> \(evaluation.progress.percent) %</td>\
                \(cells)<td class="number">\(evaluation.blockingCount)</td><td class="number">\(warnings)</td>\
                <td class="number">\(snapshot.divergent.count)</td><td class="number">\(snapshot.pending.count)</td></tr>
                """
        }
        let compared = request.uri.queryParameters.get("q").flatMap { QuestionPath(String($0)) }
        let questionOptions = kit.allQuestions.map { item -> Markup in
            let selected: Markup = item.path == compared ? " selected" : ""
            return
                "<option value=\"\(item.path.description)\"\(selected)>\(text(kit.section(item.path.section)?.title ?? LocalizedText(all: ""))) — \(text(item.question.label))</option>"
        }
        var comparison: Markup = .empty
        if let compared, let question = kit.question(compared) {
            let compareRows = snapshots.map { snapshot -> Markup in
                let answer = snapshot.answers[compared.description]
                let form = snapshot.form(for: question)
                let value =
                    answer?.pending == true
                    ? say(.notKnownYet) : form.shown(snapshot.sheet[compared], question)
                let agreed = answer?.agreed == true ? say(.agreedMark) : ""
                return
                    "<tr><th scope=\"row\">\(snapshot.team.name)</th><td>\(value)</td><td>\(answer?.memberName ?? "")</td><td>\(agreed)</td></tr>"
            }
            comparison = """
                <table><caption>\(text(question.label))</caption><thead><tr><th scope="col">\(say(.teamColumn))</th>\
                <th scope="col">\(say(.answerColumn))</th><th scope="col">\(say(.byColumn))</th><th scope="col">\(say(.agreedColumn))</th></tr></thead>
                <tbody>\(compareRows)</tbody></table>
                """
        }
        let linkForms = teams.map { team -> Markup in
            """
            <li>\(team.name) — <form class="inline" method="post" action="\(base)/teams/\(team.id)/link">\(access.hiddenToken)\
            <button type="submit" class="secondary">\(say(.newLinkButton(team.name)))</button></form></li>
            """
        }
        let importForms = teams.map { team -> Markup in
            let id = "import-\(team.id)"
            return """
                <form method="post" action="\(base)/teams/\(team.id)/import" enctype="multipart/form-data">\(access.hiddenToken)\
                <p><label for="\(id)">\(say(.importAnswersFor(team.name)))</label>\
                <input type="file" id="\(id)" name="answers" accept=".yaml,.yml"> <button type="submit" class="secondary">\(say(.importButton))</button></p></form>
                """
        }
        let languageOptions = Language.allCases.map { option -> Markup in
            let selected: Markup = record.language == option ? " selected" : ""
            return
                "<option value=\"\(option.code)\"\(selected)>\(WorkshopWording.languageName.text(in: option))</option>"
        }
        let closed: Markup =
            record.isClosed
            ? "<p class=\"notice\">\(say(.workshopClosed))</p>"
            : """
            <form method="post" action="\(base)/close">\(access.hiddenToken)
            <p class="choice"><input type="checkbox" id="confirm-close" name="confirm" value="1"> \
            <label class="choice" for="confirm-close">\(say(.confirmClosingBox))</label></p>
            <p><button type="submit" class="secondary">\(say(.closeWorkshop))</button></p></form>
            """
        let detailList: Markup =
            details.isEmpty ? .empty : "<pre class=\"diagnostics\">\(details.joined(separator: "\n"))</pre>"
        // Answers given with an earlier version of the kit: the trainer is offered to bring them forward.
        var versionNotice: Markup = .empty
        if let earlier = StoredAnswersMigration.earlierVersion(of: record, kit: kit), !record.isClosed {
            versionNotice =
                kit.migrations(from: earlier) == nil
                ? "<div class=\"notice problem\"><p>\(say(.noMigrationFrom(from: earlier, to: kit.version)))</p></div>"
                : """
                <div class="notice"><p>\(say(.answersOfEarlierVersion(from: earlier, to: kit.version)))</p>
                <form method="post" action="\(base)/migrate">\(access.hiddenToken)\
                <p><button type="submit">\(say(.migrateButton(to: kit.version)))</button></p></form></div>
                """
        }
        let nav = [
            PageLayout.Link(title: say(.dashboardNav), href: base, current: true)
        ]
        return layout(request, language, title: say(.dashboardTitle(record.title)), navigation: nav).page(
            """
            <h1>\(say(.dashboardTitle(record.title)))</h1>
            <p class="meta">\(text(kit.title))</p>
            \(notice?.markup)\(detailList)\(versionNotice)
            <section aria-labelledby="progress-heading" data-refresh="10">
            <h2 id="progress-heading">\(say(.progressHeading))</h2>
            <table><caption>\(say(.progressCaption))</caption><thead><tr><th scope="col">\(say(.teamColumn))</th>\
            <th scope="col">\(say(.overallColumn))</th>\(header)<th scope="col">\(say(.blockersColumn))</th>\
            <th scope="col">\(say(.warningsColumn))</th><th scope="col">\(say(.divergencesColumn))</th>\
            <th scope="col">\(say(.pendingColumn))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <p><a href="\(base)">\(say(.refresh))</a></p>
            </section>
            <h2 id="compare">\(say(.compareHeading))</h2>
            <form method="get" action="\(base)#compare"><p><label for="q">\(say(.compareQuestion))</label>
            <select id="q" name="q">\(questionOptions)</select> <button type="submit">\(say(.compareButton))</button></p></form>
            \(comparison)
            <h2>\(say(.downloadsHeading))</h2>
            <ul><li><a href="\(base)/documents.zip">\(say(.allDocuments))</a></li>\
            <li><a href="\(base)/answers.zip">\(say(.allAnswers))</a></li>\
            <li><a href="\(base)/export">\(say(.exportWorkshop))</a></li></ul>
            <h2>\(say(.teamsHeading))</h2>
            <form method="post" action="\(base)/teams">\(access.hiddenToken)
            <p><label for="team-name">\(say(.teamName))</label><input type="text" id="team-name" name="name" maxlength="100">
            <button type="submit">\(say(.addTeam))</button></p></form>
            <p class="hint">\(say(.newLinkHint))</p>
            <ul>\(linkForms)</ul>
            <h3>\(say(.importAnswersHeading))</h3>
            \(importForms)
            <h2>\(say(.workshopLanguageHeading))</h2>
            <form method="post" action="\(base)/language">\(access.hiddenToken)
            <p><label for="workshop-language">\(say(.fieldLanguage))</label>
            <select id="workshop-language" name="language">\(languageOptions)</select>
            <button type="submit" class="secondary">\(say(.changeLanguage))</button></p></form>
            <h2>\(say(.closeHeading))</h2>
            \(closed)
            """)
    }
}
