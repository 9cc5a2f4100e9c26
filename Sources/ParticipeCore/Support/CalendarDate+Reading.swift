/// Reading dates as people write them, the same in the interview and in the answers file.
extension CalendarDate {
    /// `2027-03-01`; `01/03/2027` (day first) when `slashes`; and the long forms `ValueFormatter` writes,
    /// in either language, with or without accents: `1er mars 2027`, `1 mars 2027`, `1 March 2027`.
    public init?(reading text: some StringProtocol, slashes: Bool = true) {
        let text = String(text).trimmingWhitespace
        if let date = CalendarDate(iso: text) {
            self = date
        } else if slashes, let (year, month, day) = Self.slashParts(text) {
            self.init(year: year, month: month, day: day)
        } else if let (year, month, day) = Self.longParts(text) {
            self.init(year: year, month: month, day: day)
        } else {
            return nil
        }
    }

    /// A date in one of the shapes `init(reading:)` reads, whether or not such a day exists: `31/02/2027`.
    static func hasDateShape(_ text: some StringProtocol, slashes: Bool = true) -> Bool {
        let text = String(text).trimmingWhitespace
        return hasISOShape(text) || (slashes && slashParts(text) != nil) || longParts(text) != nil
    }

    /// `01/03/2027` or `1/3/2027`: day, month, four-digit year.
    private static func slashParts(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return (year, month, day)
    }

    /// `1er février 2027`, `1 fevrier 2027`, `1 February 2027`.
    private static func longParts(_ text: String) -> (Int, Int, Int)? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 3 else { return nil }
        var dayText = words[0].lowercased()
        if dayText == "1er" { dayText = "1" }
        guard (1...2).contains(dayText.count), dayText.allSatisfy({ $0.isASCII && $0.isNumber }),
            let day = Int(dayText), words[2].count == 4, words[2].allSatisfy({ $0.isASCII && $0.isNumber }),
            let year = Int(words[2])
        else { return nil }
        let name = folded(String(words[1]))
        guard
            let month = (1...12).first(where: { month in
                let wording = DocumentWording.month(month)
                return folded(wording.french) == name || folded(wording.english) == name
            })
        else { return nil }
        return (year, month, day)
    }

    /// Lowercased, without the accents French month names carry.
    private static func folded(_ text: String) -> String {
        String(
            text.lowercased().map { character -> Character in
                switch character {
                case "é", "è", "ê": "e"
                case "û", "ù": "u"
                default: character
                }
            })
    }
}
