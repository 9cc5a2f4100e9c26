import ArgumentParser
import Foundation
import ParticipeCore
import ParticipeDocuments

extension Participe {
    struct Questionnaire: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Écrit le questionnaire à remplir sur papier / Writes the questionnaire to fill in on paper.",
            discussion: """
                For a workshop on paper, or for people who answer on paper: every question of the kit numbered, \
                with its help, boxes to tick or lines to write on, its identifier (to type the answers in later) \
                and, for a question asked only in some cases, when to answer it in words. Formats: md, html (with \
                a print stylesheet), docx, odt, and pdf when LibreOffice is installed. Exit status: 0 when the \
                files are written, 2 when the kit cannot be loaded or a file cannot be written.
                """)

        @Argument(help: ArgumentHelp("L'identifiant du kit / The kit's id.", valueName: "kit"))
        var kit: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Dossier de sortie / Output folder.", valueName: "dir"))
        var output: String = "questionnaire"

        @Option(
            help: ArgumentHelp(
                "Formats, séparés par des virgules / Formats, comma-separated: md, html, docx, odt, pdf.",
                valueName: "formats"))
        var format: String = "md,html,docx,odt"

        @OptionGroup var dateOption: DateOption
        @OptionGroup var common: CommonOptions

        func validate() throws {
            guard case .success(let formats) = DocumentFormat.parseList(format), formats.allSatisfy(\.isText) else {
                throw ValidationError("--format: md, html, docx, odt or pdf, comma-separated")
            }
        }

        func run() throws {
            var console = Console(language: common.language())
            let kit = try console.loadKit(id: self.kit, library: common.library)
            let questionnaire = PaperQuestionnaire(kit: kit, language: console.language)
            let formats = (try? DocumentFormat.parseList(format).get()) ?? []
            let exporter = try DocumentExporter(formats: formats)
            let metadata = DocumentMetadata(
                title: questionnaire.title, author: "", date: dateOption.today.description,
                language: console.language.code, subject: kit.title.resolve(console.language, fallbacks: kit.fallbacks))
            do throws(ExportFailure) {
                let files = try exporter.textFiles(
                    [("questionnaire-\(kit.id)", questionnaire.markdown, metadata)], in: output)
                for path in try exporter.write(files, into: output) { console.out(path) }
            } catch {
                console.err(error.message(language: console.language))
                throw ExitStatus.unreadable.code
            }
        }
    }
}
