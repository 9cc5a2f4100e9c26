/// The scale evaluators score on, each level described so that scoring is reproducible.
public struct ScoringScale: Hashable, Sendable {
    /// One named level of the scale, described in French and in English.
    public struct Level: Hashable, Sendable {
        public var value: Double
        public var french: String
        public var english: String

        public init(value: Double, french: String, english: String) {
            self.value = value
            self.french = french
            self.english = english
        }
    }

    public var minimum: Double
    public var maximum: Double
    public var levels: [Level]

    public init(minimum: Double, maximum: Double, levels: [Level] = []) {
        self.minimum = minimum
        self.maximum = maximum
        self.levels = levels
    }

    /// Whether the scale can turn scores into fractions (a maximum above the minimum).
    public var isValid: Bool { minimum.isFinite && maximum.isFinite && maximum > minimum }

    public func contains(_ score: Double) -> Bool { score.isFinite && score >= minimum && score <= maximum }

    /// The score as a fraction of the scale: 0 at the minimum, 1 at the maximum.
    public func fraction(of score: Double) -> Double { (score - minimum) / (maximum - minimum) }

    /// The score at a given fraction of the scale; the inverse of `fraction(of:)`.
    public func score(atFraction fraction: Double) -> Double { minimum + fraction * (maximum - minimum) }

    /// The 0–5 scale used by default, with the usual wording of French evaluation reports.
    public static let zeroToFive = ScoringScale(
        minimum: 0, maximum: 5,
        levels: [
            Level(
                value: 0, french: "Non traité ou ne répond pas au besoin",
                english: "Not addressed, or does not meet the need"),
            Level(
                value: 1, french: "Très insuffisant : réponse très partielle ou peu crédible",
                english: "Very poor: a very partial or unconvincing answer"),
            Level(
                value: 2, french: "Insuffisant : réponse partielle, lacunes importantes",
                english: "Poor: a partial answer with significant gaps"),
            Level(
                value: 3, french: "Satisfaisant : répond au besoin, sans plus",
                english: "Satisfactory: meets the need, no more"),
            Level(
                value: 4, french: "Bon : répond bien au besoin, avec des points forts",
                english: "Good: meets the need well, with strengths"),
            Level(
                value: 5, french: "Très bon : répond pleinement au besoin, avec une plus-value",
                english: "Excellent: fully meets the need, with added value"),
        ])
}
