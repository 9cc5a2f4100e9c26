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
            let directory = try? common.library.directory(of: self.kit, language: console.language)
            let kit = try console.loadKit(id: self.kit, library: common.library)
            var text = AnswersSkeleton(kit: kit, language: console.language, today: dateOption.today).yaml()
            if let output, let directory, let schema = Self.schemaPath(kit: kit.id, directory: directory, for: output) {
                text = "# yaml-language-server: $schema=\(schema)\n" + text
            }
            guard let output else {
                console.out(text)
                return
            }
            if FileManager.default.fileExists(atPath: output), !force {
                console.err(console.say(.fileExists(output)))
                throw ExitStatus.unreadable.code
            }
            try console.save(Data(text.utf8), to: output)
            console.out(output)
        }

        /// The kit's answers schema as seen from the file written, when the kit's folder has one beside it
        /// (`schemas/` next to `Templates/`, in the repository as in an installation), so that an editor completes
        /// and checks the file; relative, so that the file and the kits can move together.
        static func schemaPath(kit: String, directory: String, for output: String) -> String? {
            let schema = URL(fileURLWithPath: directory).standardizedFileURL.deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("schemas/\(kit).answers.schema.json")
            guard FileManager.default.fileExists(atPath: schema.path) else { return nil }
            let from = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent().pathComponents
            let to = schema.pathComponents
            let common = zip(from, to).prefix { $0 == $1 }.count
            return (Array(repeating: "..", count: from.count - common) + to.dropFirst(common)).joined(separator: "/")
        }
    }
}
