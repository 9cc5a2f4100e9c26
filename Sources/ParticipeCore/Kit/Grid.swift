/// A participation grid: ordered levels, the reached one being the highest whose conditions hold.
///
/// A level holds by its own conditions, not by its rank: a level below the one reached may not hold (a process
/// with every commitment of a consultation asks nothing of citizens as sources of data).
public struct Grid: Sendable, Hashable, Identifiable {
    public struct Level: Sendable, Hashable, Identifiable {
        public let id: String
        public let label: LocalizedText
        public let description: LocalizedText?
        public var iap2: LocalizedText?
        public let promise: LocalizedText?
        /// A condition without a label of its own; the level holds when it and every named condition hold.
        public let when: Expression?
        /// The conditions a document lists as met or missing (« La collectivité s'engage à dire comment les
        /// contributions ont pesé »).
        public var conditions: [Condition] = []
    }

    /// A named condition of a level.
    public struct Condition: Sendable, Hashable {
        public let label: LocalizedText
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
