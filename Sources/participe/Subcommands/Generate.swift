import ArgumentParser
import ParticipeCore

extension Participe {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rédige les documents du kit / Writes the kit's documents.",
            discussion: """
                Renders every document of the kit from the answers and prints the paths written. \
                Exit status: 0 when the documents are written, 2 when an input is invalid or a template \
                names a value that does not exist.
                """)

        @Argument(help: ArgumentHelp("Le fichier de réponses / The answers file.", valueName: "answers"))
        var answers: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Dossier de sortie / Output folder.", valueName: "dir"))
        var output: String = "out"

        @OptionGroup var common: CommonOptions
        @OptionGroup var dateOption: DateOption

        func run() throws {
            var console = Console(language: common.language(answers: Console.answersLanguage(answers)))
            let (kit, sheet) = try console.loadAnswers(answers, library: common.library)
            let evaluation = Evaluation(kit: kit, sheet: sheet, language: console.language, today: dateOption.today)
            try DocumentOutput.write(evaluation, to: output, console: &console)
        }
    }
}
