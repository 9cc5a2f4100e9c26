import ParticipeCore

/// Brings a workshop's stored answers forward when its kit has a new version: each team's answers are written as
/// an answers file of the version they were given for, migrated as `participe migrate` migrates a file, and saved
/// back; answers at a question's former place are cleared (they stay in the history), and what the migration kept
/// aside is shown to the trainer.
///
/// All teams or none: should one team's answers not come through (an answer that does not fit once converted),
/// nothing is saved and the workshop stays at its version, with the reasons. The saves and the new version are
/// one transaction, each save against the version of the answer it read: a save made meanwhile, or a second
/// migration, undoes it or finds it done.
enum StoredAnswersMigration {
    struct Outcome {
        var from: String
        var to: String
        /// Each team with what its migration did.
        var teams: [(team: TeamRecord, report: AnswersMigration.Report)]
        /// Why teams could not be brought forward; empty when every team was.
        var refusals: [String]
        /// False when another migration of the same workshop had been done meanwhile.
        var done = false
    }

    /// The earlier version `workshop`'s answers are for, when `kit` is at another one; nil when they are current,
    /// or not known (a workshop created before versions were kept, until `serve` records the installed one).
    static func earlierVersion(of workshop: WorkshopRecord, kit: Kit) -> String? {
        guard let version = workshop.kitVersion, version != kit.version else { return nil }
        return version
    }

    static func migrate(
        _ workshop: WorkshopRecord, kit: Kit, store: any WorkshopStore, language: Language
    ) async throws -> Outcome? {
        guard let version = earlierVersion(of: workshop, kit: kit), kit.migrations(from: version) != nil else {
            return nil
        }
        var outcome = Outcome(from: version, to: kit.version, teams: [], refusals: [])
        var plans: [(team: TeamRecord, saves: [AnswerSave])] = []
        for team in try await store.teams(workshopID: workshop.id) {
            let answers = try await store.answers(teamID: team.id)
            let text = earlierFile(answers, version: version, language: workshop.language, kit: kit)
            let name = team.name + ".yaml"
            do {
                let migrated = try AnswersMigration.migrate(text: text, path: name, kit: kit, language: language)
                var texts = SourceTexts()
                let file = try AnswersFile.read(text: migrated.text, path: name, language: language, texts: &texts)
                let decoded = try file.decodeValid(for: kit, messages: language)
                let errors = decoded.invalid.filter { $0.severity == .error }
                guard errors.isEmpty else {
                    outcome.refusals += errors.map { "\(team.name) — \($0.message)" }
                    continue
                }
                let versions = Dictionary(answers.map { ($0.path, $0.version) }, uniquingKeysWith: { _, last in last })
                var saves = AnswersImport.saves(for: decoded.sheet, replacing: answers, kit: kit)
                for index in saves.indices { saves[index].seenVersion = versions[saves[index].path] ?? 0 }
                plans.append((team, saves))
                outcome.teams.append((team, migrated.report))
            } catch {
                outcome.refusals += error.diagnostics.map { "\(team.name) — \($0.message)" }
            }
        }
        guard outcome.refusals.isEmpty else { return outcome }
        outcome.done = try await store.bringForward(
            workshopID: workshop.id, from: version, to: kit.version, saves: plans.map { ($0.team.id, $0.saves) })
        return outcome
    }

    /// A team's stored answers as an answers file of `version`, with what was left for later and where each
    /// answer comes from.
    static func earlierFile(_ answers: [TeamAnswer], version: String, language: Language, kit: Kit) -> String {
        var values: [QuestionPath: Value] = [:]
        var pending: Set<QuestionPath> = []
        var provenance: [QuestionPath: AnswerProvenance] = [:]
        for answer in answers {
            guard let path = QuestionPath(answer.path) else { continue }
            if answer.pending {
                pending.insert(path)
            } else if answer.value.isAnswered {
                values[path] = answer.value
                let origin = answer.provenance
                if !origin.isEmpty { provenance[path] = origin }
            }
        }
        return AnswersMigration.earlierFile(
            of: values, pending: pending, provenance: provenance, version: version, language: language, kit: kit)
    }
}
