import ArgumentParser
import ParticipeCore

extension Participe {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie des réponses et affiche le diagnostic / Checks answers and shows the diagnostics.",
            discussion: """
                Exit status: 0 when there is no blocker, 1 when there are blockers or invalid answers \
                (out of bounds, missing, or not fitting their question, such as a misspelt key; with \
                --strict, warnings too), 2 when an input cannot be read or is for another kit.
                """)

        @Argument(help: ArgumentHelp("Le fichier de réponses / The answers file.", valueName: "answers"))
        var answers: String

        @OptionGroup var common: CommonOptions
        @OptionGroup var dateOption: DateOption
        @Option(help: "text | json") var format: OutputFormat = .text
        @Flag(help: "Les avertissements font échouer aussi / Warnings fail too.") var strict = false

        func run() throws {
            var console = Console(language: common.language(answers: Console.answersLanguage(answers)))
            console.format = format
            // An answer that does not fit is one more problem: the others are still checked.
            let (kit, sheet, invalid) = try console.loadAnswers(answers, library: common.library, keepingInvalid: true)
            let evaluation = Evaluation(kit: kit, sheet: sheet, language: console.language, today: dateOption.today)
            let report = CheckReport(file: answers, evaluation: evaluation, invalid: invalid)
            switch format {
            case .json:
                console.out(try JSONOutput.encode(report))
            case .text:
                console.report(invalid)
                console.out(report.text(console))
            }
            try ExitStatus.of(invalid + evaluation.diagnostics, strict: strict).exit()
        }
    }
}
