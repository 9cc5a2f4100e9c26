import ArgumentParser
import Foundation
import ParticipeCore

extension Participe {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Écrit un fichier de réponses à remplir / Writes an answers file to fill in.",
            discussion: """
                Every question stands in the file with its label, help and allowed choices as comments, \
                so that it can be filled in any text editor; `participe check` then accepts it. \
                Exit status: 0 when the file is written, 2 when the kit cannot be loaded, or the file exists \
                (without --force) or cannot be written; never 1.
                """)

        @Argument(help: ArgumentHelp("L'identifiant du kit / The kit id (see participe kits).", valueName: "kit"))
        var kit: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "Fichier à écrire (sinon la sortie standard) / File to write (else standard output).", valueName: "file"
            ))
        var output: String?

        @Flag(help: "Remplace un fichier existant / Overwrite an existing file.") var force = false

        @OptionGroup var common: CommonOptions
        @OptionGroup var dateOption: DateOption

        func run() throws {
            var console = Console(language: common.language())
            let kit = try console.loadKit(id: self.kit, library: common.library)
            let text = AnswersSkeleton(kit: kit, language: console.language, today: dateOption.today).yaml()
            guard let output else {
                console.out(text)
                return
            }
            if FileManager.default.fileExists(atPath: output), !force {
                console.err(console.say(.fileExists(output)))
                throw ExitStatus.unreadable.code
            }
            do {
                try AtomicFile.write(text, to: output)
            } catch {
                console.err(error.message(language: console.language))
                throw ExitStatus.unreadable.code
            }
            console.out(output)
        }
    }
}
