import Foundation
import Hummingbird
import ParticipeCore

/// What saving a section's form gave: the answers written, the ones refused and why, the conflicts.
struct SectionSave: Sendable {
    var saved: [QuestionPath: Int] = [:]
    /// The digests of the values written, for the autosave script to know what the page now shows.
    var digests: [QuestionPath: String] = [:]
    var problems: [QuestionPath: [String]] = [:]
    /// Values typed here that a save by someone else overtook: their answer and the value typed.
    var conflicts: [QuestionPath: (current: TeamAnswer, mine: Value)] = [:]
    /// Values refused, kept to show them back in their fields, with the source and the flag typed beside them.
    var typed: [QuestionPath: Value] = [:]
    var typedOrigins: [QuestionPath: (source: String?, toConfirm: Bool)] = [:]
    /// The rules that fired before the save, to show only the new ones under their answers.
    var firedBefore: Set<String> = []
    /// Nothing was saved, and why: the workshop was closed meanwhile, or its answers wait for a migration.
    var refused: PageFailure?

    static let saved = SectionSave()
}

extension WorkshopRoutes {
    /// Reads the section's form, checks each answer as `check` does, and saves those that changed.
    func saveSection(_ section: Section, form: FormData, snapshot: TeamSnapshot, member: MemberRecord) async throws
        -> SectionSave
    {
        var outcome = try await writeSection(section, form: form, snapshot: snapshot, member: member)
        // The rules that fired before the save, evaluated only when a page shows the save's problems.
        if !outcome.problems.isEmpty || !outcome.conflicts.isEmpty {
            outcome.firedBefore = Set(snapshot.evaluation.firedRules.map(\.rule.id))
        }
        return outcome
    }

    private func writeSection(_ section: Section, form: FormData, snapshot: TeamSnapshot, member: MemberRecord)
        async throws
        -> SectionSave
    {
        var outcome = SectionSave()
        var saves: [AnswerSave] = []
        for (question, path, reader) in carried(section, form: form, snapshot: snapshot) {
            let (value, problems) = reader.value(of: question, at: path)
            // "Not known yet": no value, and a reminder; a value typed as well is kept instead.
            let pending = reader.isMarkedUnknown(path) && !value.isAnswered && problems.isEmpty
            if problems.isEmpty, reader.isUntouched(value, pending: pending, question: question, at: path) {
                continue
            }
            let origin = (source: reader.answerSource(path), toConfirm: reader.isMarkedToConfirm(path))
            // A source or a flag goes with an answer: with none, it would be dropped without a word.
            if !value.isAnswered, problems.isEmpty, origin.source != nil || origin.toConfirm {
                outcome.problems[path] = [WorkshopWording.originWithoutAnswer.text(in: snapshot.language)]
                outcome.typed[path] = value
                outcome.typedOrigins[path] = origin
                continue
            }
            if pending {
                saves.append(
                    AnswerSave(
                        path: path.description, value: .null, seenVersion: reader.seenVersion(path), pending: true))
                continue
            }
            if !problems.isEmpty {
                outcome.problems[path] = problems
                outcome.typed[path] = value
                outcome.typedOrigins[path] = origin
                continue
            }
            // Required answers left empty are not refused here: the section can be saved half done, and the
            // diagnostic lists what is missing.
            let found =
                value.isAnswered
                ? InterviewSession.problems(
                    of: value, at: path, kit: snapshot.kit, sheet: snapshot.sheet, language: snapshot.language,
                    today: snapshot.today) : []
            if !found.isEmpty {
                outcome.problems[path] = found.map { Self.withoutPath($0, path) }
                outcome.typed[path] = value
                outcome.typedOrigins[path] = origin
                continue
            }
            saves.append(
                AnswerSave(
                    path: path.description, value: value, seenVersion: reader.seenVersion(path),
                    answerSource: origin.source, toConfirm: origin.toConfirm, givenOn: snapshot.today))
        }
        guard !saves.isEmpty else { return outcome }
        let results = try await store.save(
            saves, teamID: snapshot.team.id, member: member, source: "section:\(section.id)", agreed: false)
        for (save, result) in zip(saves, results) {
            guard let path = QuestionPath(save.path) else { continue }
            switch result {
            case .saved(let version), .unchanged(let version):
                outcome.saved[path] = version
                outcome.digests[path] = FieldNames.digest(
                    save.value, pending: save.pending, question: snapshot.kit.question(path), source: save.answerSource,
                    toConfirm: save.toConfirm)
            case .conflict(let current): outcome.conflicts[path] = (current, save.value)
            }
        }
        if let file = workshop.file, file.teamID == snapshot.team.id {
            let after = try await self.snapshot(snapshot.team, of: snapshot.workshop, language: snapshot.language)
            try file.write(after.sheet, kit: after.kit)
        }
        return outcome
    }

    /// What the form holds, read back to be shown when nothing can be saved (the workshop was closed, or its
    /// answers wait for a migration).
    func typedValues(_ section: Section, form: FormData, snapshot: TeamSnapshot) -> SectionSave {
        var outcome = SectionSave()
        outcome.refused = frozen(snapshot.workshop) ?? .closed
        for (question, path, reader) in carried(section, form: form, snapshot: snapshot) {
            outcome.typed[path] = reader.value(of: question, at: path).0
            outcome.typedOrigins[path] = (reader.answerSource(path), reader.isMarkedToConfirm(path))
        }
        return outcome
    }

    /// The questions of `section` the form carries (a page only posts what it showed), each with its reader.
    private func carried(_ section: Section, form: FormData, snapshot: TeamSnapshot) -> [(
        question: Question, path: QuestionPath, reader: FormAnswers
    )] {
        section.questions.compactMap { question in
            let path = QuestionPath(section.id, question.id)
            let reader = FormAnswers(
                kit: snapshot.kit, language: snapshot.language, criteria: snapshot.criteria(question),
                requirements: snapshot.requirements(question), form: form)
            return reader.carries(path) ? (question, path, reader) : nil
        }
    }

    /// The warnings `check` gives about `path` that no rule words: the offers to review under a matrix's candidates,
    /// the facts to check under the answer that dates them.
    static func warnings(about path: QuestionPath, in evaluation: Evaluation) -> [String] {
        let kit = evaluation.kit
        var warnings: [String] = []
        if kit.matrices.contains(where: { $0.candidates == path }) {
            warnings += evaluation.offersToReview.map(\.message)
        }
        let dating = kit.factsDate?.references.contains { $0.path.prefix(2).joined(separator: ".") == path.description }
        if dating == true { warnings += evaluation.factsNotInForce.map(\.message) }
        return warnings
    }

    /// `check` prefixes its messages with the question's path; beside the field, the path says nothing more.
    static func withoutPath(_ message: String, _ path: QuestionPath) -> String {
        let prefix = path.description + ": "
        return message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
    }

    /// What the autosave script gets: the versions now held, and a sentence for its status line.
    func autosaveResponse(_ outcome: SectionSave, language: Language) -> Response {
        var versions: [String: String] = [:]
        var shown: [String: String] = [:]
        for (path, version) in outcome.saved { versions[FieldNames.version(path.description)] = String(version) }
        for (path, digest) in outcome.digests { shown[FieldNames.shown(path.description)] = digest }
        let message: WorkshopWording =
            !outcome.conflicts.isEmpty
            ? .autosaveConflict : outcome.problems.isEmpty ? .autosaved(outcome.saved.count) : .autosaveProblems
        return Responses.json(["versions": versions, "shown": shown, "message": message.text(in: language)])
    }

    func sectionPage(
        _ request: Request, _ snapshot: TeamSnapshot, section: Section, access: Access, saved: SectionSave?
    ) -> Markup {
        let language = snapshot.language
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let kit = snapshot.kit
        let evaluation = snapshot.evaluation
        let text = { (localized: LocalizedText) in localized.resolve(language, fallbacks: kit.fallbacks) }
        let base = "/w/\(snapshot.workshop.id)/team"
        let visible = Set(evaluation.visibleQuestions)
        var questions: [Markup] = []
        var errorLinks: [Markup] = []
        for question in section.questions {
            let path = QuestionPath(section.id, question.id)
            let key = path.description
            let answer = snapshot.answers[key]
            guard visible.contains(path) else {
                // An answer hidden by a condition is kept, and said to be unused.
                if snapshot.sheet[path].isAnswered {
                    questions.append(
                        "<p class=\"meta\">\(say(.hiddenAnswer(text(question.label))))</p>")
                }
                continue
            }
            let form = snapshot.form(for: question)
            var state = QuestionForm.State()
            state.value = saved?.typed[path] ?? saved?.conflicts[path]?.mine ?? snapshot.sheet[path]
            state.stored = snapshot.sheet[path]
            state.version = answer?.version ?? 0
            state.pending = answer?.pending ?? false
            // What the stored answer rests on, or what was typed beside a value refused.
            let typedOrigin = saved?.typedOrigins[path]
            state.answerSource = typedOrigin.map(\.source) ?? answer?.answerSource
            state.toConfirm = typedOrigin?.toConfirm ?? answer?.toConfirm ?? false
            state.agreed = answer?.agreed ?? false
            state.problems =
                saved?.problems[path]
                ?? evaluation.issues.filter { $0.path == path && $0.kind == .outOfRange }.map {
                    Self.withoutPath($0.message, path)
                }
            state.conflict = saved?.conflicts[path]
            state.divergence = snapshot.divergence(path)
            state.historyHref = "\(base)/q/\(key)"
            state.fired = evaluation.firedRules.filter { fired in
                fired.rule.concerns.contains(path)
                    && (saved.map { !$0.firedBefore.contains(fired.rule.id) || $0.saved[path] == nil } ?? true)
            }
            state.warnings = Self.warnings(about: path, in: evaluation)
            if state.conflict != nil {
                // The version the conflict was found against: saving again replaces their answer knowingly.
                state.version = saved?.conflicts[path]?.current.version ?? state.version
            }
            if !state.problems.isEmpty || state.conflict != nil {
                errorLinks.append(
                    "<li><a href=\"#\(FieldNames.id("q-" + key))\">\(text(question.label))</a></li>")
            }
            questions.append(
                form.render(question, path: path, state: state, required: evaluation.isRequired(path)))
        }
        var notice: Markup = .empty
        if let saved, let refused = saved.refused {
            let text = refused == .closed ? say(.closedWhileTyping) : say(.awaitingMigrationRefusal)
            notice = """
                <div class="notice problem" role="alert" id="saved" tabindex="-1"><p>\(text)</p></div>
                """
        } else if let saved, saved.problems.count + saved.conflicts.count > 0 {
            let count = saved.problems.count + saved.conflicts.count
            notice = """
                <div class="notice problem" role="alert" id="saved" tabindex="-1"><h2>\(say(.saveProblems(count)))</h2>\
                <ul>\(errorLinks)</ul></div>
                """
        } else if saved != nil {
            notice =
                "<div class=\"notice success\" role=\"status\" id=\"saved\" tabindex=\"-1\"><p>\(say(.savedNotice))</p></div>"
        }
        let intro = evaluation.render(section.intro)?.description ?? ""
        let misconceptions = kit.misconceptions.filter { $0.sections.contains(section.id) }.map { item -> Markup in
            "<details><summary>\(say(.misconception)) \(text(item.claim))</summary><p>\(text(item.answer))</p></details>"
        }
        let index = kit.sections.firstIndex { $0.id == section.id } ?? 0
        let visibleSections = kit.sections.filter { !evaluation.hiddenSections.contains($0.id) }
        let position = visibleSections.firstIndex { $0.id == section.id }
        let previous = position.flatMap { $0 > 0 ? visibleSections[$0 - 1] : nil }
        let next = position.flatMap { $0 + 1 < visibleSections.count ? visibleSections[$0 + 1] : nil }
        var links: [Markup] = []
        if let previous {
            links.append("<a href=\"\(base)/s/\(previous.id)\">← \(text(previous.title))</a>")
        }
        if let next { links.append("<a href=\"\(base)/s/\(next.id)\">\(text(next.title)) →</a>") }
        let frozen = frozen(snapshot.workshop)
        let submit: Markup =
            frozen != nil
            ? "<p class=\"notice\">\(say(frozen == .closed ? .workshopClosed : .awaitingMigrationRefusal))</p>"
            : "<p class=\"actions\"><button type=\"submit\">\(say(.saveButton))</button> <span id=\"autosave-status\" role=\"status\" class=\"meta\"></span></p>"
        let hiddenNote: Markup =
            evaluation.hiddenSections.contains(section.id) ? "<p class=\"notice\">\(say(.sectionNotAsked))</p>" : .empty
        let title = text(section.title)
        return layout(request, language, title: title, navigation: teamNavigation(base, language, current: "")).page(
            """
            <h1>\(say(.sectionHeading(number: index + 1, title: title)))</h1>
            <p class="meta">\(snapshot.team.name)</p>
            \(notice)\(hiddenNote)
            \(intro.isEmpty ? Markup.empty : Markup("<p>\(intro)</p>"))\(misconceptions)
            <p class="hint">\(say(.requiredExplained))</p>
            <form method="post" action="\(base)/s/\(section.id)" data-autosave data-autosave-failed="\(say(.autosaveFailed))">
            \(access.hiddenToken)
            \(questions)
            \(submit)
            </form>
            <nav aria-label="\(say(.sectionsNavigation))"><p class="actions">\(links)</p></nav>
            """)
    }

    func questionPage(
        _ request: Request, _ snapshot: TeamSnapshot, path: QuestionPath, question: Question, history: [AnswerEvent],
        access: Access, notice: Notice? = nil
    ) -> Markup {
        let language = snapshot.language
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let form = snapshot.form(for: question)
        let base = "/w/\(snapshot.workshop.id)/team"
        let label = question.label.resolve(language, fallbacks: snapshot.kit.fallbacks)
        let answer = snapshot.answers[path.description]
        let proposals = snapshot.proposals[path.description] ?? []
        let current = snapshot.sheet[path]
        let closed = frozen(snapshot.workshop) != nil
        var options: [Markup] = proposals.enumerated().map { index, proposal in
            let id = "choice-\(index)"
            return """
                <p class="choice"><input type="radio" id="\(id)" name="choice" value="\(FieldNames.digest(proposal.value))"> \
                <label class="choice" for="\(id)">\(say(.memberSaid(proposal.memberName))) <strong>\(form.shown(proposal.value, question))</strong></label></p>
                """
        }
        options.append(
            """
            <p class="choice"><input type="radio" id="choice-current" name="choice" value="\(FieldNames.digest(current))" checked> \
            <label class="choice" for="choice-current">\(say(.currentAnswer)) <strong>\(form.shown(current, question))</strong></label></p>
            """)
        let agreeForm: Markup =
            closed
            ? .empty
            : """
            <form method="post" action="\(base)/q/\(path.description)">\(access.hiddenToken)
            <input type="hidden" name="version" value="\(answer?.version ?? 0)">
            <fieldset><legend>\(say(.agreeLegend))</legend>\(options)</fieldset>
            <p><button type="submit">\(say(.agreeButton))</button></p></form>
            """
        let timeFormatter = EventTime(language: language)
        let source = { (source: String) -> String in
            if source.hasPrefix("section:"),
                let section = snapshot.kit.section(String(source.dropFirst("section:".count)))
            {
                return say(.sectionSource(section.title.resolve(language, fallbacks: snapshot.kit.fallbacks)))
            }
            return say(.source(source))
        }
        let rows = history.reversed().map { event -> Markup in
            let value = event.pending ? say(.notKnownYet) : form.shown(event.value, question)
            return """
                <tr><td>\(timeFormatter.text(event.at))</td><td>\(event.memberName ?? say(.importedBy))</td>\
                <td>\(say(.eventKind(event.kind)))</td><td>\(value)</td><td>\(source(event.source))</td></tr>
                """
        }
        let agreed: Markup =
            answer?.agreed == true ? Markup("<p class=\"notice success\">\(say(.agreedMark))</p>") : .empty
        return layout(request, language, title: label, navigation: teamNavigation(base, language, current: "")).page(
            """
            <h1>\(label)</h1>
            \(notice?.markup)
            <p><a href="\(base)/s/\(path.section)#\(FieldNames.id("q-" + path.description))">\(say(.backToSection))</a></p>
            \(agreed)
            <h2>\(say(.proposalsHeading))</h2>
            \(agreeForm)
            <h2>\(say(.historyHeading))</h2>
            \(rows.isEmpty ? Markup("<p>\(say(.noHistory))</p>") : Markup("""
            <table><caption>\(say(.historyCaption))</caption><thead><tr><th scope="col">\(say(.whenColumn))</th><th scope="col">\(say(.byColumn))</th>\
            <th scope="col">\(say(.whatColumn))</th><th scope="col">\(say(.answerColumn))</th><th scope="col">\(say(.pageColumn))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """))
            """)
    }
}

/// A moment of a question's history, in the server's time zone: `7 décembre 2026, 14:05`.
struct EventTime {
    let language: Language

    func text(_ date: Date) -> String {
        let calendar = Calendar(identifier: .gregorian)
        let parts = calendar.dateComponents(in: TimeZone.current, from: date)
        let day = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        let dayText = day.map { ValueFormatter(language: language).date($0) } ?? ""
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return dayText + ", " + clock
    }
}
