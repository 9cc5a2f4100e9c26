import ArgumentParser
import Foundation
import ParticipeCore
import ParticipeWorkshop

extension Participe {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ouvre l'atelier dans le navigateur / Starts the workshop in the browser.",
            discussion: """
                Without a file: starts the workshop server, keeping every workshop in one SQLite database in \
                --data (default ./participe-data), and prints the organiser's link, which creates workshops \
                and leads them all; a new link is printed at each start. With an answers file: opens that \
                file for one person in the browser, writing each saved answer back into it (its comments \
                kept), and prints the link to open. Ctrl-C stops the server; every answer saved is kept.
                """)

        @Argument(
            help: ArgumentHelp(
                "Un fichier de réponses à ouvrir seul / An answers file to open alone.", valueName: "answers"))
        var answers: String?

        @Option(help: ArgumentHelp("Adresse d'écoute / Address to listen on.", valueName: "host"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("Port (0 : un port libre) / Port (0: a free one).", valueName: "port"))
        var port = 8080

        @Option(help: ArgumentHelp("Dossier des données / Data folder.", valueName: "dir"))
        var data = "participe-data"

        @OptionGroup var common: CommonOptions
        @OptionGroup var dateOption: DateOption

        func validate() throws {
            guard (0...65_535).contains(port) else {
                throw ValidationError(CommandMessage.portOutOfRange(port).text(in: common.language()))
            }
        }

        func run() async throws {
            var console = Console(language: common.language(answers: answers.flatMap(Console.answersLanguage)))
            let today = dateOption.today
            if !Self.isLoopback(host) { console.err(console.say(.openToNetwork(host))) }
            let store: SQLiteWorkshopStore
            let kits: [Kit]
            var file: AnswersFileLink?
            let firstLink: String
            if let answers {
                let (kit, sheet, _) = try console.loadAnswers(answers, library: common.library)
                kits = [kit]
                store = try await SQLiteWorkshopStore.open(path: nil)
                let opened = try await SingleFileWorkshop.open(
                    answers, kit: kit, sheet: sheet, store: store, language: console.language)
                file = opened.link
                firstLink = opened.joinPath
            } else {
                kits = try loadKits(&console)
                do {
                    try FileManager.default.createDirectory(
                        atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                    store = try await SQLiteWorkshopStore.open(path: data + "/participe.sqlite")
                } catch {
                    console.err(console.say(.cannotOpenData(folder: data, reason: "\(error)")))
                    throw ExitStatus.unreadable.code
                }
                let key = SecretToken.make()
                try await store.setOrganiserKey(digest: SecretToken.digest(key))
                firstLink = "/organiser/\(key)"
            }
            let workshop = Workshop(store: store, kits: kits, today: { today }, file: file)
            try await workshop.adoptInstalledKitVersions()
            let shownHost = host.contains(":") ? "[\(host)]" : host
            let single = answers != nil
            let message = console
            let path = firstLink
            let app = buildApplication(workshop, host: host, port: port) { boundPort in
                let link = "http://\(shownHost):\(boundPort)\(path)"
                message.out(message.say(single ? .fileLink(link) : .organiserLink(link)))
                message.out(message.say(.stopWithControlC))
            }
            do {
                try await app.runService()
            } catch {
                console.err(console.say(.serverStopped(reason: "\(error)")))
                try? await store.close()
                throw ExitStatus.unreadable.code
            }
            try? await store.close()
        }

        /// Every kit found; one that does not load is reported and left out.
        private func loadKits(_ console: inout Console) throws -> [Kit] {
            var kits: [Kit] = []
            for (_, directory) in common.library.kitDirectories() {
                if let kit = try? console.loadKit(directory: directory) { kits.append(kit) }
            }
            guard !kits.isEmpty else {
                console.err(console.say(.noKitFound(folders: common.library.folders.joined(separator: ", "))))
                throw ExitStatus.unreadable.code
            }
            return kits
        }

        static func isLoopback(_ host: String) -> Bool {
            host == "localhost" || host == "::1" || host.hasPrefix("127.")
        }
    }
}
