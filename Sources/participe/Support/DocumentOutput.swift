import Foundation
import ParticipeCore
import ParticipeDocuments

/// Renders a kit's documents for one evaluation and writes them into a folder: what `generate` and `ask` share.
enum DocumentOutput {
    /// Writes every document, prints each path, then a note when blocking points remain; throws exit code 2 on failure.
    ///
    /// With `console.format` JSON, one document on standard output instead: the files written, what is not written
    /// when a write failed, and every diagnostic (`invalid` answers, then the evaluation's).
    static func write(
        _ evaluation: Evaluation, with exporter: DocumentExporter? = nil, to output: String,
        invalid: [Diagnostic] = [], console: inout Console
    ) throws {
        let json = console.format == .json
        var report = GenerateReport(diagnostics: DiagnosticsReport(invalid + evaluation.diagnostics).diagnostics)
        let documents: [DocumentGenerator.RenderedDocument]
        do {
            documents = try DocumentGenerator(evaluation: evaluation).render(texts: &console.texts)
        } catch {
            console.report(error.diagnostics)
            throw ExitStatus.unreadable.code
        }
        do {
            let exporter =
                try exporter
                ?? DocumentExporter(formats: DocumentFormat.standard, csvWriter: .preset(for: evaluation.language))
            // Each path is printed once its file is complete, so even an interrupted run has said what it wrote.
            _ = try exporter.export(documents, evaluation: evaluation, to: output) { path in
                if json { report.written.append(path) } else { console.out(path) }
            }
        } catch let failure as ExportFailure {
            if json {
                report.written = failure.written
                report.notWritten = failure.notWritten
                report.failure = failure.message(language: console.language)
                report.diagnostics += DiagnosticsReport([failure.diagnostic(in: console.language)]).diagnostics
                console.out((try? JSONOutput.encode(report)) ?? "{}")
            } else {
                console.err(failure.message(language: console.language))
            }
            throw ExitStatus.unreadable.code
        } catch {
            console.err(console.say(.cannotWrite(folder: output, reason: "\(error)")))
            throw ExitStatus.unreadable.code
        }
        if json {
            console.out(try JSONOutput.encode(report))
            return
        }
        let blockers = evaluation.blockingCount + invalid.count
        if blockers > 0 {
            console.err(console.say(.blockingPoints(blockers)))
        }
    }
}

/// What `generate --report json` prints.
struct GenerateReport: Encodable {
    var written: [String] = []
    var notWritten: [String] = []
    var failure: String?
    var diagnostics: [DiagnosticsReport.Entry]
}
