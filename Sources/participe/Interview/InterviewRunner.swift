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

    init(session: InterviewSession, file: String, terminal: Terminal, console: Console) {
        self.session = session
        self.file = file
        self.terminal = terminal
        self.console = console
    }

    func say(_ message: InterviewMessage) -> String { message.text(in: session.language) }

    var input: InterviewInput { InterviewInput(language: session.language) }

    var formatter: ValueFormatter { ValueFormatter(language: session.language) }

    func text(_ localized: LocalizedText?) -> String {
        localized?.resolve(session.language, fallbacks: session.kit.fallbacks) ?? ""
    }

    mutating func run() throws -> Ending {
        while let path = session.current {
            announceSection(path.section)
            switch try ask(path) {
            case .moved: continue
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
        return .finished
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
        if [.points, .list, .scores].contains(question.type) { return try askParts(path, question: question) }
        while true {
            let proposed = session.proposedValue(path).map {
                formatter.answer($0, for: question, fallbacks: session.kit.fallbacks)
            }
            guard let line = terminal.read(proposed.map { "[\($0)] >" } ?? ">") else { return .endOfInput }
            if let command = InterviewCommand(line: line) {
                if let step = try perform(command, at: path) { return step }
                continue
            }
            let messages: [String]
            if line.allSatisfy(\.isWhitespace) {
                messages = session.acceptProposed()
            } else {
                let typed = question.type == .paragraph ? paragraph(startingWith: line) : line
                switch input.parse(typed, for: question) {
                case .failure(let error): messages = [error.message]
                case .success(let value): messages = session.answer(value)
                }
            }
            if messages.isEmpty {
                try save()
                return .moved
            }
            messages.forEach(terminal.problem)
        }
    }

    /// The lines of a paragraph, up to an empty line or the end of the input.
    private func paragraph(startingWith first: String) -> String {
        var lines = [first]
        while let line = terminal.read("…"), !line.allSatisfy(\.isWhitespace) {
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A `points`, `list` or `scores` question, one part per line; asked again from the start when invalid.
    private mutating func askParts(_ path: QuestionPath, question: Question) throws -> Step {
        while true {
            guard var dialogue = session.dialogue(for: path) else { return .quit }
            if dialogue.count > 0 {
                terminal.line(say(.itemsAlreadyEntered(dialogue.count)))
            }
            while let prompt = dialogue.prompt {
                guard let line = terminal.read(prompt + (dialogue.proposed.map { " [\($0)]" } ?? "") + " >") else {
                    return .endOfInput
                }
                if let command = InterviewCommand(line: line) {
                    if command == .quit, dialogue.value != session.sheet[path],
                        session.problems(dialogue.value, at: path).isEmpty
                    {
                        // Items completed before `:q` are kept.
                        session.answer(dialogue.value)
                        try save()
                    }
                    if let step = try perform(command, at: path) { return step }
                    continue
                }
                let completed = dialogue.count
                if let error = dialogue.enter(line) { terminal.problem(error.message) }
                // Each completed item is saved at once, so a killed process loses at most the item being typed.
                if dialogue.count > completed, question.type != .points, session.keep(dialogue.value) { try save() }
            }
            let messages = session.answer(dialogue.value)
            if messages.isEmpty {
                try save()
                return .moved
            }
            messages.forEach(terminal.problem)
        }
    }

    /// Carries out a command; nil when the same question is to be asked again.
    private mutating func perform(_ command: InterviewCommand, at path: QuestionPath) throws -> Step? {
        switch command {
        case .help:
            showHelp(at: path)
        case .commands:
            terminal.line(say(.commandsTitle))
            for line in InterviewCommand.summary(language: session.language) { terminal.line(line) }
            terminal.line(say(.enterAcceptsBrackets))
        case .diagnostics:
            terminal.line(CheckReport(file: file, evaluation: session.evaluation).text(console))
        case .back:
            if session.back() { return .moved }
            terminal.problem(say(.firstQuestion))
        case .skip:
            if let refusal = session.skip() {
                terminal.problem(refusal)
                return nil
            }
            return .moved
        case .review:
            return review()
        case .quit:
            return .quit
        }
        return nil
    }

    /// `:r`: the section's answers, numbered; a number asks that question again.
    private mutating func review() -> Step? {
        let paths = session.reviewable
        for (index, path) in paths.enumerated() {
            guard let question = session.kit.question(path) else { continue }
            let answer = formatter.answer(session.sheet[path], for: question, fallbacks: session.kit.fallbacks)
            terminal.line(
                say(.reviewLine(number: index + 1, label: text(question.label), answer: answer.isEmpty ? "—" : answer)))
        }
        while true {
            guard let line = terminal.read(say(.reviewPrompt)) else { return .endOfInput }
            if line.allSatisfy(\.isWhitespace) { return nil }
            if let number = Int(line.trimmingWhitespace), number >= 1, number <= paths.count {
                if paths[number - 1] == session.current { return nil }
                session.review(paths[number - 1])
                return .moved
            }
            terminal.problem(say(.reviewNumberExpected(count: paths.count)))
        }
    }
}
