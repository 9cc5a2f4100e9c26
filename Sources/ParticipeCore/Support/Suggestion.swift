/// "Did you mean …?" for a misspelt name: the one rule for answers, kits, expressions, templates and the kit library.
package enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo: at most one edit per three
    /// characters (at least one), case ignored. Ties go to the first in alphabetical order, so that messages do not
    /// depend on dictionary order; `word` itself is never suggested.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let length = lowered.count
        let limit = max(1, length / 3)
        var target: [Character]?  // Built only once a candidate is near enough in length.
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() where candidate != word {
            // Closer than the best so far: an equally close candidate later in the order does not replace it.
            let bound = min(limit, (best?.distance ?? Int.max) - 1)
            let other = Array(candidate.lowercased())
            guard abs(other.count - length) <= bound else { continue }
            let letters = target ?? Array(lowered)
            target = letters
            if let distance = editDistance(letters, other, atMost: bound) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// `; did you mean 'x'?` (` ; vouliez-vous dire « x » ?`) or nothing: `SuggestionMessage.didYouMean`.
    public static func hint(for word: String, among candidates: some Sequence<String>, language: Language = .english)
        -> String
    {
        closest(to: word, among: candidates).map { SuggestionMessage.didYouMean($0).text(in: language) } ?? ""
    }

    /// Edits (insertions, deletions, substitutions, swaps of two neighbours) from one word to the other, so that
    /// `dmeo` is one typo away from `demo` (optimal string alignment distance).
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        editDistance(Array(lhs), Array(rhs), atMost: Int.max) ?? Int.max
    }

    /// The edit distance if it is at most `limit`, otherwise nil. Words whose lengths differ by more than `limit`
    /// are not compared at all, and the comparison stops at the first row past `limit`, so that a huge unknown word
    /// costs no more than reading it.
    static func editDistance(_ left: [Character], _ right: [Character], atMost limit: Int) -> Int? {
        guard limit >= 0, abs(left.count - right.count) <= limit else { return nil }
        if left.isEmpty || right.isEmpty { return max(left.count, right.count) }
        var beforePrevious = Array(repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = previous
        var previousMinimum = 0
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            // A swap reaches back two rows: once both of the last two rows are past the limit, every later one is.
            if rowMinimum > limit, previousMinimum > limit { return nil }
            previousMinimum = rowMinimum
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        let distance = previous[right.count]
        return distance <= limit ? distance : nil
    }
}
