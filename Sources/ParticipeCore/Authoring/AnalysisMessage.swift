/// What `lint` says about a kit's logic: conditions that can never hold, parts nothing uses. The words are in
/// `AnalysisMessage+French.swift` and `AnalysisMessage+English.swift`.
package enum AnalysisMessage: Wording {
    /// Why a condition can never hold.
    package enum Reason: Sendable, Hashable {
        /// The tests on one subject exclude each other.
        case exclusive(subject: String, tests: [String])
        /// A test that is false whatever the answers.
        case alwaysFalse(test: String)
        /// The condition needs an answer to a question that is never shown.
        case neverShown(path: String)
    }

    case sectionNeverShown(section: String, Reason)
    case questionNeverShown(path: String, Reason)
    case requiredNeverApplies(path: String, Reason)
    case ruleNeverFires(rule: String, Reason)
    case itemNeverKept(catalogue: String, item: String, Reason)
    case priorityNeverApplies(catalogue: String, item: String, priority: String, Reason)
    case levelNeverReached(grid: String, level: String, Reason)
    /// `{{ budget }} M€` where `budget` already shows its unit.
    case unitTwice(name: String, unit: String)
    case questionUnused(path: String)
    /// A question of an earlier version that is neither in the next one, nor moved, nor removed.
    case migrationUnaccounted(path: String, from: String, to: String)
    case computedUnused(id: String)
    /// A dated fact whose last period ended before today.
    case factEnded(id: String, until: String)
}
