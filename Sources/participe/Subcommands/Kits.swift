import ArgumentParser
import Foundation
import ParticipeCore

extension Participe {
    struct Kits: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les kits disponibles / Lists the kits found.",
            discussion: """
                Exit status: 0 when every kit found loads (or none is found), 2 when a kit cannot be loaded: \
                its errors are shown and the other kits are still listed; never 1.
                """)

        @OptionGroup var common: CommonOptions
        @Option(help: "text | json") var format: OutputFormat = .text

        func run() throws {
            var console = Console(language: common.language())
            let library = common.library
            var summaries: [KitSummary] = []
            var invalid = false
            for (_, directory) in library.kitDirectories() {
                do {
                    summaries.append(KitSummary(try console.loadKit(directory: directory), language: console.language))
                } catch {
                    invalid = true
                }
            }
            switch format {
            case .json:
                console.out(try JSONOutput.encode(summaries))
            case .text:
                if summaries.isEmpty {
                    console.out(console.say(.noKitFound(folders: library.folders.joined(separator: ", "))))
                }
                for kit in summaries { console.out(kit.text(console)) }
            }
            if invalid { throw ExitStatus.unreadable.code }
        }
    }
}

/// What `participe kits` tells of one kit.
struct KitSummary: Encodable {
    var id: String
    var version: String
    var title: String
    var languages: [String]
    var directory: String
    var sections: Int
    var questions: Int
    var computed: Int
    var grids: Int
    var matrices: Int
    var rules: Int
    var catalogues: [String: Int]
    /// Categories per catalogue (those that have them).
    var categories: [String: Int]
    var documents: Int
    var glossary: Int
    var misconceptions: Int

    init(_ kit: Kit, language: Language) {
        id = kit.id
        version = kit.version
        title = kit.title.resolve(language, fallbacks: kit.fallbacks)
        languages = kit.languages.map(\.code)
        directory = kit.directory
        sections = kit.sections.count
        questions = kit.questionCount
        computed = kit.computed.count
        grids = kit.grids.count
        matrices = kit.matrices.count
        rules = kit.rules.count
        catalogues = Dictionary(uniqueKeysWithValues: kit.catalogues.map { ($0.id, $0.items.count) })
        categories = Dictionary(
            uniqueKeysWithValues: kit.catalogues.filter { !$0.categories.isEmpty }.map { ($0.id, $0.categories.count) })
        documents = kit.documents.count
        glossary = kit.glossary.count
        misconceptions = kit.misconceptions.count
    }

    func text(_ console: Console) -> String {
        let catalogueText = catalogues.keys.sorted().map { "\($0) \(catalogues[$0] ?? 0)" }.joined(separator: ", ")
        return [
            console.say(.kitHeading(id: id, version: version, title: title)),
            "  " + console.say(.kitLanguages(languages: languages.joined(separator: ", "), directory: directory)),
            "  "
                + console.say(
                    .kitCounts(
                        sections: sections, questions: questions, rules: rules, computed: computed, documents: documents
                    )),
            "  " + console.say(.kitCatalogues(catalogueText.isEmpty ? "—" : catalogueText)),
        ].joined(separator: "\n")
    }
}

enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
