/// The scale evaluators score on, each level described so that scoring is reproducible.
public struct ScoringScale: Hashable, Sendable {
    /// One named level of the scale, described in each language.
    public struct Level: Hashable, Sendable {
        public var value: Double
        /// The description by language; a language without one has none.
        public var labels: [Language: String]

        public init(value: Double, labels: [Language: String]) {
            self.value = value
            self.labels = labels
        }

        /// The level described in `language`, nil when it has no description there.
        public func label(in language: Language) -> String? { labels[language] }
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
        levels: (0...5).map { level in
            Level(
                value: Double(level),
                labels: Dictionary(
                    uniqueKeysWithValues: Language.allCases.map { ($0, MatrixWording.scaleLevel(level).text(in: $0)) }))
        })
}
