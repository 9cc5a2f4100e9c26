/// A text given per language (`{fr: …, en: …}`), or once for all languages.
public struct LocalizedText: Sendable, Hashable {
    /// Texts by language code; the key `""` holds a text given for every language.
    public let texts: [String: String]

    public init(_ texts: [String: String]) {
        self.texts = texts
    }

    public init(all text: String) {
        self.texts = ["": text]
    }

    /// The text in `language`, else the text for every language, else in the first fallback language found.
    public func resolve(_ language: Language, fallbacks: [Language] = []) -> String {
        if let text = texts[language.code] ?? texts[""] { return text }
        for fallback in fallbacks {
            if let text = texts[fallback.code] { return text }
        }
        return texts.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// The languages among `languages` for which no text is given.
    func missing(_ languages: [Language]) -> [Language] {
        texts[""] != nil ? [] : languages.filter { texts[$0.code] == nil }
    }
}
