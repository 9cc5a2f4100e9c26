extension DocumentWording {
    public var english: String {
        switch self {
        case .month(let month): Self.englishMonths[min(max(1, month), 12) - 1]
        case .date(let day, let month, let year): "\(day) \(DocumentWording.month(month).english) \(year)"
        case .yes: "yes"
        case .no: "no"
        case .thousandsSeparator: ","
        case .decimalSeparator: "."
        case .scientific(let mantissa, let exponent): "\(mantissa) × 10^\(exponent)"
        case .time(let hours, let minutes):
            (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + String(minutes)
        case .withUnit(let number, "%"): number + "%"
        case .withUnit(let number, let unit): number + "\u{00A0}" + unit
        case .labelled(let label, let value): "\(label): \(value)"
        case .skipLink: "Skip to content"
        case .contents: "Contents"
        case .redlineLegend:
            "Revised version: text added is underlined on green, text removed is struck through on red."
        case .unanswered: "not answered"
        case .provenanceSource(let source): "source: \(source)"
        case .provenanceGiven(let person?, let day?): "\(person), \(day)"
        case .provenanceGiven(let person?, nil): person
        case .provenanceGiven(nil, let day?): "on \(day)"
        case .provenanceGiven(nil, nil): ""
        case .toConfirm: "to be confirmed"
        case .provenanceSeparator: "; "
        case .period(let from, let until):
            switch (from, until) {
            case (let from?, let until?): "from \(from) to \(until)"
            case (let from?, nil): "since \(from)"
            case (nil, let until?): "until \(until)"
            case (nil, nil): ""
            }
        case .toBeSpecified(let what): "[to be specified: \(what)]"
        case .ofLot(let document, let number, let lot): "\(document) — Lot \(number): \(lot)"
        case .provisional(let blocking):
            "**Provisional document: "
                + (blocking == 1 ? "1 blocking point" : "\(blocking) blocking points")
                + "** — see the diagnostic."
        }
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
}
