import ParticipeCore

/// An answers file brought into a team: read and checked as `check` reads it; the messages, compiler style,
/// say what is wrong and where.
enum AnswersImport {
    struct Refusal: Error {
        var messages: [String]
    }

    static func sheet(from text: String, name: String, kit: Kit, language: Language) throws(Refusal) -> AnswerSheet {
        var texts = SourceTexts()
        do throws(DiagnosticList) {
            let file = try AnswersFile.read(text: text, path: name, language: language, texts: &texts)
            guard file.kitID == kit.id else {
                throw DiagnosticList([
                    Diagnostic(WorkshopWording.answersOfAnotherKit(file.kitID, wanted: kit.id), in: language, at: nil)
                ])
            }
            let decoded = try file.decodeValid(for: kit, messages: language)
            let errors = decoded.invalid.filter { $0.severity == .error }
            guard errors.isEmpty else { throw DiagnosticList(errors) }
            return decoded.sheet
        } catch {
            throw Refusal(messages: texts.render(error.diagnostics, language: language))
        }
    }

    /// The saves that make a team's answers those of `sheet`, questions absent from it cleared.
    static func saves(for sheet: AnswerSheet, replacing current: [TeamAnswer], kit: Kit) -> [AnswerSave] {
        var saves: [AnswerSave] = []
        // An empty list the file writes `[]` is kept as it is, so that writing the file back leaves its line alone.
        for (path, _) in kit.allQuestions where sheet.values[path] != nil {
            saves.append(AnswerSave(path: path.description, value: sheet[path], seenVersion: nil))
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
