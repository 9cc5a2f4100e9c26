/// A fact of law or of a survey that holds between two dates (a threshold, a delay, a benchmark), kept in the kit
/// as data with its source, so that evaluation takes the value in force on the kit's `facts_date` and a document
/// can say which rule it applied.
///
/// A fact is read in expressions by its bare id, like a computed value; each period gives its value as an
/// expression, so one period may still depend on the answers (the State's threshold and the local authorities').
public struct Fact: Sendable, Hashable {
    public struct Period: Sendable, Hashable {
        /// The first day the value holds; nil for a value known since before any date that matters.
        public let from: CalendarDate?
        /// The last day the value holds; nil while no end is known.
        public let until: CalendarDate?
        public let value: Expression
        /// The text that sets this value (a decree, an article), when it is not the fact's own source.
        public let source: LocalizedText?
        public let location: SourceLocation

        public func holds(on date: CalendarDate) -> Bool {
            (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
        }
    }

    /// Where the fact comes from, for every period that names none of its own.
    public let source: LocalizedText?
    /// The periods, in date order, none overlapping (the kit's checks see to it).
    public let periods: [Period]

    /// The period in force on `date`; when none is, the nearest one (the last to have ended, else the first to
    /// come), with `inForce` false so that the answers' diagnostics say the value must be checked.
    public func period(on date: CalendarDate) -> (period: Period, inForce: Bool)? {
        if let holding = periods.first(where: { $0.holds(on: date) }) { return (holding, true) }
        let ended = periods.last { period in period.until.map { $0 < date } ?? false }
        return (ended ?? periods.first).map { ($0, false) }
    }

    /// The source of `period`: its own, else the fact's.
    public func source(of period: Period) -> LocalizedText? { period.source ?? source }

    /// The last day any value of the fact is known to hold; nil when its last period has no end.
    public var knownUntil: CalendarDate? { periods.last?.until }
}
