extension DocumentWording {
    public var french: String {
        switch self {
        case .month(let month): Self.frenchMonths[min(max(1, month), 12) - 1]
        case .date(let day, let month, let year):
            "\(day == 1 ? "1er" : String(day)) \(DocumentWording.month(month).french) \(year)"
        case .yes: "oui"
        case .no: "non"
        case .thousandsSeparator: "\u{00A0}"
        case .decimalSeparator: ","
        case .scientific(let mantissa, let exponent): "\(mantissa) × 10^\(exponent)"
        case .time(let hours, 0): "\(hours) h"
        case .time(let hours, let minutes): "\(hours) h " + (minutes < 10 ? "0" : "") + String(minutes)
        case .withUnit(let number, let unit): number + "\u{00A0}" + unit
        case .labelled(let label, let value): "\(label) : \(value)"
        case .skipLink: "Aller au contenu"
        case .contents: "Sommaire"
        case .redlineLegend:
            "Version révisée : le texte ajouté est souligné sur fond vert, le texte retiré barré sur fond rouge."
        case .unanswered: "non renseigné"
        case .provenanceSource(let source): "source : \(source)"
        case .provenanceGiven(let person?, let day?): "\(person), \(day)"
        case .provenanceGiven(let person?, nil): person
        case .provenanceGiven(nil, let day?): "le \(day)"
        case .provenanceGiven(nil, nil): ""
        case .toConfirm: "à confirmer"
        case .provenanceSeparator: " ; "
        case .period(let from, let until):
            switch (from, until) {
            case (let from?, let until?): "du \(from) au \(until)"
            case (let from?, nil): "depuis le \(from)"
            case (nil, let until?): "jusqu'au \(until)"
            case (nil, nil): ""
            }
        case .toBeSpecified(let what): "[à préciser : \(what)]"
        case .ofLot(let document, let number, let lot): "\(document) — Lot \(number) : \(lot)"
        case .provisional(let blocking):
            "**Document provisoire : "
                + (blocking == 1 ? "1 point bloquant" : "\(blocking) points bloquants")
                + "** — voir le diagnostic."
        }
    }

    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
}
