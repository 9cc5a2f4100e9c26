import ParticipeCore

extension CommandMessage {
    var english: String {
        switch self {
        case .kitInvalid(let directory, let errors): "the kit '\(directory)' is invalid (\(errors) error(s))"
        case .answersInvalid(let path, let errors): "\(path): invalid answers (\(errors) error(s))"

        case .answersOfAnotherKit(let file, let kit, let wanted): "'\(file)' answers the kit '\(kit)', not '\(wanted)'"
        case .answersFileMissing(let file): "'\(file)' does not exist: participe ask --kit <kit> -o \(file) to start"
        case .answersSaved(let file, let arguments): "Answers saved in \(file). To resume: participe ask \(arguments)"
        case .questionnaireComplete: "Questionnaire complete."
        case .generateNow: "Generate the documents now? [y/N]"
        case .generateLater(let file, let documents): "Later: participe generate \(file) -o \(documents)"

        case .dateExpected(let text): "--date expects a date YYYY-MM-DD that exists (got '\(text)')"
        case .askNeedsAFileOrAKit: "give an answers file or --kit (participe ask --kit <kit> -o answers.yaml)"
        case .resumedAnswersStayInTheirFile: "resumed answers are saved in their own file: drop -o"
        case .unknownDocumentFormat(let name):
            "unknown format '\(name)': md, html, docx, odt, pdf, csv, xlsx, ods or all, comma-separated"
        case .referenceDocumentMissing(let path): "--reference-doc: '\(path)' does not exist"
        case .referenceDocument(let problem): "--reference-doc: \(problem)"
        case .cannotWrite(let folder, let reason): "cannot write to '\(folder)': \(reason)"
        case .blockingPoints(let count):
            "note: \(count) blocking point(s); the documents show them (see participe check)"
        case .finalRefused(let blockers):
            "--final: \(blockers) blocking point(s) remain; no document written (see participe check)"

        case .portOutOfRange(let port): "--port expects a number from 0 to 65535 (got \(port))"
        case .openToNetwork(let host):
            "warning: the workshop listens on \(host), reachable from other machines of the network; links stay secret, but traffic is not encrypted"
        case .cannotOpenData(let folder, let reason): "cannot open the workshop's database in '\(folder)': \(reason)"
        case .organiserLink(let link): "Workshop ready. Organiser's link (create and lead workshops): \(link)"
        case .fileLink(let link): "File opened in the browser: \(link)"
        case .stopWithControlC: "Ctrl-C to stop; every answer saved is kept."
        case .serverStopped(let reason): "the server stopped: \(reason)"
        case .fileExists(let file): "'\(file)' already exists: use --force to replace it"

        case .noKitFound(let folders): "No kit found in: \(folders)"
        case .kitHeading(let id, let version, let title): "\(id) (version \(version)) — \(title)"
        case .kitLanguages(let languages, let directory): "languages: \(languages) · \(directory)"
        case .kitCounts(let sections, let questions, let rules, let computed, let documents):
            "\(sections) sections, \(questions) questions, \(rules) rules, \(computed) computed values, "
                + "\(documents) document\(documents == 1 ? "" : "s")"
        case .kitCatalogues(let catalogues): "catalogues: \(catalogues)"

        case .checkHeading(let file, let kit, let version, let answered, let total, let percent):
            "\(file) — \(kit) v\(version) — \(answered)/\(total) questions answered (\(percent)%)"
        case .gridLevel(let title, let level, let iap2): "\(title): \(level)" + (iap2.map { " (IAP2: \($0))" } ?? "")
        case .gridAim(let declared, let gap): " · aimed at: \(declared), \(gap) step(s) apart"
        case .answersToConfirm(let count): "Answers given, to be confirmed (\(count))"
        case .rulesToCheck(let count): "Rules to check (\(count))"
        case .offersToReview(let count): "Offers to review (\(count))"
        case .answersToFix(let count): "Answers to complete or correct (\(count))"
        case .findings(let severity):
            switch severity {
            case .blocker: "Blockers"
            case .warning: "Warnings"
            case .advice: "Advice"
            }
        case .concerns(let paths): "concerns: \(paths)"
        case .unknownCatalogue(let kit, let catalogue, let known):
            "error: the kit '\(kit)' has no catalogue '\(catalogue)' (catalogues: \(known.joined(separator: ", ")))"
        case .follows(let cause): "follows from [\(cause)]: deal with that one first"
        case .firstSteps(let count):
            count == 1 ? "The thing to do first" : "The \(count == 2 ? "two" : "three") things to do first"
        case .checkSummary(let blockers, let warnings, let advice, let answers):
            "Summary: \(blockers) blocker(s)"
                + (answers > 0 ? " (\(answers) of them answers to complete or correct)" : "")
                + ", \(warnings) warning(s), \(advice) advice"

        case .lintSummary(
            let kit, let sections, let questions, let rules, let items, let documents, let warnings, let notes):
            "\(kit): \(sections) sections, \(questions) questions, \(rules) rules, \(items) catalogue items, "
                + "\(documents) documents" + (warnings == 0 ? "" : ", \(warnings) warning(s)")
                + (notes == 0 ? "" : ", \(notes) note(s)")
        case .lintErrors(let directory, let errors): "\(directory): \(errors) error(s)"
        case .diffNothing: "No answer changed, and no document."
        case .diffAnswers(let count): "Answers changed (\(count))"
        case .diffOrigins(let count): "Origins of answers changed (\(count))"
        case .labelled(let label, let text): "\(label): \(text)"
        case .diffDocument(let title): "\(title): changes in"
        case .diffItems(let count):
            "Catalogue items added (+), removed (−) or reworded (~), with the answers behind them (\(count))"
        case .diffKeptAside(let file, let from, let to):
            "Kept aside when \(file) was brought from version \(from) to version \(to), so left out of the comparison:"
        case .alreadyCurrent(let file, let version):
            "\(file) is already at version \(version) of its kit: nothing to do"
        case .migrated(let file, let from, let to): "\(file): answers brought from version \(from) to version \(to)"
        case .migratedMoved(let count): "Moved or renamed (\(count))"
        case .migratedConverted(let count): "Choices renamed or values converted (\(count))"
        case .migratedKeptAside(let count): "Kept aside as comments in the file (\(count))"
        case .migratedToAnswer(let count): "Required questions still to answer (\(count))"
        case .migratedCommentsLost:
            "note: the file's layout could not be edited line by line: it was written again whole, without its comments"
        case .noTables(let kit, let formats):
            "note: kit '\(kit)' has no decision matrix and no spreadsheet, which \(formats.joined(separator: ", ")) "
                + "files hold: none is written"
        }
    }
}
