import Foundation
import ParticipeCore

/// The restitution plan's steps as the results of Decidim's accountability component, in the CSV that its importer
/// (`Decidim::Accountability::ResultsCsvImporter`) reads: columns separated by semicolons, a title and a
/// description per language (`title/fr`, `description/fr`…; the importer falls back on the organisation's default
/// language for a missing one), start and end dates, the status and the parent by id.
///
/// Decidim creates the results it does not know, but updates the result of the component whose id a row gives: ids
/// (and so the steps' categories as parent results) are written only from `firstID`, which the administrator
/// chooses above the component's last result.
public struct DecidimAccountability {
    /// The catalogue whose items are the results: each item's `debut` and `echeance` values give its dates.
    public var catalogue: String
    /// The id of the first result written; nil writes no ids and no parents.
    public var firstID: Int?
    /// The id, in the component, of the status every result starts with (« Not started »); nil leaves it empty.
    public var statusID: Int?

    public init(catalogue: String, firstID: Int? = nil, statusID: Int? = nil) {
        self.catalogue = catalogue
        self.firstID = firstID
        self.statusID = statusID
    }

    /// The columns, in the order the importer's own export writes them.
    public static func header(languages: [Language]) -> [String] {
        ["id", "parent/id"] + languages.map { "title/\($0.code)" } + languages.map { "description/\($0.code)" }
            + ["start_date", "end_date", "status/id", "progress", "proposal_urls"]
    }

    /// The rows for `evaluations`, one evaluation of the same answers per language of the kit, the first being the
    /// default language; nil when the kit has no such catalogue.
    public func rows(_ evaluations: [Evaluation]) -> [[String]]? {
        guard let first = evaluations.first, let spec = first.kit.catalogues.first(where: { $0.id == catalogue })
        else { return nil }
        let items = evaluations.map { $0.catalogues[catalogue] ?? [] }
        var rows: [[String]] = []
        var nextID = firstID
        func take() -> String {
            guard let id = nextID else { return "" }
            nextID = id + 1
            return String(id)
        }
        let status = statusID.map(String.init) ?? ""
        // With ids, each category of the catalogue is a parent result, written before its steps.
        let categories: [(id: String?, title: [String])] =
            firstID == nil
            ? [(nil, [])]
            : spec.categories.map { category in
                (category.id, evaluations.map { category.title.resolve($0.language, fallbacks: $0.kit.fallbacks) })
            }
        for category in categories {
            let kept = items[0].indices.filter { category.id == nil || items[0][$0].item.category == category.id }
            guard !kept.isEmpty else { continue }
            var parent = ""
            // A parent spans every date of its steps, starts and deadlines alike.
            let dates = kept.flatMap { index in
                ["debut", "echeance"].compactMap { Self.value($0, items[0][index]) }
            }
            if category.id != nil {
                parent = take()
                rows.append(
                    [parent, ""] + category.title + category.title.map { "<p>\(XMLText.escaped($0))</p>" }
                        + [Self.date(dates.min()), Self.date(dates.max()), status, "", ""])
            }
            for index in kept {
                let own = items.map { $0.indices.contains(index) ? $0[index] : items[0][index] }
                let titles = own.map { "\($0.id) — " + ($0.title?.description ?? $0.item.id) }
                let descriptions = own.map { Self.html($0.text) }
                rows.append(
                    [take(), parent] + titles + descriptions
                        + [
                            Self.date(Self.value("debut", own[0])), Self.date(Self.value("echeance", own[0])), status,
                            "",
                            "",
                        ])
            }
        }
        return rows
    }

    /// The CSV the importer reads: semicolons, no byte-order mark (Ruby's CSV would take it into the first column's
    /// name), every field quoted where it needs to be.
    public func csv(_ evaluations: [Evaluation]) -> Data? {
        guard let rows = rows(evaluations) else { return nil }
        let languages = evaluations.map(\.language)
        return CSVWriter(separator: .semicolon, includesByteOrderMark: false).data(
            header: Self.header(languages: languages), rows: rows)
    }

    static func value(_ name: String, _ item: Evaluation.CatalogueItem) -> CalendarDate? {
        item.values.first { $0.name == name }?.value.date
    }

    static func date(_ date: CalendarDate?) -> String { date?.description ?? "" }

    /// A step's text as the HTML Decidim shows, the answers inside it escaped.
    static func html(_ text: RenderedText?) -> String {
        guard let text else { return "" }
        let document = MarkdownReader().read(text.escaped(MarkdownEscaper.escape))
        return HTMLRenderer(flavor: .commonMark).render(document.blocks).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
