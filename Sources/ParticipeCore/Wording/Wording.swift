/// A sentence or phrase a user can see, in every language Participe speaks.
///
/// Each concern has one table: an enum of its messages conforming to `Wording`, with one file per
/// language (`YAMLMessage+French.swift`, `YAMLMessage+English.swift`) holding the `switch` that words
/// every case. Adding a language is one requirement here, one line in `text(in:)`, and one file per
/// table; the compiler points at every message still to translate.
public protocol Wording: Sendable {
    var french: String { get }
    var english: String { get }
}

extension Wording {
    /// The message's stable code: its table and its case, `yaml.merge-key` for `YAMLMessage.mergeKey`.
    public var code: String {
        let table = String(describing: type(of: self))
        let concern = table.hasSuffix("Message") ? String(table.dropLast("Message".count)) : table
        let mirror = Mirror(reflecting: self)
        let name = mirror.children.first?.label ?? String(describing: self)
        return Self.kebab(concern) + "." + Self.kebab(name)
    }

    /// `mergeKey` → `merge-key`, `YAML` → `yaml`.
    private static func kebab(_ name: String) -> String {
        var result = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0,
                characters[index - 1].isLowercase || (index + 1 < characters.count && characters[index + 1].isLowercase)
            {
                result.append("-")
            }
            result.append(Character(character.lowercased()))
        }
        return result
    }

    public func text(in language: Language) -> String {
        switch language {
        case .french: french
        case .english: english
        }
    }
}

extension Language {
    /// `« x »` in French, `'x'` in English: how a name or a value is quoted inside a sentence.
    public func quoted(_ text: some StringProtocol) -> String {
        switch self {
        case .french: "« \(text) »"
        case .english: "'\(text)'"
        }
    }
}
