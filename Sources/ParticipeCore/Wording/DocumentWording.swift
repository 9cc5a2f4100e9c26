/// The fixed words of documents and of the values in them: months, yes and no, how numbers, times and
/// units are written, the writers' own labels and the templates' `labels`. One table for `ValueFormatter`
/// and the document writers; the words are in `DocumentWording+French.swift` and
/// `DocumentWording+English.swift`.
public enum DocumentWording: Wording, Hashable {
    /// A month's name, 1 for January.
    case month(Int)
    /// A date in full: `1er janvier 2025`, `1 January 2025`.
    case date(day: Int, month: Int, year: Int)
    case yes
    case no
    /// Between groups of three digits: a non-breaking space in French, a comma in English.
    case thousandsSeparator
    case decimalSeparator
    /// A number too large to write in full: `1,5 × 10^18`, the mantissa already formatted.
    case scientific(mantissa: String, exponent: Int)
    /// A time of day: `19 h 30` in French, `19:30` in English.
    case time(hours: Int, minutes: Int)
    /// A number and its unit: `12 %` in French, `12%` in English, otherwise a non-breaking space between them.
    case withUnit(number: String, unit: String)
    /// A value after its label, in a list of points: `Prix : 40` in French, `Price: 40` in English.
    case labelled(label: String, value: String)
    /// The HTML link that skips to the content.
    case skipLink
    /// The title of the table of contents.
    case contents
    /// The line a redline opens with.
    case redlineLegend
    /// Said of a question left unanswered.
    case unanswered
    /// Where an answer comes from: `source : délibération du 12 mars`.
    case provenanceSource(String)
    /// Who gave an answer and when, either may be missing: `Sophie Le Bihan, 12 novembre 2026`.
    case provenanceGiven(by: String?, on: String?)
    /// Said of an answer to be confirmed.
    case toConfirm
    /// Between the parts of a provenance: ` ; ` in French, `; ` in English.
    case provenanceSeparator
    /// The days a dated fact holds, dates already written, either bound may be missing:
    /// `du 1er avril 2026 au 31 décembre 2027`, `depuis le 1er avril 2026`, `jusqu'au 31 mars 2026`; empty without either.
    case period(from: String?, until: String?)
    /// What a document shows where a value is missing, naming it: `[à préciser : date d'ouverture]`.
    case toBeSpecified(String)
    /// The first paragraph of a document generated while blocking points remain (Markdown).
    case provisional(blocking: Int)
    /// The title of a document made for one lot: `Cahier des clauses techniques particulières — Lot 1 : Plateforme`.
    case ofLot(document: String, number: Int, lot: String)
}
