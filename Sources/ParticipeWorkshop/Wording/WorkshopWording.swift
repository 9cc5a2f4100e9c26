import ParticipeCore

/// Every word of the workshop's pages: one table, the words in `WorkshopWording+French.swift` and
/// `WorkshopWording+English.swift`.
enum WorkshopWording: Wording {
    // Frame and errors.
    case skipLink, navigationLabel, languageName, errorTitle, backHome
    case notFound, forbidden, badForm, tooLarge, tooManyAttempts, workshopClosedRefusal, serverError
    case awaitingMigrationRefusal
    case requiredMark, requiredExplained, yes, no, noAnswer, problemsHeading

    // Home and creation.
    case homeTitle, homeIntro, homeNeedsLink, workshopsHeading, noWorkshops, createdOn, stateColumn, closedMark
    case createHeading, fieldTitle, fieldKit, fieldLanguage, fieldTeams, teamsHint, createButton
    case titleRequired, teamsRequired, teamNamesTwice, tooManyTeams
    case tooLong(Int)
    case importWorkshopHeading, importWorkshopFile, importButton
    case archiveUnreadable
    case archiveNewer(Int)
    case unknownKit(String)
    case linksTitle, linksShownOnce, trainerLinkHeading, teamLinksHeading, toDashboard

    // The trainer's dashboard.
    case dashboardNav
    case dashboardTitle(String)
    case progressHeading, progressCaption
    case progressOf(String)
    case teamColumn, overallColumn, blockersColumn, warningsColumn, divergencesColumn, pendingColumn, refresh
    case compareHeading, compareQuestion, compareButton, answerColumn, byColumn, agreedColumn
    case downloadsHeading, allDocuments, allAnswers, exportWorkshop
    case teamsHeading, teamName, addTeam, teamNameRequired
    case newLinkButton(String)
    case newLinkHint
    case importAnswersHeading
    case importAnswersFor(String)
    case imported(count: Int, team: String)
    case importedMigrated(count: Int, team: String, from: String, to: String)
    case migratedConverted(String, before: String, after: String)
    case importRefused(team: String)
    /// The dashboard of a workshop whose answers are for an earlier version of the installed kit.
    case answersOfEarlierVersion(from: String, to: String)
    case noMigrationFrom(from: String, to: String)
    case migrateButton(to: String)
    case answersMigrated(teams: Int, from: String, to: String)
    case migrationRefused(from: String, to: String)
    case migrationInterrupted
    case answersOfAnotherKit(String, wanted: String)
    case closedWhileTyping, confirmClosing, confirmClosingBox
    case proposedValue(String)
    case missingAnswer(String)
    case labelled(String, String)
    case closeHeading, closeWorkshop, workshopClosed, workshopLanguageHeading, changeLanguage, answersZip
    case membersHeading, noMembers
    case sectionSource(String)

    // Joining and the team's pages.
    case joinTitle(String)
    case displayName, displayNameHint, nameRequired, joinButton
    case teamNav, documentsNav, glossaryNav
    case teamTitle(String)
    case progressLabel
    case answeredOf(Int, Int)
    case sectionsHeading, sectionNotAsked
    case blockersHeading(Int)
    case noBlockers, divergencesHeading, noDivergence
    case pendingHeading, noPending, noGlossary

    // A section's form.
    case sectionHeading(number: Int, title: String)
    case sectionsNavigation, saveButton, savedNotice
    case saveProblems(Int)
    case autosaved(Int)
    case autosaveProblems, autosaveConflict, autosaveFailed
    case notKnownYet, helpSummary
    /// The fold under an answer where its source and "to be confirmed" are noted; `current` says what is noted.
    case provenanceSummary(current: String?)
    case answerSourceLabel, toConfirmBox
    /// A source or « to be confirmed » given for a question left without an answer.
    case originWithoutAnswer
    case examples(String)
    case misconception
    case hiddenAnswer(String)
    case exclusiveChoice
    case pointsToShare(String)
    case pointsGiven, rankingHint
    case rankExpected(String)
    case rankGivenTwice
    case numberExpected(String)
    case unknownChoice(String)
    case positivePrice
    case item(Int)
    case newItem
    case deleteItem(Int)
    case candidate
    case candidateNumber(Int)
    case newCandidate, price, fails, notes, deleteColumn
    /// The column of the mandatory requirements an offer fails, typed by id (`example` is one of them).
    case unmetRequirements(example: String)
    case regularisation
    /// The lot an offer answers, when the kit divides purchases into lots; `noLot` its empty choice.
    case lot, noLot
    /// A lot posted that is none of the kit's.
    case notALot(String)
    /// An id typed as a failed requirement that is none of the mandatory ones.
    case notARequirement(String)
    case scoreOf(criterion: String, minimum: Int, maximum: Int)
    case scoresHint(minimum: Int, maximum: Int)
    case severity(Rule.Severity)
    case conflictTitle
    case conflictBody(name: String)
    case theirValue(name: String)
    case yourValue, conflictHint, someone
    case membersDiffer, agreeLink
    case historyLink(label: String)
    case agreedMark

    // A question's history and agreement.
    case backToSection, proposalsHeading
    case memberSaid(String)
    case currentAnswer, agreeLegend, agreeButton
    case agreedRecorded, agreeConflict, historyHeading, historyCaption, noHistory
    case whenColumn, whatColumn, pageColumn
    case eventKind(AnswerEvent.Kind)
    case source(String)
    case importedBy

    // Documents.
    case documentsTitle(String)
    case documentsCaption, documentColumn, formatsColumn, previewLink
    case previewHeading(String)
    case allDocumentsOfTeam, answersFile
    case provisional(Int)
}
