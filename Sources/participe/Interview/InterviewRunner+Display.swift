import ParticipeCore

extension InterviewRunner {
    /// The welcome: the kit, where answers are saved, how to get help.
    func welcome(resuming: Bool) {
        let kit = session.kit
        terminal.line(terminal.style(text(kit.title), .bold))
        if let description = kit.description { terminal.line(text(description)) }
        let progress = session.progress
        if resuming {
            terminal.line(say(.resuming(answered: progress.answered, total: progress.total)))
        }
        terminal.line(say(.welcome(file: file)))
    }

    /// The section's title and introduction, when the interview enters a new section.
    mutating func announceSection(_ id: String) {
        guard announced != id, let section = session.kit.section(id) else { return }
        announced = id
        let progress = session.progress
        terminal.line()
        terminal.line(
            terminal.style(say(.sectionHeading(section: progress.section, sections: progress.sections)), .bold)
                + terminal.style(text(section.title), .bold))
        if let intro = session.evaluation.render(section.intro)?.description, !intro.isEmpty {
            terminal.line(intro)
        }
        for misconception in session.kit.misconceptions where misconception.sections.contains(id) {
            guard misconceptionsShown.insert(misconception.id).inserted else { continue }
            terminal.line(terminal.style(say(.misconception) + text(misconception.claim), .yellow))
            terminal.line("  " + text(misconception.answer))
        }
    }

    /// The question: progress, label, unit, examples, choices and how to answer.
    /// The total grows only when answers open questions, and the position then says so; the bar keeps
    /// the fullest it has shown, so that it never moves backwards.
    mutating func show(_ question: Question, at path: QuestionPath) {
        let progress = session.progress
        let position = say(
            .position(
                section: progress.section, sections: progress.sections, answered: progress.answered,
                total: progress.total))
        terminal.line()
        if let totalShown, progress.total > totalShown {
            terminal.line(terminal.style(say(.moreQuestions(count: progress.total - totalShown)), .dim))
        }
        totalShown = progress.total
        barShown = max(barShown, progress.fraction)
        terminal.line(terminal.style(terminal.isTerminal ? position + " " + terminal.bar(barShown) : position, .dim))
        let required = session.isRequired(path) ? say(.requiredMark) : ""
        let label = text(question.label)
        // A label that already names its unit, « Part de temps (ETP) », does not get it twice.
        let unit = question.unit.map(text).map { label.contains("(\($0))") ? "" : " (\($0))" } ?? ""
        terminal.line(terminal.style(label + unit + required, .bold))
        if let provenance = session.sheet.provenance[path], !provenance.isEmpty {
            terminal.line(terminal.style(say(.provenanceLine(formatter.provenance(provenance))), .dim))
        }
        if let examples = question.examples?.resolve(session.language, fallbacks: session.kit.fallbacks),
            !examples.isEmpty
        {
            terminal.line(say(.examples(examples)))
        }
        for (index, choice) in question.choices.enumerated() {
            terminal.line("  \(index + 1). \(text(choice.label))" + (choice.exclusive ? say(.exclusiveMark) : ""))
        }
        if question.type == .scale, let scale = question.scale {
            let labels = scale.labels.keys.sorted().map { "\($0) = \(text(scale.labels[$0]))" }
            terminal.line(
                say(.scaleRange(minimum: scale.minimum, maximum: scale.maximum))
                    + (labels.isEmpty ? "" : " (" + labels.joined(separator: ", ") + ")"))
        }
        var hint = say(.howToAnswer(question.type, total: formatter.number(question.total)))
        if question.help != nil || question.choices.contains(where: { $0.help != nil }) || !question.see.isEmpty {
            hint += say(.helpAvailable)
        }
        terminal.line(terminal.style(hint, .dim))
    }

    /// Under an answer, the rules it has just made fire: their severity's mark, message and action.
    func showRulesFired(since before: Set<String>, at path: QuestionPath) {
        for fired in session.rulesFired(since: before, concerning: path) {
            let (mark, style): (String, Terminal.Style) =
                switch fired.rule.severity {
                case .blocker: ("✗", .red)
                case .warning: ("!", .yellow)
                case .advice: ("i", .cyan)
                }
            terminal.line(terminal.style("\(mark) [\(fired.rule.id)] \(fired.message.description)", style))
            if let action = fired.action?.description { terminal.line("  → \(action)") }
        }
    }

    /// A field of a list item, before its prompt: its choices and how to answer, as for a question.
    func showField(_ field: Question) {
        guard !field.choices.isEmpty || field.type == .boolean else { return }
        for (index, choice) in field.choices.enumerated() {
            terminal.line("  \(index + 1). \(text(choice.label))")
        }
        var hint = say(.howToAnswer(field.type, total: formatter.number(field.total)))
        if field.help != nil || field.choices.contains(where: { $0.help != nil }) || !field.see.isEmpty {
            hint += say(.helpAvailable)
        }
        terminal.line(terminal.style(hint, .dim))
    }

    /// `?`: the help, the choices' help and the glossary entries the question points to.
    func showHelp(at path: QuestionPath) {
        guard let question = session.kit.question(path) else { return }
        showHelp(question)
    }

    /// `?` on a question or on a field of a list item.
    func showHelp(_ question: Question) {
        var shown = false
        if let help = session.evaluation.render(question.help)?.description, !help.isEmpty {
            terminal.line(help)
            shown = true
        }
        for (index, choice) in question.choices.enumerated() {
            guard let help = choice.help else { continue }
            terminal.line("  \(index + 1). \(text(choice.label)) — \(text(help))")
            shown = true
        }
        for id in question.see {
            guard let entry = session.kit.glossary.first(where: { $0.id == id }) else { continue }
            terminal.line(say(.glossaryEntry(term: text(entry.term), definition: text(entry.definition))))
            shown = true
        }
        if !shown { terminal.line(say(.noHelp)) }
    }
}
