/// Items derived from the answers: requirements, decision criteria, restitution steps, indicators…
public struct Catalogue: Sendable, Hashable, Identifiable {
    public struct Category: Sendable, Hashable, Identifiable {
        public var id: String
        public var title: LocalizedText
    }

    public enum Priority: String, Sendable, Hashable, CaseIterable {
        case obligatoire
        case souhaitable
        case optionnel
    }

    public struct Item: Sendable, Hashable, Identifiable {
        public var id: String
        public var when: Expression?
        public var category: String?
        public var priority: Priority?
        public var priorityWhen: [(Expression, Priority)]
        public var title: TemplatedText?
        public var text: TemplatedText?
        public var from: [QuestionPath]
        public var weight: Double?
        /// A weight computed from the answers (`weight: "if(… , 25, 15)"`), which takes the place of `weight`.
        public var weightExpression: Expression?
        public var parent: String?
        public var kind: Criterion.Kind?
        public var values: [(name: String, expression: Expression)]
        public var location: SourceLocation

        public static func == (lhs: Item, rhs: Item) -> Bool { lhs.id == rhs.id && lhs.location == rhs.location }
        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(location)
        }
    }

    public var id: String
    public var title: LocalizedText
    public var categories: [Category]
    public var items: [Item]
    public var location: SourceLocation

    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }

    /// The names of the `values` its items declare, in the order they first appear.
    public var valueNames: [String] {
        var seen: Set<String> = []
        return items.flatMap { $0.values.map(\.name) }.filter { seen.insert($0).inserted }
    }
}
