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
                While blocking points remain, every document opens with a note saying it is provisional \
                and how many there are, and each missing value reads [à préciser : …] / \
                [to be specified: …]; with --final, nothing is written until none remain. \
                Exit status: 0 when the documents are written, blocking points included (the documents \
                show them, and a note says how many), 1 when --final refuses because blocking points \
                remain (nothing is written), 2 when an input is invalid, a template names a value \
                that does not exist or a document cannot be written.
                """)

        @Argument(help: ArgumentHelp("Le fichier de réponses / The answers file.", valueName: "answers"))
        var answers: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Dossier de sortie / Output folder.", valueName: "dir"))
        var output: String = "out"

        @Option(
            help: ArgumentHelp(
                "Formats, séparés par des virgules / Formats, comma-separated: md, html, docx, odt, pdf, csv, xlsx, ods, or all (every one but pdf, which needs LibreOffice).",
                valueName: "formats"))
        var format: String = "all"

        @Option(
            help: ArgumentHelp(
                "Modèle DOCX ou ODT de l'organisme dont les styles sont repris (répétable) / The body's own DOCX or ODT whose styles are used (repeatable).",
                valueName: "file"))
        var referenceDoc: [String] = []

        @Option(
            help: ArgumentHelp(
                "Identité visuelle de l'organisme (YAML : name, logo, color), reprise en couverture, en pied de page et dans le HTML / The body's visual identity (YAML: name, logo, color), on the cover, in footers and in HTML.",
                valueName: "file"))
        var branding: String?

        @Option(
            help: ArgumentHelp(
                "Séparateur CSV / CSV separator: semicolon (défaut en français) or comma.", valueName: "sep"))
        var csvSeparator: CSVSeparatorOption?

        @Flag(
            inversion: .prefixedNo,
            help:
                "Marque d'ordre des octets en tête des CSV / Byte-order mark at the start of CSV files (default: in French)."
        )
        var csvBom: Bool?

        @Option(
            help: ArgumentHelp(
                "text | json : fichiers écrits et diagnostics en JSON sur la sortie standard / files written and diagnostics as JSON on standard output.",
                valueName: "format"))
        var report: OutputFormat = .text

        @Flag(
            help:
                "Refuse d'écrire tant qu'il reste des points bloquants (statut 1) / Write nothing while blocking points remain (exit 1)."
        )
        var final = false

        @OptionGroup var common: CommonOptions
        @OptionGroup var dateOption: DateOption

        func validate() throws {
            if case .failure(let unknown) = DocumentFormat.parseList(format) {
                throw ValidationError(CommandMessage.unknownDocumentFormat(unknown.name).text(in: common.language()))
            }
            for path in referenceDoc where !FileManager.default.fileExists(atPath: path) {
                throw ValidationError(CommandMessage.referenceDocumentMissing(path).text(in: common.language()))
            }
        }

        func run() throws {
            var console = Console(language: common.language(answers: Console.answersLanguage(answers)))
            console.format = report
            // An answer that does not fit its question stops here: a document never silently goes without it.
            let (kit, sheet, _) = try console.loadAnswers(answers, library: common.library)
            let evaluation = Evaluation(kit: kit, sheet: sheet, language: console.language, today: dateOption.today)
            if final, evaluation.blockingCount > 0 {
                let refusal = console.say(.finalRefused(blockers: evaluation.blockingCount))
                if report == .json {
                    var refused = GenerateReport(diagnostics: DiagnosticsReport(evaluation.diagnostics).diagnostics)
                    refused.failure = refusal
                    console.out(try JSONOutput.encode(refused))
                } else {
                    console.err(refusal)
                }
                throw ExitStatus.problems.code
            }
            let formats = (try? DocumentFormat.parseList(format).get()) ?? DocumentFormat.standard
            // CSV holds the tables of decision matrices and the spreadsheets, XLSX and ODS the spreadsheets: a format
            // asked for by name that the kit has nothing to write in is said, rather than written in silence.
            let named = format.lowercased().split(separator: ",").map { $0.trimmingWhitespace }
            let empty = formats.filter { format in
                named.contains(format.rawValue) && !format.isText && kit.spreadsheets.isEmpty
                    && (format != .csv || kit.matrices.isEmpty)
            }
            if !empty.isEmpty, report == .text {
                console.err(console.say(.noTables(kit: kit.id, formats: empty.map { $0.rawValue.uppercased() })))
            }
            var csvWriter = CSVWriter.preset(for: console.language)
            if let csvSeparator { csvWriter.separator = csvSeparator.separator }
            if let csvBom { csvWriter.includesByteOrderMark = csvBom }
            var identity: Branding?
            if let branding {
                do {
                    identity = try Branding.load(branding, language: console.language)
                } catch {
                    console.report([error])
                    throw ExitStatus.unreadable.code
                }
            }
            let exporter: DocumentExporter
            do {
                exporter = try DocumentExporter(
                    formats: formats,
                    referenceDocuments: referenceDoc.map { URL(fileURLWithPath: $0) },
                    csvWriter: csvWriter, branding: identity)
            } catch let error as DocumentWriterError {
                console.err(console.say(.referenceDocument(problem: error.message(language: console.language))))
                throw ExitStatus.unreadable.code
            } catch {
                console.err(console.say(.referenceDocument(problem: "\(error)")))
                throw ExitStatus.unreadable.code
            }
            try DocumentOutput.write(
                evaluation, with: exporter, to: output, console: &console)
        }
    }
}

enum CSVSeparatorOption: String, ExpressibleByArgument, CaseIterable {
    case semicolon
    case comma

    var separator: CSVWriter.Separator { self == .comma ? .comma : .semicolon }
}
