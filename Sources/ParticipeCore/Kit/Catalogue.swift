/// Items derived from the answers: requirements, decision criteria, restitution steps, indicators…
public struct Catalogue: Sendable, Hashable, Identifiable {
    public struct Category: Sendable, Hashable, Identifiable {
        public let id: String
        public let title: LocalizedText
        /// The lots its items belong to, unless an item says otherwise.
        public var lots: [String] = []
    }

    /// The procurement categories of a requirement: a minimum requirement an offer passes or fails, a
    /// requirement scored under a criterion, an optional service every bidder prices (PSE), and a service
    /// ordered by purchase order as the need arises.
    public enum Priority: String, Sendable, Hashable, CaseIterable {
        case obligatoire
        case souhaitable
        case optionnel
        case bonDeCommande = "bon_de_commande"
    }

    public struct Item: Sendable, Hashable, Identifiable {
        public let id: String
        public let when: Expression?
        public let category: String?
        public let priority: Priority?
        public let priorityWhen: [(Expression, Priority)]
        public let title: TemplatedText?
        public let text: TemplatedText?
        public let from: [QuestionPath]
        public let weight: Double?
        /// A weight computed from the answers (`weight: "if(… , 25, 15)"`), which takes the place of `weight`.
        public let weightExpression: Expression?
        public let parent: String?
        public let kind: Criterion.Kind?
        public let values: [(name: String, expression: Expression)]
        /// A `list` question: the item is made once per entry of its answer, `entry` naming that entry in the
        /// item's expressions and texts.
        public var forEach: QuestionPath?
        /// The lots the item belongs to (its own `lots`, else its category's); empty: every lot.
        public var lots: [String] = []
        public let location: SourceLocation

        /// The name of the entry inside an item made `for_each` entry of a list.
        public static let entryName = "entry"

        public static func == (lhs: Item, rhs: Item) -> Bool { lhs.id == rhs.id && lhs.location == rhs.location }
        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(location)
        }
    }

    public let id: String
    public let title: LocalizedText
    public let categories: [Category]
    public let items: [Item]
    public let location: SourceLocation

    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }

    /// The names of the `values` its items declare, in the order they first appear.
    public var valueNames: [String] {
        var seen: Set<String> = []
        return items.flatMap { $0.values.map(\.name) }.filter { seen.insert($0).inserted }
    }
}
