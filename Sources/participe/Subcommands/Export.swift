import ArgumentParser
import Foundation
import ParticipeCore
import ParticipeDocuments

extension Participe {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte vers les outils du terrain / Exports to the tools used in the field.",
            subcommands: [DecidimResults.self])
    }

    struct DecidimResults: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decidim-accountability",
            abstract:
                "Écrit le plan de restitution pour le suivi des résultats de Decidim / Writes the feedback plan for Decidim's results tracking.",
            discussion: """
                Writes the steps of the feedback plan (the catalogue etapes_restitution of outil-numerique) as the \
                CSV that Decidim's accountability component imports (Admin › Components › Results › Import): a \
                title and a description per language of the kit, the start and end dates, the status. Decidim \
                updates the result whose id a row gives, so ids are written only with --first-id, chosen above the \
                component's last result; with them, each category of steps is a parent result. --status-id gives \
                every result the component's status of that id (\"Not started\"). Exit status: 0 when the file is \
                written, 2 when the answers cannot be read or the file cannot be written.
                """)

        @Argument(help: ArgumentHelp("Le fichier de réponses / The answers file.", valueName: "answers"))
        var answers: String

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("Fichier CSV à écrire / CSV file to write.", valueName: "file"))
        var output: String = "results.csv"

        @Option(
            help: ArgumentHelp(
                "Catalogue dont les éléments deviennent des résultats / Catalogue whose items become results.",
                valueName: "id"))
        var catalogue: String = "etapes_restitution"

        @Option(
            help: ArgumentHelp(
                "Id du premier résultat, au-dessus du dernier du composant / Id of the first result, above the component's last.",
                valueName: "n"))
        var firstID: Int?

        @Option(
            help: ArgumentHelp(
                "Id du statut de départ dans le composant / Id of the starting status in the component.",
                valueName: "n"))
        var statusID: Int?

        @OptionGroup var dateOption: DateOption
        @OptionGroup var common: CommonOptions

        func validate() throws {
            if let firstID, firstID < 1 { throw ValidationError("--first-id: 1 or more") }
            if let statusID, statusID < 1 { throw ValidationError("--status-id: 1 or more") }
        }

        func run() throws {
            var console = Console(language: common.language(answers: Console.answersLanguage(answers)))
            let (kit, sheet, _) = try console.loadAnswers(answers, library: common.library)
            let evaluations = kit.languages.map {
                Evaluation(kit: kit, sheet: sheet, language: $0, today: dateOption.today)
            }
            let export = DecidimAccountability(catalogue: catalogue, firstID: firstID, statusID: statusID)
            guard let data = export.csv(evaluations) else {
                console.err(
                    console.say(
                        .unknownCatalogue(kit: kit.id, catalogue: catalogue, known: kit.catalogues.map(\.id))))
                throw ExitStatus.unreadable.code
            }
            try console.save(data, to: output)
            console.out(output)
        }
    }
}
