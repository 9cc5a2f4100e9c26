import ParticipeCore

/// What `participe check` reports, as text or JSON.
struct CheckReport: Encodable {
    struct Location: Encodable {
        var file: String
        var line: Int
        var column: Int

        init(_ location: SourceLocation) {
            (file, line, column) = (location.file, location.line, location.column)
        }

        /// `file:line:column: `, what a terminal line opens with.
        var prefix: String { "\(file):\(line):\(column): " }
    }

    struct Issue: Encodable {
        var question: String
        var kind: String
        var message: String
        var location: Location?

        init(question: String, kind: String, message: String, location: SourceLocation?) {
            self.question = question
            self.kind = kind
            self.message = message
            self.location = location.map(Location.init)
        }

        /// A diagnostic about `question`, listed under `kind`.
        init(question: String, kind: String, _ diagnostic: Diagnostic) {
            self.init(question: question, kind: kind, message: diagnostic.message, location: diagnostic.location)
        }
    }

    struct Finding: Encodable {
        var id: String
        var severity: String
        var message: String
        var action: String?
        var concerns: [String]
        /// The rule whose problem this one follows from, when that one fired too.
        var follows: String?
    }

    struct SectionProgress: Encodable {
        var id: String
        var title: String
        var answered: Int
        var total: Int
        var percent: Int
    }

    struct Progress: Encodable {
        var answered: Int
        var total: Int
        var percent: Int
        var sections: [SectionProgress]
    }

    /// Where the answers put the kit's grid: the level reached, the level declared, and the gap.
    struct GridLevel: Encodable {
        var title: String
        var level: String?
        var declared: String?
        var gap: Int?
        var levelLabel: String?
        var declaredLabel: String?
        var iap2: String?
    }

    struct Summary: Encodable {
        /// Rules of severity blocker, plus invalid answers (out of bounds, required but missing, not fitting their question).
        var blockers: Int
        var warnings: Int
        var advice: Int
        var invalidAnswers: Int
    }

    var file: String
    var kit: String
    var version: String
    var language: String
    var progress: Progress
    var issues: [Issue]
    /// Answers given but marked to be confirmed, with who gave them, when and from what source.
    var toConfirm: [Issue]
    /// Dated facts of the kit not known on the facts' date: the rule in force must be checked.
    var rulesToCheck: [Issue]
    /// Failures offers record that the decision matrix cannot count.
    var offersToReview: [Issue]
    var diagnostics: [Finding]
    /// The rules to settle first: the causes of the gravest problems, those that settle the most first.
    var firstSteps: [String]
    /// Every problem as one list of diagnostics with their codes: answers that do not fit their question,
    /// invalid answers, answers to be confirmed, then the rules that fired.
    var problems: [DiagnosticsReport.Entry]
    var computed: [String: String]
    var grids: [String: GridLevel]
    var summary: Summary

    init(file: String, evaluation: Evaluation, invalid: [Diagnostic] = []) {
        let kit = evaluation.kit
        let formatter = ValueFormatter(language: evaluation.language)
        self.file = file
        self.kit = kit.id
        self.version = kit.version
        self.language = evaluation.language.code
        progress = Progress(
            answered: evaluation.progress.answered, total: evaluation.progress.total,
            percent: evaluation.progress.percent,
            sections: evaluation.progress.sections.filter(\.visible).map { section in
                SectionProgress(
                    id: section.section,
                    title: kit.section(section.section)?.title.resolve(evaluation.language, fallbacks: kit.fallbacks)
                        ?? "",
                    answered: section.answered, total: section.total, percent: section.percent)
            })
        issues = evaluation.issues.map { issue in
            Issue(
                question: issue.path.description, kind: issue.kind == .missingRequired ? "missing" : "invalid",
                message: issue.message, location: issue.location)
        }
        toConfirm = zip(evaluation.answersToConfirm, evaluation.answersToConfirmDiagnostics).map {
            Issue(question: $0.description, kind: "to-confirm", $1)
        }
        rulesToCheck = zip(evaluation.facts.filter { !$0.inForce }, evaluation.factsNotInForce).map {
            Issue(question: $0.computed.id, kind: "fact-not-in-force", $1)
        }
        offersToReview = evaluation.offersToReview.map { Issue(question: "", kind: "offer-to-review", $0) }
        let groups = evaluation.ruleGroups
        let causes = Dictionary(
            groups.flatMap { group in group.consequences.map { ($0.rule.id, group.cause.rule.id) } },
            uniquingKeysWith: { first, _ in first })
        diagnostics = evaluation.firedRules.map { fired in
            Finding(
                id: fired.rule.id, severity: fired.rule.severity.rawValue, message: fired.message.description,
                action: fired.action?.description, concerns: fired.rule.concerns.map(\.description),
                follows: causes[fired.rule.id])
        }
        firstSteps = evaluation.firstSteps(among: groups).map(\.cause.rule.id)
        grids = Dictionary(
            uniqueKeysWithValues: kit.grids.compactMap { grid in
                evaluation.grids[grid.id].map { result in
                    (
                        grid.id,
                        GridLevel(
                            title: grid.title.resolve(evaluation.language, fallbacks: kit.fallbacks),
                            level: result.level.map { grid.levels[$0].id },
                            declared: result.declared.map { grid.levels[$0].id }, gap: result.gap,
                            levelLabel: result.level.map {
                                grid.levels[$0].label.resolve(evaluation.language, fallbacks: kit.fallbacks)
                            },
                            declaredLabel: result.declared.map {
                                grid.levels[$0].label.resolve(evaluation.language, fallbacks: kit.fallbacks)
                            },
                            iap2: result.level.flatMap {
                                grid.levels[$0].iap2?.resolve(evaluation.language, fallbacks: kit.fallbacks)
                            })
                    )
                }
            })
        computed = evaluation.computed.filter { $0.value != .null }.mapValues(formatter.plain)
        let count = { (severity: Rule.Severity) in evaluation.firedRules.filter { $0.rule.severity == severity }.count }
        // A warning while reading the answers (a score that is ignored) is not an invalid answer.
        let errors = invalid.filter { $0.severity == .error }.count
        summary = Summary(
            blockers: evaluation.blockingCount + errors,
            warnings: count(.warning) + invalid.count - errors + toConfirm.count + rulesToCheck.count
                + offersToReview.count,
            advice: count(.advice),
            invalidAnswers: evaluation.issues.count + errors)
        problems = DiagnosticsReport(invalid + evaluation.diagnostics).diagnostics
    }

    func text(_ console: Console) -> String {
        var lines = [
            console.say(
                .checkHeading(
                    file: file, kit: kit, version: version, answered: progress.answered, total: progress.total,
                    percent: progress.percent))
        ]
        for section in progress.sections {
            lines.append("  \(Self.bar(section.percent)) \(section.title) \(section.answered)/\(section.total)")
        }
        for grid in grids.keys.sorted().compactMap({ grids[$0] }) {
            guard let level = grid.levelLabel else { continue }
            var line = console.say(.gridLevel(title: grid.title, level: level, iap2: grid.iap2))
            if let declared = grid.declaredLabel, let gap = grid.gap, gap != 0 {
                line += console.say(.gridAim(declared: declared, gap: gap))
            }
            lines += ["", line]
        }
        // Each list under its heading, each line with its place and its mark.
        let listed: [([Issue], CommandMessage, String)] = [
            (issues, .answersToFix(issues.count), ""), (toConfirm, .answersToConfirm(toConfirm.count), "? "),
            (rulesToCheck, .rulesToCheck(rulesToCheck.count), "? "),
            (offersToReview, .offersToReview(offersToReview.count), "! "),
        ]
        for (entries, heading, mark) in listed where !entries.isEmpty {
            lines += ["", console.say(heading)]
            lines += entries.map { "  \(mark)\($0.location?.prefix ?? "")\($0.message)" }
        }
        let groups: [(Rule.Severity, String)] = [(.blocker, "✗"), (.warning, "!"), (.advice, "i")]
        for (severity, mark) in groups {
            let findings = diagnostics.filter { $0.severity == severity.rawValue }
            guard !findings.isEmpty else { continue }
            lines += ["", "\(console.say(.findings(severity))) (\(findings.count))"]
            for finding in findings {
                lines.append("  \(mark) [\(finding.id)] \(finding.message)")
                if let action = finding.action { lines.append("    → \(action)") }
                if !finding.concerns.isEmpty {
                    lines.append("    " + console.say(.concerns(finding.concerns.joined(separator: ", "))))
                }
                if let cause = finding.follows { lines.append("    " + console.say(.follows(cause))) }
            }
        }
        // With three findings or fewer, the list above already says it all.
        let steps = firstSteps.compactMap { id in diagnostics.first { $0.id == id } }
        if diagnostics.count > 3 {
            lines += ["", console.say(.firstSteps(steps.count))]
            for (number, step) in steps.enumerated() {
                lines.append("  \(number + 1). [\(step.id)] " + (step.action ?? step.message))
            }
        }
        lines += [
            "",
            console.say(
                .checkSummary(
                    blockers: summary.blockers, warnings: summary.warnings, advice: summary.advice,
                    // The blocking answers are listed apart from the rules: say how many of the blockers they are.
                    answers: summary.blockers
                        - diagnostics.count(where: { $0.severity == Rule.Severity.blocker.rawValue }))),
        ]
        return lines.joined(separator: "\n")
    }

    static func bar(_ percent: Int) -> String {
        let filled = max(0, min(10, (percent + 5) / 10))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 10 - filled) + "]"
    }
}
