import ArgumentParser
import Foundation
import ParticipeCore

extension Participe {
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pose les questions du kit une à une / Asks the kit's questions one by one.",
            discussion: """
                `participe ask --kit <kit> -o answers.yaml` starts an interview; `participe ask answers.yaml` \
                resumes it at the first unanswered question. Every accepted answer is saved at once. \
                Type :h at any prompt for the commands. Exit status: 0 when the interview ends or is left \
                with :q (blockers included: participe check reports them), 2 when an input cannot be read or \
                the answers cannot be saved; never 1.
                """)

        @Argument(
            help: ArgumentHelp("Le fichier de réponses à reprendre / The answers file to resume.", valueName: "answers")
        )
        var answers: String?

        @Option(help: ArgumentHelp("Le kit d'un nouvel entretien / The kit of a new interview.", valueName: "kit"))
        var kit: String?

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "Fichier de réponses à écrire (défaut : answers.yaml) / Answers file to write.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Dossier des documents / Folder of the documents.", valueName: "dir"))
        var documents: String = "out"

        @Option(
            name: [.customLong("par"), .customLong("by")],
            help: ArgumentHelp(
                "Qui répond : noté avec la date pour chaque réponse donnée / Who answers: recorded with the date "
                    + "for each answer given.", valueName: "name"))
        var answeredBy: String?

        @OptionGroup var common: CommonOptions
        @OptionGroup var dateOption: DateOption

        func validate() throws {
            if answers == nil, kit == nil {
                throw ValidationError(CommandMessage.askNeedsAFileOrAKit.text(in: common.language()))
            }
            if answers != nil, output != nil {
                throw ValidationError(CommandMessage.resumedAnswersStayInTheirFile.text(in: common.language()))
            }
        }

        func run() throws {
            let file = answers ?? output ?? "answers.yaml"
            let resuming = FileManager.default.fileExists(atPath: file)
            var console = Console(language: common.language(answers: resuming ? Console.answersLanguage(file) : nil))
            let kit: Kit
            let sheet: AnswerSheet
            if resuming {
                // A save killed halfway left its temporary file: it goes as the interview starts again.
                AtomicFile.removeStaleTemporaries(besides: file)
                (kit, sheet, _) = try console.loadAnswers(file, library: common.library)
                if let wanted = self.kit, wanted != kit.id {
                    console.err(console.say(.answersOfAnotherKit(file: file, kit: kit.id, wanted: wanted)))
                    throw ExitStatus.unreadable.code
                }
            } else if answers != nil {
                console.err(console.say(.answersFileMissing(file: file)))
                throw ExitStatus.unreadable.code
            } else {
                kit = try console.loadKit(id: self.kit ?? "", library: common.library)
                sheet = AnswerSheet(
                    for: kit, language: kit.languages.contains(console.language) ? console.language : nil)
            }
            var session = InterviewSession(kit: kit, sheet: sheet, language: console.language, today: dateOption.today)
            session.answeredBy = answeredBy
            var runner = InterviewRunner(session: session, file: file, terminal: Terminal(), console: console)
            runner.welcome(resuming: resuming)
            if !resuming { try runner.save() }
            switch try runner.run() {
            case .finished:
                try finish(runner, console: &console)
            case .quit, .endOfInput:
                let arguments = CommonOptions.shellWord(file) + common.templateArguments
                console.out(console.say(.answersSaved(file: file, arguments: arguments)))
            }
        }

        /// The diagnostics summary, then the offer to write the documents.
        private func finish(_ runner: InterviewRunner, console: inout Console) throws {
            let terminal = runner.terminal
            terminal.line()
            terminal.line(terminal.style(console.say(.questionnaireComplete), .green))
            terminal.line(CheckReport(file: runner.file, evaluation: runner.session.evaluation).text(console))
            terminal.line()
            guard let reply = terminal.read(console.say(.generateNow)),
                InterviewInput(language: console.language).boolean(reply) == true
            else {
                let file = CommonOptions.shellWord(runner.file) + common.templateArguments
                console.out(console.say(.generateLater(file: file, documents: CommonOptions.shellWord(documents))))
                return
            }
            try DocumentOutput.write(runner.session.evaluation, to: documents, console: &console)
        }
    }
}
