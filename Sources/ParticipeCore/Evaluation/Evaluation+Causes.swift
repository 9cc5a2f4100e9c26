extension Evaluation {
    /// A problem and the problems that follow from it (rules whose `follows` lead to it).
    public struct RuleGroup: Sendable {
        public var cause: FiredRule
        /// The fired rules that follow from the cause, in the order they fired.
        public var consequences: [FiredRule]

        public init(cause: FiredRule, consequences: [FiredRule]) {
            self.cause = cause
            self.consequences = consequences
        }

        /// The gravest severity of the group: a warning whose consequences include a blocker weighs as a blocker.
        public var severity: Rule.Severity {
            ([cause] + consequences).map(\.rule.severity).min() ?? cause.rule.severity
        }
    }

    /// The fired rules, each under the fired rule it follows from, through the rules that did not fire if need be:
    /// one missing decision gives one problem with its consequences, not three problems. A rule following from
    /// several fired rules goes under the first its `follows` lead to. Groups keep the order of their causes.
    public var ruleGroups: [RuleGroup] {
        let fired = Dictionary(firedRules.map { ($0.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rules = Dictionary(kit.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The topmost fired rule a rule follows from, depth first along its `follows`.
        func cause(of id: String, seen: inout Set<String>) -> String? {
            for next in rules[id]?.follows ?? [] where seen.insert(next).inserted {
                if let higher = cause(of: next, seen: &seen) { return higher }
                if fired[next] != nil { return next }
            }
            return nil
        }
        var groups: [RuleGroup] = []
        var consequences: [String: [FiredRule]] = [:]
        for rule in firedRules {
            var seen: Set<String> = [rule.rule.id]
            if let root = cause(of: rule.rule.id, seen: &seen) {
                consequences[root, default: []].append(rule)
            } else {
                groups.append(RuleGroup(cause: rule, consequences: []))
            }
        }
        return groups.map { RuleGroup(cause: $0.cause, consequences: consequences[$0.cause.rule.id] ?? []) }
    }

    /// The three things to do first: the gravest groups, and among equally grave ones those with the most
    /// consequences (the cause is where to start), then in kit order.
    public var firstSteps: [RuleGroup] { firstSteps(among: ruleGroups) }

    /// The three things to do first among `groups`, the evaluation's `ruleGroups` that a caller already has.
    public func firstSteps(among groups: [RuleGroup]) -> [RuleGroup] {
        let order = Dictionary(kit.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ranked = groups.sorted { left, right in
            if left.severity != right.severity { return left.severity < right.severity }
            if left.consequences.count != right.consequences.count {
                return left.consequences.count > right.consequences.count
            }
            return (order[left.cause.rule.id] ?? 0) < (order[right.cause.rule.id] ?? 0)
        }
        return Array(ranked.prefix(3))
    }
}
