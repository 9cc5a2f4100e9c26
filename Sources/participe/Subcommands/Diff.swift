import ArgumentParser
import Foundation
import ParticipeCore
import ParticipeDocuments

extension Participe {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre ce qui a changé entre deux réponses / Shows what changed between two answers files.",
            discussion: """
                Lists the answers that changed, the parts of each document that changed because of them, and the \
                catalogue items (requirements, criteria, steps) added, removed or reworded, each with the answers \
                it derives from. With -o, writes each changed document as a redline: <document>.redline.docx and \
                .redline.odt with the changes as tracked revisions (author and date) that Word and LibreOffice \
                accept or reject, .redline.html (deletions struck through, insertions underlined) and \
                .redline.md (CriticMarkup). The \
                older file may be for an earlier version of the kit: it is brought forward first. Exit status: \
                0, also when nothing changed; 2 when a file cannot be read or written.
                """)

        @Argument(help: ArgumentHelp("Les réponses d'avant / The earlier answers.", valueName: "old"))
        var old: String
        @Argument(help: ArgumentHelp("Les réponses d'après / The later answers.", valueName: "new"))
        var new: String
        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("Dossier des documents révisés / Folder of the redlines.", valueName: "dir"))
        var output: String?

        @OptionGroup var common: CommonOptions
        @OptionGroup var dateOption: DateOption

        func run() throws {
            var console = Console(language: common.language(answers: Console.answersLanguage(new)))
            // Either file may be for an earlier version of the kit: both are brought to the kit found.
            let newFile = try console.readAnswersFile(new)
            let oldFile = try console.readAnswersFile(old)
            let kit = try console.loadKit(id: newFile.kitID, library: common.library)
            let (oldSheet, oldMigration) = try console.answersBroughtForward(oldFile, kit: kit)
            let (newSheet, newMigration) = try console.answersBroughtForward(newFile, kit: kit)
            let today = dateOption.today
            let comparison: AnswersComparison
            do {
                comparison = try AnswersComparison(
                    old: Evaluation(kit: kit, sheet: oldSheet, language: console.language, today: today),
                    new: Evaluation(kit: kit, sheet: newSheet, language: console.language, today: today),
                    texts: &console.texts)
            } catch {
                console.report(error.diagnostics)
                throw ExitStatus.unreadable.code
            }
            console.out(Self.lines(of: comparison, console: console).joined(separator: "\n"))
            // What a migration kept aside is no answer any more: say it, lest it pass for unchanged.
            for (file, report) in [(old, oldMigration), (new, newMigration)] {
                guard let report, !report.keptAside.isEmpty else { continue }
                console.out(console.say(.diffKeptAside(file: file, from: report.from, to: report.to)))
                for aside in report.keptAside {
                    console.out("  " + MigrationWording.reason(aside.path, aside.reason).text(in: console.language))
                }
            }
            guard let output else { return }
            try write(comparison, to: output, kit: kit, console: &console)
        }

        static func lines(of comparison: AnswersComparison, console: Console) -> [String] {
            guard !comparison.answers.isEmpty || !comparison.origins.isEmpty || !comparison.documents.isEmpty else {
                return [console.say(.diffNothing)]
            }
            var lines: [String] = []
            if !comparison.answers.isEmpty {
                lines.append(console.say(.diffAnswers(comparison.answers.count)))
                lines += comparison.answers.map { "  " + Self.line($0, console: console) }
            }
            if !comparison.origins.isEmpty {
                lines.append(console.say(.diffOrigins(comparison.origins.count)))
                lines += comparison.origins.map { "  " + Self.line($0, console: console) }
            }
            for document in comparison.documents {
                lines.append(console.say(.diffDocument(document.title)))
                lines += document.sections.map { "  § " + $0 }
            }
            if !comparison.items.isEmpty {
                lines.append(console.say(.diffItems(comparison.items.count)))
                for item in comparison.items {
                    let mark =
                        switch item.kind {
                        case .added: "+"
                        case .removed: "−"
                        case .reworded: "~"
                        }
                    let from = item.from.isEmpty ? "" : " ← " + item.from.map(\.description).joined(separator: ", ")
                    lines.append("  \(mark) \(item.id) \(item.title)\(from)")
                }
            }
            return lines
        }

        /// An answer as the list shows it, on one line: « — » for none.
        private static func shown(_ text: String) -> String {
            text.isEmpty ? "—" : text.replacingOccurrences(of: "\n", with: " ⏎ ")
        }

        /// `path : before → after`, with the colon as the language writes it.
        static func line(_ change: AnswersComparison.ChangedAnswer, console: Console) -> String {
            console.say(.labelled(change.path.description, "\(shown(change.before)) → \(shown(change.after))"))
        }

        private func write(_ comparison: AnswersComparison, to folder: String, kit: Kit, console: inout Console) throws
        {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for document in comparison.documents {
                    let metadata = document.metadata
                    let markdown = DocumentRedline.markdown(old: document.before, new: document.after)
                    let changes = (comparison.answers + comparison.origins).map { Self.line($0, console: console) }
                    let html = HTMLWriter().write(
                        document.redline, metadata: metadata, changes: changes + document.sections.map { "§ " + $0 })
                    let files: [(Data, String)] = [
                        (Data(markdown.utf8), "md"), (Data(html.utf8), "html"),
                        (try DOCXWriter().write(document.redline, metadata: metadata), "docx"),
                        (try ODTWriter().write(document.redline, metadata: metadata), "odt"),
                    ]
                    for (data, suffix) in files {
                        let path = (folder as NSString).appendingPathComponent("\(document.filename).redline.\(suffix)")
                        try AtomicFile.write(data, to: path)
                        console.out(path)
                    }
                }
            } catch let error as AtomicFileError {
                console.err(error.message(language: console.language))
                throw ExitStatus.unreadable.code
            } catch {
                console.err(console.say(.cannotWrite(folder: folder, reason: "\(error)")))
                throw ExitStatus.unreadable.code
            }
        }
    }
}
