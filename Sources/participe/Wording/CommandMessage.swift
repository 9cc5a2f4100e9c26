import ParticipeCore

/// What the command line says around its results: its table of messages. The words are in
/// `CommandMessage+French.swift` and `CommandMessage+English.swift`.
///
/// The help texts (`--help`) are not here: ArgumentParser fixes them at compile time, so they stay bilingual.
enum CommandMessage: Wording {
    // The command line itself (exit status 64), before a command runs.
    case dateExpected(String)
    case askNeedsAFileOrAKit
    case resumedAnswersStayInTheirFile
    case unknownDocumentFormat(String)
    case referenceDocumentMissing(String)

    // Loading (`Console`).
    case kitInvalid(directory: String, errors: Int)
    case answersInvalid(path: String, errors: Int)

    // `ask`.
    case answersOfAnotherKit(file: String, kit: String, wanted: String)
    case answersFileMissing(file: String)
    /// `arguments`: what to give `participe ask` to resume (the file, and the kit folders given).
    case answersSaved(file: String, arguments: String)
    case questionnaireComplete
    case generateNow
    case generateLater(file: String, documents: String)

    // `generate` and the documents it writes (`DocumentOutput`).
    /// A reference document that cannot be used, and why.
    case referenceDocument(problem: String)
    case cannotWrite(folder: String, reason: String)
    case blockingPoints(Int)
    /// `generate --final` with blocking points left: nothing is written.
    case finalRefused(blockers: Int)

    // `new`.
    case fileExists(String)

    // `serve`.
    case portOutOfRange(Int)
    case openToNetwork(String)
    case cannotOpenData(folder: String, reason: String)
    case organiserLink(String)
    case fileLink(String)
    case stopWithControlC
    case serverStopped(reason: String)

    // `kits`.
    case noKitFound(folders: String)
    case kitHeading(id: String, version: String, title: String)
    case kitLanguages(languages: String, directory: String)
    case kitCounts(sections: Int, questions: Int, rules: Int, computed: Int, documents: Int)
    /// The catalogues and their number of items, `—` when there are none.
    case kitCatalogues(String)

    // `check` and the interview's `:d` (`CheckReport`).
    case checkHeading(file: String, kit: String, version: String, answered: Int, total: Int, percent: Int)
    case gridLevel(title: String, level: String, iap2: String?)
    /// What a grid's declared level is, when the answers put it elsewhere.
    case gridAim(declared: String, gap: Int)
    case answersToFix(Int)
    /// The heading of the answers marked to be confirmed.
    case answersToConfirm(Int)
    /// The heading of the dated facts the kit does not know on the consultation's date.
    case rulesToCheck(Int)
    /// The heading of the failures offers record that the decision matrix cannot count.
    case offersToReview(Int)
    case findings(Rule.Severity)
    case concerns(String)
    /// The rule a finding follows from.
    case follows(String)
    case firstSteps(Int)
    /// `answers` of the blockers are answers to complete or correct rather than rules.
    case checkSummary(blockers: Int, warnings: Int, advice: Int, answers: Int)

    // `lint`.
    case lintSummary(
        kit: String, sections: Int, questions: Int, rules: Int, catalogueItems: Int, documents: Int, warnings: Int,
        notes: Int)
    case lintErrors(directory: String, errors: Int)
    /// Table formats asked for (`CSV`, `XLSX`…) that the kit has nothing to write in.
    case noTables(kit: String, formats: [String])
    // `diff`.
    case diffNothing
    case diffAnswers(Int)
    /// The heading of the answers whose origin (source, who, when, to be confirmed) changed.
    case diffOrigins(Int)
    /// `label : text` in French, `label: text` in English.
    case labelled(String, String)
    case diffDocument(String)
    case diffItems(Int)
    case diffKeptAside(file: String, from: String, to: String)
    // `migrate`.
    case alreadyCurrent(file: String, version: String)
    case migrated(file: String, from: String, to: String)
    /// `export decidim-accountability --catalogue` naming a catalogue the kit does not have.
    case unknownCatalogue(kit: String, catalogue: String, known: [String])
    case migratedMoved(Int)
    case migratedConverted(Int)
    case migratedKeptAside(Int)
    case migratedToAnswer(Int)
    case migratedCommentsLost
}
