/// The few words the writers add themselves, in the document's language.
struct WriterStrings {
    var skipLink: String
    var contents: String
    var tocPlaceholder: String
    var months: [String]

    init(language: String) {
        if language.lowercased().hasPrefix("en") {
            skipLink = "Skip to content"
            contents = "Contents"
            tocPlaceholder = "Update this field (right click, Update field) to show the table of contents."
            months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        } else {
            skipLink = "Aller au contenu"
            contents = "Sommaire"
            tocPlaceholder = "Mettez ce champ à jour (clic droit, Mettre à jour le champ) pour afficher le sommaire."
            months = [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ]
        }
        isEnglish = language.lowercased().hasPrefix("en")
    }

    private let isEnglish: Bool

    /// `2025-01-15` as "15 janvier 2025" or "15 January 2025"; other text unchanged.
    func longDate(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return date }
        let dayText = !isEnglish && day == 1 ? "1er" : String(day)
        return "\(dayText) \(months[month - 1]) \(year)"
    }
}
