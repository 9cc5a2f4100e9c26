import ArgumentParser
import Foundation
import ParticipeCore

extension Participe {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Écrit le schéma JSON des réponses d'un kit / Writes the JSON Schema of a kit's answers.",
            discussion: """
                The schema lists the kit's sections, questions and choices, with each question's label and help in \
                the chosen language, so that an editor completes and checks an answers file: in VS Code with the \
                YAML extension, or any editor speaking the YAML language server, through a first line \
                `# yaml-language-server: $schema=<path of the schema>`. The shipped kits' schemas are in \
                schemas/. `check` remains the judge of conditions and required answers. Exit status: 0 when the \
                schema is written, 2 when the kit cannot be loaded or the file cannot be written.
                """)

        @Argument(help: ArgumentHelp("L'identifiant du kit / The kit's id.", valueName: "kit"))
        var kit: String

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp(
                "Fichier à écrire (défaut : la sortie standard) / File to write (default: standard output).",
                valueName: "file"))
        var output: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            var console = Console(language: common.language(answers: nil))
            let kit = try console.loadKit(id: kit, library: common.library)
            let json = String(decoding: AnswersSchema(kit: kit, language: console.language).json(), as: UTF8.self)
            guard let output else {
                console.out(json)
                return
            }
            try console.save(Data((json + "\n").utf8), to: output)
        }
    }
}
