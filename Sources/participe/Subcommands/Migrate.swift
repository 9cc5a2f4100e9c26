import ArgumentParser
import Foundation
import ParticipeCore

extension Participe {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Met des réponses à la version du kit / Brings answers forward to the kit's version.",
            discussion: """
                Applies the kit's migrations to an answers file written for an earlier version: questions moved \
                or renamed, choices renamed, merged or split, values converted. Nothing is dropped: an answer \
                that no longer has a question or no longer fits is kept aside as a comment in the file. Comments \
                stay. Without -o the file is updated in place. Exit status: 0 when the file is at the kit's \
                version, 2 when it cannot be read or written, is for another kit, or its version has no migration.
                """)

        @Argument(help: ArgumentHelp("Le fichier de réponses / The answers file.", valueName: "answers"))
        var answers: String
        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp(
                "Fichier à écrire (défaut : le fichier lui-même) / File to write (default: the file itself).",
                valueName: "file"))
        var output: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            var console = Console(language: common.language(answers: Console.answersLanguage(answers)))
            let file = try console.readAnswersFile(answers)
            let kit = try console.loadKit(id: file.kitID, library: common.library)
            let migrated: (text: String, report: AnswersMigration.Report)
            do {
                migrated = try AnswersMigration.migrate(file, kit: kit, language: console.language)
            } catch {
                console.report(error.diagnostics)
                throw ExitStatus.unreadable.code
            }
            let report = migrated.report
            guard report.from != report.to else {
                console.out(console.say(.alreadyCurrent(file: answers, version: report.to)))
                return
            }
            let target = output ?? answers
            try console.save(Data(migrated.text.utf8), to: target)
            console.out(Self.lines(of: report, written: target, console: console).joined(separator: "\n"))
        }

        /// What moved, what was converted, what was kept aside and what now needs an answer.
        static func lines(of report: AnswersMigration.Report, written file: String, console: Console) -> [String] {
            var lines = [console.say(.migrated(file: file, from: report.from, to: report.to))]
            if !report.moved.isEmpty {
                lines.append(console.say(.migratedMoved(report.moved.count)))
                lines += report.moved.map { "  \($0.from) → \($0.to)" }
            }
            if !report.converted.isEmpty {
                lines.append(console.say(.migratedConverted(report.converted.count)))
                lines += report.converted.map {
                    "  " + console.say(.labelled($0.path.description, "\($0.before) → \($0.after)"))
                }
            }
            if !report.keptAside.isEmpty {
                lines.append(console.say(.migratedKeptAside(report.keptAside.count)))
                lines += report.keptAside.map {
                    "  " + MigrationWording.reason($0.path, $0.reason).text(in: console.language)
                }
            }
            if !report.toAnswer.isEmpty {
                lines.append(console.say(.migratedToAnswer(report.toAnswer.count)))
                lines += report.toAnswer.map { "  \($0)" }
            }
            if !report.commentsKept { lines.append(console.say(.migratedCommentsLost)) }
            return lines
        }
    }
}
