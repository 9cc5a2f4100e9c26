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
