extension MatrixWording {
    public var english: String {
        switch self {
        case .title(let table): Self.english(table)
        case .column(let column): Self.english(column)
        case .kind(.scored): "scored"
        case .kind(.price): "price"
        case .kind(.eliminatory): "eliminatory"
        case .status(.ranked): "ranked"
        case .status(.tied): "tied"
        case .status(.incomplete): "incomplete"
        case .status(.eliminated): "irregular, rejected"
        case .status(.regularising): "irregular, to be regularised"
        case .incompleteMissing(let labels): "incomplete, missing: " + labels
        case .eliminatedFailing(let labels): "irregular, rejected: " + labels
        case .regularisingFailing(let labels): "irregular, to be regularised: " + labels
        case .criterionLevel: "criterion"
        case .subCriterionLevel: "sub-criterion (global weight)"
        case .stable: "stable from 0 to 100"
        case .winnerChanges(let margin): "winner changes at \(NumberFormat.fixed(margin, decimals: 2)) point(s) away"
        case .list(let names):
            names.count > 1
                ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names.first ?? ""
        case .tiedAtRank(let names, let rank): "\(names) are tied at rank \(rank)."
        case .formulaName(.proportional): "Proportional formula (lowest price ÷ offer price)"
        case .formulaName(.linearFromLowest): "Linear formula relative to the lowest price"
        case .formulaName(.linearBetweenExtremes): "Linear formula between the lowest and the highest price"
        case .formula(.proportional): "Score = maximum score × (lowest price ÷ offer price)"
        case .formula(.linearFromLowest):
            "Score = maximum score × (1 − (offer price − lowest price) ÷ lowest price), at least 0"
        case .formula(.linearBetweenExtremes):
            "Score = maximum score × (highest price − offer price) ÷ (highest price − lowest price)"
        case .scaleLevel(let level): Self.englishLevels[min(max(0, level), 5)]
        case .tableFile(let table):
            switch table {
            case .criteria: "criteria"
            case .scores: "scores"
            case .contributions: "weighted-points"
            case .eliminations: "irregular-offers"
            case .sensitivity: "sensitivity"
            case .equalWeights: "equal-weights"
            }
        case .sensitivity(let winner, let criterion, let now, let change):
            Self.english(winner: winner, label: "'\(criterion)'", now: now, change: change)
        }
    }

    private static func english(_ table: Table) -> String {
        switch table {
        case .criteria: "Criteria and weights"
        case .scores: "Candidates' scores"
        case .contributions: "Weighted points per criterion"
        case .eliminations: "Irregular candidates"
        case .sensitivity: "Weight sensitivity"
        case .equalWeights: "Ranking with equal weights"
        }
    }

    private static func english(_ column: Column) -> String {
        switch column {
        case .criterion: "Criterion"
        case .parentCriterion: "Parent criterion"
        case .kind: "Kind"
        case .localWeight: "Local weight (%)"
        case .globalWeight: "Global weight (%)"
        case .candidate: "Candidate"
        case .price: "Offer amount (€ excl. tax)"
        case .total: "Total /100"
        case .rank: "Rank"
        case .status: "Status"
        case .mustHavesFailed: "Requirements not met"
        case .level: "Level"
        case .currentWeight: "Current weight (%)"
        case .thresholdDown: "Threshold down (%)"
        case .thresholdUp: "Threshold up (%)"
        case .newWinnerDown: "New winner (down)"
        case .newWinnerUp: "New winner (up)"
        case .conclusion: "Conclusion"
        case .equalWeightsTotal: "Equal-weights total /100"
        case .equalWeightsRank: "Equal-weights rank"
        case .currentRank: "Current rank"
        }
    }

    private static let englishLevels = [
        "Not addressed, or does not meet the need",
        "Very poor: a very partial or unconvincing answer",
        "Poor: a partial answer with significant gaps",
        "Satisfactory: meets the need, no more",
        "Good: meets the need well, with strengths",
        "Excellent: fully meets the need, with added value",
    ]

    private static func english(winner: String, label: String, now: String, change: Change) -> String {
        switch change {
        case .never:
            "\(winner) stays first whatever the weight of \(label) (from 0 to 100)."
        case .outside(let low, let lowWinner, let high, let highWinner):
            "\(winner) stays first while the weight of \(label) stays between \(low) and \(high) "
                + "(it is \(now)). Below \(low), \(lowWinner) would come first; above \(high), "
                + "\(highWinner) would."
        case .below(let low, let lowWinner):
            "\(winner) stays first while the weight of \(label) stays above \(low) "
                + "(it is \(now)); below it, \(lowWinner) would come first."
        case .above(let high, let highWinner):
            "\(winner) stays first while the weight of \(label) stays below \(high) "
                + "(it is \(now)); above it, \(highWinner) would come first."
        }
    }
}
