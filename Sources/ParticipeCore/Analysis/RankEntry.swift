/// A place in a ranking.
public struct RankEntry: Hashable, Sendable {
    public var candidateID: String
    public var total: Double
    public var rank: Int
    public var tied: Bool
}
