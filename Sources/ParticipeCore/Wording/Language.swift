/// A language Participe speaks: its messages, the fixed words of its documents, and the texts of kits.
///
/// Adding a language is a new case here and one file per wording table (`*Wording+<Language>.swift`):
/// the compiler then lists every sentence still to translate.
public enum Language: String, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
    case french = "fr"
    case english = "en"

    /// The ISO 639-1 code, as kits and answers files write it.
    public var code: String { rawValue }

    public var description: String { rawValue }

    /// The language of an ISO code such as `fr` or `en-GB`; nil for a language Participe does not speak.
    public init?(code: some StringProtocol) {
        let base = String(code.prefix { $0 != "-" && $0 != "_" && $0 != "." })
        self.init(rawValue: base.lowercased())
    }

    /// The first language named by `LC_ALL`, `LC_MESSAGES` or `LANG` that Participe speaks.
    public static func from(environment: [String: String]) -> Language? {
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], let language = Language(code: value) { return language }
        }
        return nil
    }

    /// French first: the product's first language.
    public static let `default` = Language.french
}
