/// What a line typed at an interview prompt asks for, when it is not an answer.
public enum InterviewCommand: String, Sendable, Hashable, CaseIterable {
    /// `<`: back to the previous question.
    case back = "<"
    /// `>`: leave the question unanswered (only when it is not required).
    case skip = ">"
    /// `?`: the question's help.
    case help = "?"
    /// `:r`: the section's answers, to change one.
    case review = ":r"
    /// `:d`: the current diagnostics.
    case diagnostics = ":d"
    /// `:q`: save and quit.
    case quit = ":q"
    /// `:h`: the list of commands.
    case commands = ":h"

    /// The command `line` stands for, nil when it is an answer.
    public init?(line: String) {
        let text = line.trimmingWhitespace.lowercased()
        if let command = InterviewCommand(rawValue: text) {
            self = command
            return
        }
        // Spelled-out aliases, easier to say aloud with a screen reader.
        switch text {
        case ":back", ":retour": self = .back
        case ":skip", ":passer": self = .skip
        case ":help", ":aide": self = .commands
        case ":quit", ":quitter": self = .quit
        case ":review", ":revoir": self = .review
        case ":diagnostic", ":diagnostics": self = .diagnostics
        default: return nil
        }
    }

    /// Whether `line` looks like a command but is none (`:x`, `:r 7`, `:aller`): it is refused, never
    /// taken as an answer. `::` starts an answer with a colon.
    public static func isUnknown(_ line: String) -> Bool {
        let text = line.trimmingWhitespace
        return text.hasPrefix(":") && !text.hasPrefix("::") && InterviewCommand(line: line) == nil
    }

    /// The answer `line` stands for: `::text` is `:text`; any other line is itself.
    public static func answer(_ line: String) -> String {
        guard let start = line.firstIndex(where: { !$0.isWhitespace }), line[start...].hasPrefix("::") else {
            return line
        }
        var line = line
        line.remove(at: start)
        return line
    }

    /// One line per command, for `:h`.
    public static func summary(language: Language) -> [String] {
        allCases.map { command in
            "  \(command.rawValue.padding(to: 3))\(InterviewMessage.command(command).text(in: language))"
        }
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
