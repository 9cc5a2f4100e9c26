extension ValidationMessage {
    var english: String {
        switch self {
        case .missingRequired(let path, let label): "required answer missing: \(path) (“\(label)”)"
        case .toConfirm(let path, let label): "required answer to be confirmed (left for later): \(path) (“\(label)”)"
        case .answerToConfirm(let path, let label, let provenance):
            "answer to be confirmed: \(path) (“\(label)”)" + (provenance.isEmpty ? "" : " — \(provenance)")
        case .factNotInForce(let label, let date, let known, let value, let source):
            "rule to check: the kit knows “\(label)” only \(known); on \(date), the value \(value) was taken as it "
                + "stands" + (source.isEmpty ? "" : " (source: \(source))")
                + ": check the one that applies and update the kit"
        case .offerWithoutLot(let candidate, let named, let lots, let hint):
            (named.map { "the offer '\(candidate)' answers lot '\($0)', which is not a lot of this purchase" }
                ?? "the offer '\(candidate)' does not say which lot it answers")
                + ": no matrix ranks it; give under 'lot' one of the lots " + lots.joined(separator: ", ") + hint
        case .atPath(let path, let problem): "\(path): \(problem)"
        case .belowMinimum(let number, let minimum): "\(number) is below the minimum \(minimum)"
        case .aboveMaximum(let number, let maximum): "\(number) is above the maximum \(maximum)"
        case .offScale(let number, let minimum, let maximum):
            "\(number) is not on the scale from \(minimum) to \(maximum)"
        case .dateBefore(let date, let minimum): "the date \(date) is before \(minimum)"
        case .dateAfter(let date, let maximum): "the date \(date) is after \(maximum)"
        case .tooShort(let characters, let minimum): "\(characters) characters, at least \(minimum) needed"
        case .tooLong(let characters, let maximum): "\(characters) characters, at most \(maximum)"
        case .singleLine: "a single line is expected"
        case .tooFewItems(let count, let minimum): "\(count) item(s), at least \(minimum) needed"
        case .tooManyItems(let count, let maximum): "\(count) item(s), at most \(maximum)"
        case .negativePoints(let choice): "the points of '\(choice)' cannot be negative"
        case .exclusiveChoice(let label): "'\(label)' is chosen alone, with no other choice"
        case .pointsTotal(let total, let expected): "the points add up to \(total) instead of \(expected)"
        case .itemFieldMissing(let index, let label): "item \(index): “\(label)” is missing"
        case .itemField(let index, let field, let problem): "item \(index), \(field): \(problem)"
        case .unnamedCandidate(let index): "candidate \(index) has no name"
        case .scoreOffScale(let candidate, let criterion, let score, let minimum, let maximum):
            "\(candidate), \(criterion): the score \(score) is outside the scale \(minimum)–\(maximum)"
        case .priceNotPositive(let candidate): "\(candidate): the price must be positive"
        }
    }
}
