/// Competition ranking ("1, 1, 3") of the candidates that have a total.
enum Ranking {
    /// Totals closer than this are equal: they differ only by rounding in the sums.
    static let tolerance = 1e-9

    /// Assigns ranks to candidates with a total; others are returned unchanged.
    static func rank(_ candidates: [CandidateResult]) -> [CandidateResult] {
        let totals = candidates.compactMap(\.total)
        return candidates.map { candidate in
            guard let total = candidate.total else { return candidate }
            let better = totals.filter { $0 > total + tolerance }.count
            let equal = totals.filter { abs($0 - total) <= tolerance }.count
            var copy = candidate
            copy.status = .ranked(rank: better + 1, tied: equal > 1)
            return copy
        }
    }
}
