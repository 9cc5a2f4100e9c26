import ParticipeCore

extension InterviewRunner {
    /// The welcome: the kit, where answers are saved, how to get help.
    func welcome(resuming: Bool) {
        let kit = session.kit
        terminal.line(terminal.style(text(kit.title), .bold))
        if let description = kit.description { terminal.line(text(description)) }
        let progress = session.progress
        if resuming {
            terminal.line(
                say(
                    "Reprise : \(progress.answered)/\(progress.total) questions déjà renseignées.",
                    "Resuming: \(progress.answered)/\(progress.total) questions already answered."))
        }
        terminal.line(
            say(
                "Chaque réponse est enregistrée aussitôt dans \(file). Tapez :h pour les commandes, ? pour l'aide d'une question.",
                "Every answer is saved at once in \(file). Type :h for the commands, ? for a question's help."))
    }

    /// The section's title and introduction, when the interview enters a new section.
    mutating func announceSection(_ id: String) {
        guard announced != id, let section = session.kit.section(id) else { return }
        announced = id
        let progress = session.progress
        terminal.line()
        terminal.line(
            terminal.style("== " + say("Section", "Section") + " \(progress.section)/\(progress.sections) : ", .bold)
                + terminal.style(text(section.title), .bold))
        if let intro = session.evaluation.render(section.intro)?.description, !intro.isEmpty {
            terminal.line(intro)
        }
        for misconception in session.kit.misconceptions where misconception.sections.contains(id) {
            terminal.line(
                terminal.style(say("Idée reçue : ", "Received idea: ") + text(misconception.claim), .yellow))
            terminal.line("  " + text(misconception.answer))
        }
    }

    /// The question: progress, label, unit, examples, choices and how to answer.
    func show(_ question: Question, at path: QuestionPath) {
        let progress = session.progress
        let position = "Section \(progress.section)/\(progress.sections) · \(progress.answered)/\(progress.total)"
        terminal.line()
        terminal.line(
            terminal.style(terminal.isTerminal ? position + " " + terminal.bar(progress.fraction) : position, .dim))
        let required = session.isRequired(path) ? say(" (obligatoire)", " (required)") : ""
        let unit = question.unit.map { " (\(text($0)))" } ?? ""
        terminal.line(terminal.style(text(question.label) + unit + required, .bold))
        if let examples = question.examples?.resolve(session.language, fallbacks: session.kit.fallbacks),
            !examples.isEmpty
        {
            terminal.line(say("Exemples : ", "Examples: ") + examples.joined(separator: " ; "))
        }
        for (index, choice) in question.choices.enumerated() {
            terminal.line("  \(index + 1). \(text(choice.label))")
        }
        if question.type == .scale, let scale = question.scale {
            let labels = scale.labels.keys.sorted().map { "\($0) = \(text(scale.labels[$0]))" }
            terminal.line(
                say("De \(scale.minimum) à \(scale.maximum)", "From \(scale.minimum) to \(scale.maximum)")
                    + (labels.isEmpty ? "" : " (" + labels.joined(separator: ", ") + ")"))
        }
        var hint = howToAnswer(question)
        if question.help != nil || question.choices.contains(where: { $0.help != nil }) || !question.see.isEmpty {
            hint += say(" ? pour l'aide.", " ? for help.")
        }
        terminal.line(terminal.style(hint, .dim))
    }

    private func howToAnswer(_ question: Question) -> String {
        switch question.type {
        case .text: return say("Une ligne de texte.", "One line of text.")
        case .paragraph:
            return say(
                "Texte sur plusieurs lignes ; une ligne vide termine.",
                "Text over several lines; an empty line ends it.")
        case .integer: return say("Un nombre entier.", "A whole number.")
        case .number: return say("Un nombre (12 500 ou 1,5).", "A number (12,500 or 1.5).")
        case .boolean: return say("oui ou non (o/n).", "yes or no (y/n).")
        case .date: return say("Une date AAAA-MM-JJ ou JJ/MM/AAAA.", "A date YYYY-MM-DD.")
        case .time: return say("Une heure HH:MM, par exemple 19:30.", "A time HH:MM, e.g. 19:30.")
        case .single: return say("Le numéro d'un choix.", "The number of one choice.")
        case .multiple:
            return say("Des numéros séparés par des virgules ou des espaces.", "Numbers separated by commas or spaces.")
        case .scale: return say("Une note sur l'échelle.", "A score on the scale.")
        case .ranking:
            return say(
                "Les numéros dans l'ordre, du premier au dernier (ex. 2 1 3).",
                "The numbers in order, first to last (e.g. 2 1 3).")
        case .points:
            return say(
                "Répartissez \(formatter.number(question.total)) points, un nombre par choix.",
                "Share \(formatter.number(question.total)) points, one number per choice.")
        case .list:
            return say(
                "Un élément à la fois, champ par champ ; Entrée au premier champ termine la liste.",
                "One item at a time, field by field; Enter at the first field ends the list.")
        case .scores:
            return say(
                "Une offre à la fois : son nom, puis ses notes ; Entrée sur le nom termine.",
                "One candidate at a time: its name, then its scores; Enter at the name ends.")
        }
    }

    /// `?`: the help, the choices' help and the glossary entries the question points to.
    func showHelp(at path: QuestionPath) {
        guard let question = session.kit.question(path) else { return }
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
            terminal.line("  \(text(entry.term)) : \(text(entry.definition))")
            shown = true
        }
        if !shown { terminal.line(say("Pas d'aide pour cette question.", "No help for this question.")) }
    }
}
