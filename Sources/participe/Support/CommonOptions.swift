import ArgumentParser
import Foundation
import ParticipeCore

/// Options every subcommand that reads kits shares.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .customLong("templates"),
        help: ArgumentHelp(
            "Dossier de kits à consulter en premier (répétable) / Kit folder searched first (repeatable).",
            valueName: "dir"))
    var templateFolders: [String] = []

    @Option(
        help: ArgumentHelp(
            "Langue des messages et documents / Language of messages and documents: fr, en.", valueName: "lang"))
    var lang: Language?

    var library: KitLibrary {
        KitLibrary.standard(
            extra: templateFolders, environment: ProcessInfo.processInfo.environment,
            executablePath: CommandLine.arguments.first.flatMap(Self.resolveExecutable))
    }

    /// `--templates DIR` for each folder given, for the commands printed to run next: without them the same kit
    /// would not be found.
    var templateArguments: String {
        templateFolders.map { " --templates " + Self.shellWord($0) }.joined()
    }

    /// `word` as a shell reads it back: quoted when it holds anything but letters, digits and `/._-+,:@%=`.
    static func shellWord(_ word: String) -> String {
        let plain =
            !word.isEmpty
            && word.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (CharacterSet.alphanumerics.contains(scalar) || "/._-+,:@%=".unicodeScalars.contains(scalar))
            }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The language: `--lang`, else the answers file's, else `LANG`, else French.
    func language(answers: Language? = nil) -> Language {
        lang ?? answers ?? Language.from(environment: ProcessInfo.processInfo.environment) ?? .default
    }

    private static func resolveExecutable(_ argument: String) -> String? {
        if argument.contains("/") { return argument }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(argument)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}

/// `--date`: the date documents carry and `today()` returns; `SOURCE_DATE_EPOCH` or the clock otherwise.
struct DateOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Date des documents / Date of the documents (YYYY-MM-DD); défaut : aujourd'hui.", valueName: "date"))
    var date: String?

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            // `--lang` belongs to another group: the locale decides the language of this message.
            let language = Language.from(environment: ProcessInfo.processInfo.environment) ?? .default
            throw ValidationError(CommandMessage.dateExpected(date).text(in: language))
        }
    }

    var today: CalendarDate {
        if let date, let parsed = CalendarDate(iso: date) { return parsed }
        let environment = ProcessInfo.processInfo.environment
        let now = Date().timeIntervalSince1970
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? now
        // An epoch outside the years 1 to 9999 (or not a number) is ignored rather than trusted.
        guard let days = Int(exactly: (seconds / 86_400).rounded(.down)), abs(days) < 2_900_000 else {
            return CalendarDate(dayNumber: Int(now / 86_400))
        }
        return CalendarDate(dayNumber: days)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.code) }
}
