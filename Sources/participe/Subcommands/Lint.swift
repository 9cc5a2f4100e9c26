import ArgumentParser
import Foundation
import ParticipeCore
import ParticipeDocuments

extension Participe {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie un kit, pour ses auteurs / Checks a kit, for its authors.",
            discussion: """
                Exit status: 0 when the kit is valid, 1 when it has errors (or warnings with --strict), \
                a file that cannot be read included; never 2.
                """)

        @Argument(help: ArgumentHelp("Dossier du kit / The kit folder (holding kit.yaml).", valueName: "kit-dir"))
        var directory: String

        @Flag(
            help:
                "Les avertissements (traductions manquantes…) font échouer aussi / Warnings (missing translations…) fail too."
        )
        var strict = false
        @Option(help: ArgumentHelp("Langue des messages / Language of messages: fr, en.", valueName: "lang"))
        var lang: Language?
        @Option(
            help: ArgumentHelp(
                "text | json (tous les diagnostics sur la sortie standard / every diagnostic on standard output)",
                valueName: "format"))
        var format: OutputFormat = .text
        @OptionGroup var dateOption: DateOption

        func run() throws {
            // Kit authors read the user's language, as every command speaks it: `--lang`, then the locale, then French.
            let language = lang ?? Language.from(environment: ProcessInfo.processInfo.environment) ?? .default
            var console = Console(language: language)
            console.format = format
            do {
                let loader = KitLoader(reader: YAMLReader(language: language))
                let kit = try loader.load(directory: directory, texts: &console.texts)
                let today = dateOption.today
                let templates = TemplateContract(kit: kit, today: today, language: language, texts: &console.texts)
                let analysis = KitAnalysis(
                    kit: kit, documentNames: templates.names, language: language, today: today)
                let found = (kit.warnings + templates.problems + analysis.findings).inFileOrder()
                console.report(found)
                let errors = found.filter { $0.severity == .error }.count
                if format == .text {
                    console.out(
                        console.say(
                            .lintSummary(
                                kit: kit.id, sections: kit.sections.count, questions: kit.questionCount,
                                rules: kit.rules.count,
                                catalogueItems: kit.catalogues.reduce(0) { $0 + $1.items.count },
                                documents: kit.documents.count,
                                warnings: found.filter { $0.severity == .warning }.count,
                                notes: found.filter { $0.severity == .note }.count)))
                    if errors > 0 { console.err(console.say(.lintErrors(directory: directory, errors: errors))) }
                }
                try ExitStatus.of(found, strict: strict).exit()
            } catch let error as DiagnosticList {
                console.report(error.diagnostics)
                if format == .text {
                    console.err(console.say(.lintErrors(directory: directory, errors: error.diagnostics.count)))
                }
                try ExitStatus.of(error.diagnostics).exit()
            }
        }
    }
}
