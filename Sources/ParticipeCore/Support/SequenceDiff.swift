/// The shortest edit between two sequences (Myers' algorithm): what stays, what goes, what comes. It costs
/// (n + m) × d steps for d differences, so comparing two versions of a long document that differ in a few
/// places stays close to linear.
package enum SequenceDiff {
    package enum Step: Equatable, Sendable {
        case same(old: Int, new: Int)
        case deleted(old: Int)
        case inserted(new: Int)
    }

    package static func steps<Element: Equatable>(from old: [Element], to new: [Element]) -> [Step] {
        let (n, m) = (old.count, new.count)
        let offset = n + m + 1
        var furthest = Array(repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        var found = false
        for d in 0...(n + m) {
            trace.append(furthest)
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
                    ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[x] == new[y] {
                    x += 1
                    y += 1
                }
                furthest[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break
                }
            }
            if found { break }
        }
        // Walk the trace back from the end, one difference at a time.
        var steps: [Step] = []
        var (x, y) = (n, m)
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let before = trace[d]
            let k = x - y
            let previousK =
                k == -d || (k != d && before[offset + k - 1] < before[offset + k + 1]) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : before[offset + previousK]
            let previousY = previousX - previousK
            while x > max(previousX, 0), y > max(previousY, 0), x > 0, y > 0, old[x - 1] == new[y - 1] {
                x -= 1
                y -= 1
                steps.append(.same(old: x, new: y))
            }
            guard d > 0 else { break }
            if x == previousX {
                y -= 1
                steps.append(.inserted(new: y))
            } else {
                x -= 1
                steps.append(.deleted(old: x))
            }
        }
        while x > 0, y > 0 {
            x -= 1
            y -= 1
            steps.append(.same(old: x, new: y))
        }
        return steps.reversed()
    }
}
