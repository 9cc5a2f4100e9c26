extension Evaluation {
    /// Every problem the answers have, as diagnostics: invalid answers (`validation.missing-required`,
    /// `validation.out-of-range`), then the rules that fired (`rule.<id>`), blockers first. A blocker is an
    /// error, a warning a warning, an advice a note; a rule points at the first answer it concerns.
    public var diagnostics: [Diagnostic] {
        let validation = issues.map(\.diagnostic)
        let rules = firedRules.map { fired in
            let severity: Diagnostic.Severity =
                switch fired.rule.severity {
                case .blocker: .error
                case .warning: .warning
                case .advice: .note
                }
            let location = fired.rule.concerns.lazy.compactMap { sheet.locations[$0.description] }.first
            return Diagnostic(
                severity, fired.message.description, at: location, notes: fired.action.map { [$0.description] } ?? [],
                code: "rule.\(fired.rule.id)")
        }
        return validation + rules
    }
}
