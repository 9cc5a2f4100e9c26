import ParticipeCore

/// The few words the writers add themselves, in the document's language, from `DocumentWording`.
struct WriterStrings {
    let language: Language

    /// `language` is the metadata's code (`fr`, `en-GB`); a language Participe does not speak gets French.
    init(language code: String) {
        language = Language(code: code) ?? .default
    }

    var skipLink: String { DocumentWording.skipLink.text(in: language) }
    var contents: String { DocumentWording.contents.text(in: language) }
    var redlineLegend: String { DocumentWording.redlineLegend.text(in: language) }

    /// `2025-01-15` as "15 janvier 2025" or "15 January 2025"; other text unchanged.
    func longDate(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return date }
        return DocumentWording.date(day: day, month: month, year: year).text(in: language)
    }
}
