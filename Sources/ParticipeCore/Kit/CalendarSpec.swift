/// A calendar of dated milestones (`calendars:`), which documents list in date order whatever order the answers
/// give them: a decision planned before the restitution comes first.
public struct CalendarSpec: Sendable, Identifiable {
    public let id: String
    public let milestones: [Milestone]
    public let location: SourceLocation

    /// A milestone: its label and the expression of its date.
    public struct Milestone: Sendable {
        public let label: LocalizedText
        /// A date (an answer, a computed value); a milestone whose date is not known yet keeps its place.
        public let date: Expression
        /// The milestone is listed when this holds.
        public let when: Expression?
        public let location: SourceLocation
    }
}
