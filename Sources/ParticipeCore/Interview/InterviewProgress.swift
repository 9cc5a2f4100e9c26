/// Where an interview stands: "Section 3/11 · 24/71".
public struct InterviewProgress: Sendable, Hashable {
    /// The current section among the sections that have visible questions, from 1.
    public var section: Int
    public var sections: Int
    public var answered: Int
    public var total: Int

    public var fraction: Double { total == 0 ? 1 : Double(answered) / Double(total) }
}
