extension AnalysisMessage {
    package var english: String {
        switch self {
        case .sectionNeverShown(let section, let reason):
            "section '\(section)' is never shown: its `when` can never hold (\(reason.english))"
        case .questionNeverShown(let path, let reason):
            "question '\(path)' is never shown: its `when` can never hold (\(reason.english))"
        case .requiredNeverApplies(let path, let reason):
            "question '\(path)' is never required: its `required` condition never holds while it is shown "
                + "(\(reason.english))"
        case .ruleNeverFires(let rule, let reason):
            "rule '\(rule)' can never fire: its `when` can never hold (\(reason.english))"
        case .itemNeverKept(let catalogue, let item, let reason):
            "item '\(item)' of catalogue '\(catalogue)' is never kept: its `when` can never hold (\(reason.english))"
        case .priorityNeverApplies(let catalogue, let item, let priority, let reason):
            "priority '\(priority)' of item '\(item)' (catalogue '\(catalogue)') never applies: its condition "
                + "never holds while the item is kept (\(reason.english))"
        case .levelNeverReached(let grid, let level, let reason):
            "level '\(level)' of grid '\(grid)' is never reached: its `when` can never hold (\(reason.english))"
        case .unitTwice(let name, let unit):
            "'{{ \(name) }}' already shows its unit '\(unit)': the '\(unit)' written after it would appear twice"
        case .migrationUnaccounted(let path, let from, let to):
            "question '\(path)' of version \(from) is not in version \(to) and the migration neither moves nor "
                + "removes it: its answers would be kept aside"
        case .questionUnused(let path):
            "question '\(path)' is used by no document, rule, computed value, catalogue or condition: "
                + "its answer goes nowhere"
        case .factEnded(let id, let until):
            "fact '\(id)' is known only until \(until): add the value in force since then, with its source "
                + "(until you do, answers dated after it take the last value, with a warning)"
        case .computedUnused(let id):
            "computed value '\(id)' is used by no document, rule, catalogue or other value"
        }
    }
}

extension AnalysisMessage.Reason {
    var english: String {
        switch self {
        case .exclusive(let subject, let tests):
            "no value of '\(subject)' passes " + tests.map { "`\($0)`" }.joined(separator: " and ")
        case .alwaysFalse(let test): "`\(test)` is always false"
        case .neverShown(let path): "it needs an answer to '\(path)', which is never shown"
        }
    }
}
