import ParticipeCore

/// An answers file brought into a team: read and checked as `check` reads it; the messages, compiler style,
/// say what is wrong and where.
enum AnswersImport {
    struct Refusal: Error {
        var messages: [String]
    }

    /// The answers of a file, brought forward first when they were written for an earlier version of the kit
    /// that its migrations know.
    struct Imported {
        var sheet: AnswerSheet
        /// What the migration did, when there was one.
        var migration: AnswersMigration.Report?
    }

    static func sheet(from text: String, name: String, kit: Kit, language: Language) throws(Refusal) -> AnswerSheet {
        try imported(from: text, name: name, kit: kit, language: language).sheet
    }

    static func imported(from text: String, name: String, kit: Kit, language: Language) throws(Refusal) -> Imported {
        var texts = SourceTexts()
        do throws(DiagnosticList) {
            let read = try AnswersFile.read(text: text, path: name, language: language, texts: &texts)
            guard read.kitID == kit.id else {
                throw DiagnosticList([
                    Diagnostic(WorkshopWording.answersOfAnotherKit(read.kitID, wanted: kit.id), in: language, at: nil)
                ])
            }
            let (file, report) = try read.broughtForward(to: kit, language: language, texts: &texts)
            let decoded = try file.decodeValid(for: kit, messages: language)
            let errors = decoded.invalid.filter { $0.severity == .error }
            guard errors.isEmpty else { throw DiagnosticList(errors) }
            return Imported(sheet: decoded.sheet, migration: report)
        } catch {
            throw Refusal(messages: texts.render(error.diagnostics, language: language))
        }
    }

    /// What a migration did, as lines for the trainer: what moved, what changed, and the answers kept aside with
    /// their text, which the workshop does not store.
    static func lines(of report: AnswersMigration.Report, language: Language) -> [String] {
        var lines = report.moved.map { "\($0.from) → \($0.to)" }
        lines += report.converted.map {
            WorkshopWording.migratedConverted($0.path.description, before: $0.before, after: $0.after).text(
                in: language)
        }
        for aside in report.keptAside {
            lines.append(MigrationWording.reason(aside.path, aside.reason).text(in: language))
            lines += aside.lines.map { "    " + $0 }
        }
        return lines
    }

    /// The saves that make a team's answers those of `sheet`, questions absent from it cleared.
    static func saves(for sheet: AnswerSheet, replacing current: [TeamAnswer], kit: Kit) -> [AnswerSave] {
        var saves: [AnswerSave] = []
        // An empty list the file writes `[]` is kept as it is, so that writing the file back leaves its line alone.
        // Where each answer comes from travels with it: its source, its flag and who gave it.
        for (path, _) in kit.allQuestions where sheet.values[path] != nil {
            let provenance = sheet.provenance[path] ?? AnswerProvenance()
            saves.append(
                AnswerSave(
                    path: path.description, value: sheet[path], seenVersion: nil, answerSource: provenance.source,
                    toConfirm: provenance.toConfirm, givenBy: provenance.by, givenOn: provenance.date))
        }
        for path in kit.allQuestions.map(\.path) where sheet.pending.contains(path) && sheet.values[path] == nil {
            saves.append(AnswerSave(path: path.description, value: .null, seenVersion: nil, pending: true))
        }
        let given = Set(saves.map(\.path))
        for answer in current where !given.contains(answer.path) && (answer.value.isAnswered || answer.pending) {
            saves.append(AnswerSave(path: answer.path, value: .null, seenVersion: nil))
        }
        return saves
    }
}
