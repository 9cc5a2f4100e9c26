import Foundation
import ParticipeCore
import ParticipeDocuments

/// Renders a kit's documents for one evaluation and writes them into a folder: what `generate` and `ask` share.
enum DocumentOutput {
    /// Writes every document, prints each path, then a note when blocking points remain; throws exit code 2 on failure.
    static func write(
        _ evaluation: Evaluation, with exporter: DocumentExporter? = nil, to output: String, console: inout Console
    ) throws {
        let documents: [DocumentGenerator.RenderedDocument]
        do {
            documents = try DocumentGenerator(evaluation: evaluation).render(texts: &console.texts)
        } catch {
            console.report(error.diagnostics)
            throw Console.invalidInput
        }
        do {
            let french = evaluation.language == .french
            let exporter =
                try exporter
                ?? DocumentExporter(
                    formats: DocumentFormat.allCases,
                    csvWriter: CSVWriter(separator: french ? .semicolon : .comma, includesByteOrderMark: french))
            // Each path is printed once its file is complete, so even an interrupted run has said what it wrote.
            _ = try exporter.export(documents, evaluation: evaluation, to: output) { console.out($0) }
        } catch let failure as ExportFailure {
            console.err(failure.message(language: console.language))
            throw Console.invalidInput
        } catch {
            console.err(console.say(.cannotWrite(folder: output, reason: "\(error)")))
            throw Console.invalidInput
        }
        let blockers = evaluation.blockers.count + evaluation.issues.count
        if blockers > 0 {
            console.err(console.say(.blockingPoints(blockers)))
        }
    }
}
