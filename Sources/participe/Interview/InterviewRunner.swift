import ParticipeCore

/// Runs an interview in the terminal: shows the question, reads a line, hands it to the session, and saves
/// the answers file after every accepted answer, so that an interrupted interview loses nothing.
struct InterviewRunner {
    enum Ending {
        case finished
        case quit
        case endOfInput
    }

    /// What happened to the question being asked.
    enum Step {
        case moved
        case quit
        case endOfInput
    }

    var session: InterviewSession
    let file: String
    let terminal: Terminal
    var console: Console
    /// The section whose title was shown last.
    var announced: String?
    /// The misconceptions shown so far: each once per interview, even when several sections name it.
    var misconceptionsShown: Set<String> = []
    /// The number of questions in the last position shown, to say why it grows.
    var totalShown: Int?
    /// The fullest progress bar shown: it never moves backwards.
    var barShown = 0.0

    init(session: InterviewSession, file: String, terminal: Terminal, console: Console) {
        self.session = session
        self.file = file
        self.terminal = terminal
        self.console = console
    }

    func say(_ message: InterviewMessage) -> String { message.text(in: session.language) }

    var input: InterviewInput { InterviewInput(language: session.language) }

    var formatter: ValueFormatter { ValueFormatter(language: session.language) }

    /// The label of the question at `path`, for a message about it.
    func questionLabel(_ path: QuestionPath) -> String { text(session.kit.question(path)?.label) }

    func text(_ localized: LocalizedText?) -> String {
        localized?.resolve(session.language, fallbacks: session.kit.fallbacks) ?? ""
    }

    mutating func run() throws -> Ending {
        // A file already complete is opened to change answers: offer its sections rather than end at once.
        let completeAtStart = session.current == nil
        while true {
            while let path = session.current {
                announceSection(path.section)
                switch try ask(path) {
                case .moved: continue
                case .quit: return .quit
                case .endOfInput: return .endOfInput
                }
            }
            guard completeAtStart else { return .finished }
            switch reviewWhenComplete() {
            case .moved: continue
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            case nil: return .finished
            }
        }
    }

    /// The sections of a complete file, then the answers of the one chosen, until the person is done (Enter or
    /// the end of the input: nil, the interview ends as a complete one does).
    private mutating func reviewWhenComplete() -> Step? {
        terminal.line(say(.completeReviewOffer(sections: sectionList())))
        while true {
            guard let line = terminal.read(say(.reviewSectionPrompt)) else { return nil }
            let typed = line.trimmingWhitespace
            if typed.isEmpty { return nil }
            if InterviewCommand(line: line) == .quit { return .quit }
            guard session.section(named: typed) != nil else {
                terminal.problem(say(.unknownSection(typed, sections: sectionList())))
                continue
            }
            // Enter at the section's answers comes back to the sections.
            if let step = review(typed) { return step }
            terminal.line(say(.completeReviewOffer(sections: sectionList())))
        }
    }

    /// Writes the answers file atomically; a failure to save ends the interview with exit code 2.
    func save() throws {
        do {
            try AnswersWriter.save(session.sheet, kit: session.kit, to: file)
        } catch {
            console.err(error.message(language: console.language))
            throw ExitStatus.unreadable.code
        }
    }

    private mutating func ask(_ path: QuestionPath) throws -> Step {
        guard let question = session.kit.question(path) else { return .quit }
        show(question, at: path)
        let firing = session.firedRuleIDs
        if [.points, .list, .scores].contains(question.type) {
            return try askParts(path, question: question, firing: firing)
        }
        // The lines of a paragraph interrupted by a command that stays on the question: typing goes on with them.
        var carried: String?
        while true {
            let proposed = session.proposedValue(path).map {
                formatter.answer($0, for: question, fallbacks: session.kit.fallbacks)
            }
            guard let line = terminal.read(proposed.map { "[\($0)] >" } ?? ">") else { return .endOfInput }
            if let (command, argument) = InterviewCommand.parse(line) {
                if let step = try perform(command, argument: argument, at: path) { return step }
                continue
            }
            if InterviewCommand.isUnknown(line) {
                refuseUnknownCommand(line)
                continue
            }
            let messages: [String]
            if line.allSatisfy(\.isWhitespace) {
                messages = session.acceptProposed()
            } else {
                var typed = InterviewCommand.answer(line)
                if question.type == .paragraph {
                    let (lines, command) = paragraph(startingWith: carried.map { $0 + "\n" + typed } ?? typed)
                    carried = nil
                    if let command {
                        try keepParagraph(lines, for: question, at: path)
                        if let step = try perform(command.command, argument: command.argument, at: path) {
                            return step
                        }
                        carried = lines
                        terminal.line(terminal.style(say(.paragraphGoesOn), .dim))
                        continue
                    }
                    typed = lines
                }
                switch input.parse(typed, for: question) {
                case .failure(let error): messages = [error.message]
                case .success(let value): messages = session.answer(value)
                }
            }
            if messages.isEmpty {
                try save()
                showRulesFired(since: firing, at: path)
                return .moved
            }
            messages.forEach(terminal.problem)
        }
    }

    /// The lines of a paragraph, up to an empty line, the end of the input or a command; the command, if any,
    /// is returned to be carried out. A line that looks like a command but is none is refused.
    private func paragraph(startingWith first: String) -> (String, (command: InterviewCommand, argument: String?)?) {
        var lines = [first]
        while let line = terminal.read("…"), !line.allSatisfy(\.isWhitespace) {
            if let parsed = InterviewCommand.parse(line) {
                // A list's commands mean nothing in a paragraph: refused, the paragraph goes on.
                if parsed.command == .editItem || parsed.command == .deleteItem {
                    terminal.problem(say(.noSuchItem(count: 0)))
                    continue
                }
                return (lines.joined(separator: "\n"), parsed)
            }
            if InterviewCommand.isUnknown(line) {
                refuseUnknownCommand(line)
                continue
            }
            lines.append(InterviewCommand.answer(line))
        }
        return (lines.joined(separator: "\n"), nil)
    }

    /// A command typed on a paragraph's continuation line: the lines typed so far are kept as the answer,
    /// without moving on, when they are valid; the command acts next.
    private mutating func keepParagraph(_ lines: String, for question: Question, at path: QuestionPath) throws {
        switch input.parse(lines, for: question) {
        case .failure(let error): terminal.problem(error.message)
        case .success(let value):
            let problems = session.problems(value, at: path)
            if problems.isEmpty, session.keep(value) {
                try save()
            } else {
                problems.forEach(terminal.problem)
            }
        }
    }

    /// A line starting with `:` that is no command: refused, with the list of commands; nothing is saved.
    func refuseUnknownCommand(_ line: String) {
        terminal.problem(say(.unknownCommand(line.trimmingWhitespace)))
        showCommands()
    }

    func showCommands() {
        terminal.line(say(.commandsTitle))
        for line in InterviewCommand.summary(language: session.language) { terminal.line(line) }
        terminal.line(say(.enterAcceptsBrackets))
    }

    /// A `points`, `list` or `scores` question, one part per line; asked again from the start when invalid.
    private mutating func askParts(_ path: QuestionPath, question: Question, firing: Set<String>) throws -> Step {
        while true {
            guard var dialogue = session.dialogue(for: path) else { return .quit }
            if dialogue.count > 0 { showItems(dialogue) }
            var shown: AnswerDialogue.Step?
            while let prompt = dialogue.prompt {
                if let field = dialogue.field, dialogue.step != shown {
                    showField(field)
                    shown = dialogue.step
                }
                guard let line = terminal.read(prompt + (dialogue.proposed.map { " [\($0)]" } ?? "") + " >") else {
                    return .endOfInput
                }
                if InterviewCommand(line: line) == .help, let field = dialogue.field {
                    showHelp(field)
                    continue
                }
                if let (command, argument) = InterviewCommand.parse(line) {
                    if command == .editItem || command == .deleteItem {
                        let number = argument.flatMap { Int($0) } ?? 0
                        let done = command == .editItem ? dialogue.editItem(number) : dialogue.deleteItem(number)
                        guard done else {
                            terminal.problem(say(.noSuchItem(count: dialogue.count)))
                            continue
                        }
                        if command == .deleteItem {
                            terminal.line(say(.itemDeleted(number)))
                            if session.keep(dialogue.value) { try save() }
                            showItems(dialogue)
                        }
                        continue
                    }
                    if command == .quit, dialogue.value != session.sheet[path],
                        session.problems(dialogue.value, at: path).isEmpty
                    {
                        // Items completed before `:q` are kept.
                        session.answer(dialogue.value)
                        try save()
                    }
                    if let step = try perform(command, argument: argument, at: path) { return step }
                    continue
                }
                if InterviewCommand.isUnknown(line) {
                    refuseUnknownCommand(line)
                    continue
                }
                let completed = dialogue.count
                if let error = dialogue.enter(InterviewCommand.answer(line)) { terminal.problem(error.message) }
                // Each completed item is saved at once, so a killed process loses at most the item being typed.
                if dialogue.count > completed, question.type != .points, session.keep(dialogue.value) { try save() }
            }
            let messages = session.answer(dialogue.value)
            if messages.isEmpty {
                try save()
                showRulesFired(since: firing, at: path)
                return .moved
            }
            messages.forEach(terminal.problem)
        }
    }

    /// Carries out a command; nil when the same question is to be asked again.
    private mutating func perform(_ command: InterviewCommand, argument: String? = nil, at path: QuestionPath) throws
        -> Step?
    {
        switch command {
        case .help:
            showHelp(at: path)
        case .commands:
            showCommands()
        case .diagnostics:
            let evaluation = InterviewCommand.meansEverything(argument) ? session.evaluation : session.evaluationSoFar
            terminal.line(CheckReport(file: file, evaluation: evaluation).text(console))
            // The question again, so that the answer typed next is not typed blind.
            if let question = session.kit.question(path) { show(question, at: path) }
        case .back:
            if session.back() { return .moved }
            terminal.problem(say(.firstQuestion))
        case .skip:
            if let refusal = session.skip() {
                terminal.problem(refusal)
                return nil
            }
            return .moved
        case .later:
            let label = text(session.kit.question(path)?.label)
            switch session.later() {
            case .pending:
                terminal.line(say(.leftForLater(label: label)))
                try save()
            case .skipped:
                terminal.line(say(.optionalSkipped))
            case .answered:
                terminal.problem(say(.alreadyAnswered))
                return nil
            }
            return .moved
        case .section:
            guard let section = session.section(named: argument ?? ""), session.jump(toSection: section) else {
                terminal.problem(say(.unknownSection(argument ?? "", sections: sectionList())))
                return nil
            }
            return .moved
        case .go:
            let name = argument ?? ""
            guard let target = question(named: name) else {
                let matches = session.kit.allQuestions.filter { $0.path.question == name }.map(\.path.description)
                terminal.problem(
                    say(
                        matches.count > 1
                            ? .ambiguousQuestion(name, matches.joined(separator: ", ")) : .unknownQuestion(name)))
                return nil
            }
            guard session.jump(to: target) else {
                terminal.problem(say(.questionNotAsked(label: text(session.kit.question(target)?.label))))
                return nil
            }
            return .moved
        case .source:
            guard let noted = session.setSource(argument ?? "") else {
                terminal.problem(say(.noAnswerToNote))
                return nil
            }
            terminal.line(say(.sourceSet(label: questionLabel(noted), source: session.sheet.provenance[noted]?.source)))
            try save()
        case .toConfirm:
            guard let (noted, toConfirm) = session.toggleToConfirm() else {
                terminal.problem(say(.noAnswerToNote))
                return nil
            }
            terminal.line(say(.toConfirmSet(label: questionLabel(noted), toConfirm)))
            try save()
        case .review:
            return review(argument)
        case .editItem, .deleteItem:
            terminal.problem(say(.noSuchItem(count: 0)))
        case .quit:
            return .quit
        }
        return nil
    }

    /// The visible sections, numbered as `:s` takes them.
    private func sectionList() -> String {
        session.visibleSections.enumerated().map { "\($0.offset + 1). \($0.element.id)" }.joined(separator: ", ")
    }

    /// `section.question`, or a question id alone when one section only has it.
    private func question(named name: String) -> QuestionPath? {
        let text = name.trimmingWhitespace
        if let path = QuestionPath(text), session.kit.question(path) != nil { return path }
        let matches = session.kit.allQuestions.filter { $0.path.question == text }.map(\.path)
        return matches.count == 1 ? matches[0] : nil
    }

    /// The items of a list or a grid entered so far, numbered, and how to change them.
    private func showItems(_ dialogue: AnswerDialogue) {
        terminal.line(say(.itemsAlreadyEntered(dialogue.count)))
        for (index, summary) in dialogue.itemSummaries.enumerated() {
            terminal.line(say(.itemLine(number: index + 1, summary: summary)))
        }
        if dialogue.count > 0 {
            terminal.line(terminal.style(say(dialogue.question.type == .scores ? .rowsHint : .itemsHint), .dim))
        }
    }

    /// `:r`: the section's answers, numbered (another section's with `:r 3`, every section's with `:r tout`);
    /// a number asks that question again.
    private mutating func review(_ argument: String?) -> Step? {
        var paths = session.reviewable
        var sections: [Section] = []
        if InterviewCommand.meansEverything(argument) {
            sections = session.visibleSections
        } else if let argument {
            guard let section = session.section(named: argument) else {
                terminal.problem(say(.unknownSection(argument, sections: sectionList())))
                return nil
            }
            sections = [section]
        }
        if !sections.isEmpty { paths = sections.flatMap { session.reviewable(in: $0) } }
        let numbers = Dictionary(
            session.visibleSections.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        for (index, path) in paths.enumerated() {
            guard let question = session.kit.question(path) else { continue }
            if sections.count > 1, index == 0 || paths[index - 1].section != path.section,
                let section = session.kit.section(path.section)
            {
                terminal.line(
                    terminal.style(
                        say(.reviewSection(number: numbers[section.id] ?? 0, title: text(section.title))), .bold))
            }
            let value = session.sheet[path]
            let answer =
                session.sheet.pending.contains(path) && !value.isAnswered
                ? say(.toConfirmMark)
                : value.isAnswered ? formatter.items(value, for: question, fallbacks: session.kit.fallbacks) : "—"
            terminal.line(say(.reviewLine(number: index + 1, label: text(question.label), answer: answer)))
        }
        while true {
            guard let line = terminal.read(say(.reviewPrompt)) else { return .endOfInput }
            if line.allSatisfy(\.isWhitespace) || InterviewCommand(line: line) != nil {
                // The question again, so that the person knows where they are; a command typed here is taken
                // back to the question's prompt (`:q` quits).
                if InterviewCommand(line: line) == .quit { return .quit }
                if let path = session.current, let question = session.kit.question(path) { show(question, at: path) }
                return nil
            }
            if let number = Int(line.trimmingWhitespace), number >= 1, number <= paths.count {
                if paths[number - 1] == session.current { return nil }
                session.review(paths[number - 1])
                return .moved
            }
            terminal.problem(say(.reviewNumberExpected(count: paths.count)))
        }
    }
}
