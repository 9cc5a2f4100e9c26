/// A localised list of strings (`examples`).
public struct LocalizedList: Sendable, Hashable {
    public let lists: [String: [String]]

    public init(_ lists: [String: [String]]) {
        self.lists = lists
    }

    public func resolve(_ language: Language, fallbacks: [Language] = []) -> [String] {
        if let list = lists[language.code] ?? lists[""] { return list }
        for fallback in fallbacks {
            if let list = lists[fallback.code] { return list }
        }
        return []
    }
}
