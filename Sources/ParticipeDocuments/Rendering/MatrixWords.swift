import ParticipeCore

/// The French and English words of a matrix view: kinds, statuses, ties and sensitivity sentences.
struct MatrixWords {
    let language: Language
    let formatter: ValueFormatter

    private var isEnglish: Bool { language == .english }

    private func say(_ french: String, _ english: String) -> String { isEnglish ? english : french }

    func kind(_ kind: Criterion.Kind) -> String {
        switch kind {
        case .scored: say("noté", "scored")
        case .price: say("prix", "price")
        case .eliminatory: say("éliminatoire", "eliminatory")
        }
    }

    func status(_ status: CandidateResult.Status) -> String {
        switch status {
        case .ranked(_, let tied): tied ? say("ex aequo", "tied") : say("classé", "ranked")
        case .incomplete: say("incomplet", "incomplete")
        case .eliminated: say("éliminé", "eliminated")
        }
    }

    func name(of formula: PriceFormula) -> String { isEnglish ? formula.englishName : formula.frenchName }

    func formula(of formula: PriceFormula) -> String { isEnglish ? formula.englishFormula : formula.frenchFormula }

    /// "A, B et C" / "A, B and C".
    func list(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + say(" et ", " and ") + last
    }

    /// One sentence per group of tied candidates; nil when nobody is tied.
    func ties(_ groups: [[String]], ranks: [Int]) -> String? {
        guard !groups.isEmpty else { return nil }
        return zip(groups, ranks).map { group, rank in
            say("\(list(group)) sont ex aequo au rang \(rank).", "\(list(group)) are tied at rank \(rank).")
        }.joined(separator: " ")
    }

    /// How far a top-level weight may move before the winner changes, in words.
    ///
    /// "Offre B reste en tête tant que le poids de « Prix » reste entre 22,4 et 61 (il est de 30). …"
    func sentence(_ entry: CriterionSensitivity, winner: String, names: (String) -> String) -> String {
        let label = say("«\u{00A0}\(entry.label)\u{00A0}»", "'\(entry.label)'")
        let now = weight(entry.baseWeight)
        switch (entry.decrease, entry.increase) {
        case (nil, nil):
            return say(
                "\(winner) reste en tête quel que soit le poids de \(label) (de 0 à 100).",
                "\(winner) stays first whatever the weight of \(label) (from 0 to 100).")
        case (let low?, let high?):
            let (lowWeight, highWeight) = (weight(low.weight), weight(high.weight))
            let (lowWinner, highWinner) = (names(low.newWinner), names(high.newWinner))
            return say(
                "\(winner) reste en tête tant que le poids de \(label) reste entre \(lowWeight) et \(highWeight) "
                    + "(il est de \(now)). En dessous de \(lowWeight), \(lowWinner) passerait en tête ; "
                    + "au-dessus de \(highWeight), \(highWinner).",
                "\(winner) stays first while the weight of \(label) stays between \(lowWeight) and \(highWeight) "
                    + "(it is \(now)). Below \(lowWeight), \(lowWinner) would come first; above \(highWeight), "
                    + "\(highWinner) would.")
        case (let low?, nil):
            return say(
                "\(winner) reste en tête tant que le poids de \(label) reste au-dessus de \(weight(low.weight)) "
                    + "(il est de \(now)) ; en dessous, \(names(low.newWinner)) passerait en tête.",
                "\(winner) stays first while the weight of \(label) stays above \(weight(low.weight)) "
                    + "(it is \(now)); below it, \(names(low.newWinner)) would come first.")
        case (nil, let high?):
            return say(
                "\(winner) reste en tête tant que le poids de \(label) reste en dessous de \(weight(high.weight)) "
                    + "(il est de \(now)) ; au-dessus, \(names(high.newWinner)) passerait en tête.",
                "\(winner) stays first while the weight of \(label) stays below \(weight(high.weight)) "
                    + "(it is \(now)); above it, \(names(high.newWinner)) would come first.")
        }
    }

    /// Weights in sentences carry one decimal: the thresholds are exact, the reader wants an order of size.
    private func weight(_ value: Double) -> String { formatter.number(value, decimals: 1) }
}
