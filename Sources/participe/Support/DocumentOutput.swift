import Foundation
import ParticipeCore
import ParticipeDocuments

/// Renders a kit's documents for one evaluation and writes them into a folder: what `generate` and `ask` share.
enum DocumentOutput {
    /// Writes every document, prints each path, then a note when blocking points remain; throws exit code 2 on failure.
    static func write(_ evaluation: Evaluation, to output: String, console: inout Console) throws {
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
