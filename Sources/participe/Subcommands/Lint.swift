import ArgumentParser
import ParticipeCore

extension Participe {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie un kit, pour ses auteurs / Checks a kit, for its authors.",
            discussion: "Exit status: 0 when the kit is valid, 1 when it has errors (or warnings with --strict).")

        @Argument(help: ArgumentHelp("Dossier du kit / The kit folder (holding kit.yaml).", valueName: "kit-dir"))
        var directory: String

        @Flag(help: "Warnings (missing translations…) fail too.") var strict = false
        @Option(help: ArgumentHelp("fr | en", valueName: "lang")) var lang: Language?

        func run() throws {
            var console = Console(language: lang ?? .default)
            do {
                // Kit authors read English by default; `--lang fr` gives the messages that have a French wording.
                let loader = KitLoader(reader: YAMLReader(language: lang ?? .english))
                let kit = try loader.load(directory: directory, texts: &console.texts)
                console.report(kit.warnings)
                let summary =
                    "\(kit.id): \(kit.sections.count) sections, \(kit.questionCount) questions, \(kit.rules.count) rules, \(kit.catalogues.reduce(0) { $0 + $1.items.count }) catalogue items, \(kit.documents.count) documents"
                console.out(summary + (kit.warnings.isEmpty ? "" : ", \(kit.warnings.count) warning(s)"))
                if strict, !kit.warnings.isEmpty { throw ExitCode(1) }
            } catch let error as DiagnosticList {
                console.report(error.diagnostics)
                console.err("\(directory): \(error.diagnostics.count) error(s)")
                throw ExitCode(1)
            }
        }
    }
}
