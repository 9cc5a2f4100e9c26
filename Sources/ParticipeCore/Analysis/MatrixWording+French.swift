extension MatrixWording {
    public var french: String {
        switch self {
        case .title(let table): Self.french(table)
        case .column(let column): Self.french(column)
        case .kind(.scored): "noté"
        case .kind(.price): "prix"
        case .kind(.eliminatory): "éliminatoire"
        case .status(.ranked): "classé"
        case .status(.tied): "ex aequo"
        case .status(.incomplete): "incomplet"
        case .status(.eliminated): "irrégulier, écarté"
        case .status(.regularising): "irrégulier, à régulariser"
        case .incompleteMissing(let labels): "incomplet, manque : " + labels
        case .eliminatedFailing(let labels): "irrégulier, écarté : " + labels
        case .regularisingFailing(let labels): "irrégulier, à régulariser : " + labels
        case .criterionLevel: "critère"
        case .subCriterionLevel: "sous-critère (poids global)"
        case .stable: "stable de 0 à 100"
        case .winnerChanges(let margin): "le premier change à \(Self.twoDecimals(margin)) point(s) près"
        case .list(let names):
            names.count > 1
                ? names.dropLast().joined(separator: ", ") + " et " + (names.last ?? "") : names.first ?? ""
        case .tiedAtRank(let names, let rank): "\(names) sont ex aequo au rang \(rank)."
        case .formulaName(.proportional): "Formule proportionnelle (prix le plus bas ÷ prix de l'offre)"
        case .formulaName(.linearFromLowest): "Formule linéaire par rapport au prix le plus bas"
        case .formulaName(.linearBetweenExtremes):
            "Formule linéaire entre le prix le plus bas et le prix le plus élevé"
        case .formula(.proportional): "Note = note maximale × (prix le plus bas ÷ prix de l'offre)"
        case .formula(.linearFromLowest):
            "Note = note maximale × (1 − (prix de l'offre − prix le plus bas) ÷ prix le plus bas), et au moins 0"
        case .formula(.linearBetweenExtremes):
            "Note = note maximale × (prix le plus élevé − prix de l'offre) ÷ (prix le plus élevé − prix le plus bas)"
        case .scaleLevel(let level): Self.frenchLevels[min(max(0, level), 5)]
        case .tableFile(let table):
            switch table {
            case .criteria: "criteres"
            case .scores: "notes"
            case .contributions: "points-ponderes"
            case .eliminations: "offres-irregulieres"
            case .sensitivity: "sensibilite"
            case .equalWeights: "poids-egaux"
            }
        case .sensitivity(let winner, let criterion, let now, let change):
            Self.french(winner: winner, label: "«\u{00A0}\(criterion)\u{00A0}»", now: now, change: change)
        }
    }

    /// `15,56`: the table's two decimals with a decimal comma.
    private static func twoDecimals(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: 2, decimalMark: ",")
    }

    private static func french(_ table: Table) -> String {
        switch table {
        case .criteria: "Critères et pondérations"
        case .scores: "Notes des candidats"
        case .contributions: "Points pondérés par critère"
        case .eliminations: "Candidats irréguliers"
        case .sensitivity: "Sensibilité des pondérations"
        case .equalWeights: "Classement à poids égaux"
        }
    }

    private static func french(_ column: Column) -> String {
        switch column {
        case .criterion: "Critère"
        case .parentCriterion: "Critère parent"
        case .kind: "Type"
        case .localWeight: "Poids local (%)"
        case .globalWeight: "Poids global (%)"
        case .candidate: "Candidat"
        case .price: "Montant de l'offre (€ HT)"
        case .total: "Total /100"
        case .rank: "Rang"
        case .status: "Statut"
        case .mustHavesFailed: "Exigences non satisfaites"
        case .level: "Niveau"
        case .currentWeight: "Poids actuel (%)"
        case .thresholdDown: "Seuil à la baisse (%)"
        case .thresholdUp: "Seuil à la hausse (%)"
        case .newWinnerDown: "Nouveau premier à la baisse"
        case .newWinnerUp: "Nouveau premier à la hausse"
        case .conclusion: "Conclusion"
        case .equalWeightsTotal: "Total à poids égaux /100"
        case .equalWeightsRank: "Rang à poids égaux"
        case .currentRank: "Rang actuel"
        }
    }

    private static let frenchLevels = [
        "Non traité ou ne répond pas au besoin",
        "Très insuffisant : réponse très partielle ou peu crédible",
        "Insuffisant : réponse partielle, lacunes importantes",
        "Satisfaisant : répond au besoin, sans plus",
        "Bon : répond bien au besoin, avec des points forts",
        "Très bon : répond pleinement au besoin, avec une plus-value",
    ]

    /// "Offre B reste en tête tant que le poids de « Prix » reste entre 22,4 et 61 (il est de 30). …"
    private static func french(winner: String, label: String, now: String, change: Change) -> String {
        switch change {
        case .never:
            "\(winner) reste en tête quel que soit le poids de \(label) (de 0 à 100)."
        case .outside(let low, let lowWinner, let high, let highWinner):
            "\(winner) reste en tête tant que le poids de \(label) reste entre \(low) et \(high) "
                + "(il est de \(now)). En dessous de \(low), \(lowWinner) passerait en tête ; "
                + "au-dessus de \(high), \(highWinner)."
        case .below(let low, let lowWinner):
            "\(winner) reste en tête tant que le poids de \(label) reste au-dessus de \(low) "
                + "(il est de \(now)) ; en dessous, \(lowWinner) passerait en tête."
        case .above(let high, let highWinner):
            "\(winner) reste en tête tant que le poids de \(label) reste en dessous de \(high) "
                + "(il est de \(now)) ; au-dessus, \(highWinner) passerait en tête."
        }
    }
}
