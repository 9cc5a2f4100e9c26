/// A participation grid: ordered levels, the reached one being the highest whose condition holds.
public struct Grid: Sendable, Hashable, Identifiable {
    public struct Level: Sendable, Hashable, Identifiable {
        public var id: String
        public var label: LocalizedText
        public var description: LocalizedText?
        public var iap2: LocalizedText?
        public var promise: LocalizedText?
        public var when: Expression
    }

    public var id: String
    public var title: LocalizedText
    /// A `single` question whose choice ids are level ids: the level a team says it aims at.
    public var declared: QuestionPath?
    public var levels: [Level]
    public var location: SourceLocation

    /// The names expressions may read under the grid's id.
    static let members: [String: ValueType] = [
        "rank": .number, "declared_rank": .number, "gap": .number,
    ]

    func memberType(_ name: String) -> ValueType? {
        name == "level" || name == "declared" ? .choice(Set(levels.map(\.id))) : Self.members[name]
    }
}
