import Testing

/// A line-by-line difference of two texts, in the style of `diff -u` without the hunk headers.
public enum LineDiff {
    /// Lines prefixed with `  ` (in both), `- ` (expected only) or `+ ` (actual only); empty when the texts are equal.
    public static func lines(expected: String, actual: String) -> [String] {
        let old = split(expected)
        let new = split(actual)
        guard old != new else { return [] }
        // Longest common subsequence, by dynamic programming: the texts compared in tests are small.
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [String] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                result.append("  " + old[i])
                i += 1
                j += 1
            } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
                result.append("+ " + new[j])
                j += 1
            } else {
                result.append("- " + old[i])
                i += 1
            }
        }
        return result
    }

    /// The lines of `text`; a final newline does not make an extra empty line, but a missing one is shown.
    static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" {
            lines.removeLast()
        } else if !lines.isEmpty {
            lines[lines.count - 1] += "⏎̸"  // marks a text without a final newline
        }
        return lines.map(visible)
    }

    /// Trailing spaces and tabs made visible, since a diff cannot show them otherwise.
    private static func visible(_ line: String) -> String {
        var trailing = ""
        var body = Substring(line)
        while let last = body.last, last == " " || last == "\t" {
            trailing = (last == " " ? "·" : "→") + trailing
            body = body.dropLast()
        }
        return String(body) + trailing
    }
}

/// Records an issue with a readable line diff when `actual` is not `expected`.
public func assertLines(
    _ actual: String, _ expected: String, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual != expected else { return }
    let diff = LineDiff.lines(expected: expected, actual: actual)
    let header = (comment.isEmpty ? "" : comment + "\n") + "texts differ (- expected, + actual):"
    let body = diff.isEmpty ? ["(the texts differ only in line endings)"] : diff
    Issue.record(Comment(rawValue: ([header] + body).joined(separator: "\n")), sourceLocation: sourceLocation)
}
