import ParticipeCore

extension Evaluation {
    /// `name` with the lot a file is made for (its number among the lots in force, when it is one of them):
    /// `cahier-des-charges-lot-1-plateforme`; `name` itself without a lot.
    func filename(_ name: String, lot: Lot?) -> String {
        guard let lot else { return name }
        return number(of: lot).map { "\(name)-lot-\($0)-\(lot.id)" } ?? "\(name)-lot-\(lot.id)"
    }

    /// `title` with the lot a document is made for: « … — Lot 1 : Plateforme »; `title` itself without a lot in
    /// force. `lotTitle` is the lot's title as it is to be written (escaped for Markdown), its plain title by default.
    func title(_ title: String, lot: Lot?, lotTitle: String? = nil) -> String {
        guard let lot, let number = number(of: lot) else { return title }
        return DocumentWording.ofLot(document: title, number: number, lot: lotTitle ?? self.title(of: lot))
            .text(in: language)
    }
}
