import ArgumentParser
import Foundation
import ParticipeCore
import ParticipeDocuments

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
            let documents: [DocumentGenerator.RenderedDocument]
            do {
                documents = try DocumentGenerator(evaluation: evaluation).render(texts: &console.texts)
            } catch {
                console.report(error.diagnostics)
                throw Console.invalidInput
            }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                for document in documents {
                    let path = KitLoader.join(output, document.filename + ".md")
                    try AtomicFile.write(document.markdown, to: path)
                    console.out(path)
                }
            } catch {
                console.err(
                    console.say(
                        "impossible d'écrire dans « \(output) » : \(error)", "cannot write to '\(output)': \(error)"))
                throw Console.invalidInput
            }
            let blockers = evaluation.blockers.count + evaluation.issues.count
            if blockers > 0 {
                console.err(
                    console.say(
                        "attention : \(blockers) point(s) bloquant(s) ; les documents les signalent (voir participe check)",
                        "note: \(blockers) blocking point(s); the documents show them (see participe check)"))
            }
        }
    }
}
