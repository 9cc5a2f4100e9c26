/// A participation grid: ordered levels, the reached one being the highest whose condition holds.
public struct Grid: Sendable, Hashable, Identifiable {
    public struct Level: Sendable, Hashable, Identifiable {
        public let id: String
        public let label: LocalizedText
        public let description: LocalizedText?
        public var iap2: LocalizedText?
        public let promise: LocalizedText?
        public let when: Expression
    }

    public let id: String
    public let title: LocalizedText
    /// A `single` question whose choice ids are level ids: the level a team says it aims at.
    public let declared: QuestionPath?
    public let levels: [Level]
    public let location: SourceLocation

    /// The names expressions may read under the grid's id.
    static let members: [String: ValueType] = [
        "rank": .number, "declared_rank": .number, "gap": .number,
    ]

    func memberType(_ name: String) -> ValueType? {
        name == "level" || name == "declared" ? .choice(Set(levels.map(\.id))) : Self.members[name]
    }
}
