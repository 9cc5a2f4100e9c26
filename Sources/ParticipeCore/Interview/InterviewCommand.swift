/// What a line typed at an interview prompt asks for, when it is not an answer.
public enum InterviewCommand: String, Sendable, Hashable, CaseIterable {
    /// `<`: back to the previous question.
    case back = "<"
    /// `>`: leave the question unanswered (only when it is not required).
    case skip = ">"
    /// `?`: the question's help.
    case help = "?"
    /// `:r`: the section's answers, to change one; `:r 7` or `:r <id>` another section's, `:r tout` all.
    case review = ":r"
    /// `:d`: the diagnostics of the sections reached; `:d tout` of every section.
    case diagnostics = ":d"
    /// `:p`: "not known yet" — a required question kept as to be confirmed, and the interview goes on.
    case later = ":p"
    /// `:source <text>`: what the answer rests on (« délibération du 12 mars »); `:source -` removes it.
    case source = ":source"
    /// `:ac`: the answer is to be confirmed (or, typed again, no longer).
    case toConfirm = ":ac"
    /// `:s 7` or `:s <id>`: go to a section.
    case section = ":s"
    /// `:aller <section.question>`: go to a question.
    case go = ":aller"
    /// `:modifier 2`: inside a list, enter the second item again.
    case editItem = ":modifier"
    /// `:suppr 2`: inside a list or a scores grid, delete the second item.
    case deleteItem = ":suppr"
    /// `:q`: save and quit.
    case quit = ":q"
    /// `:h`: the list of commands.
    case commands = ":h"

    /// The command `line` stands for when it takes no argument (`:r 7` is no such line), nil otherwise.
    public init?(line: String) {
        guard let parsed = Self.parse(line), parsed.argument == nil else { return nil }
        self = parsed.command
    }

    /// The command `line` stands for and its argument (`:s 7` → `.section`, `7`); nil when `line` is an answer
    /// or a command with an argument it does not take, or without one it needs.
    public static func parse(_ line: String) -> (command: InterviewCommand, argument: String?)? {
        let text = line.trimmingWhitespace
        guard let first = text.split(maxSplits: 1, whereSeparator: \.isWhitespace).first else { return nil }
        let word = first.lowercased()
        let rest = text.dropFirst(first.count).trimmingWhitespace
        let argument = rest.isEmpty ? nil : rest
        guard let command = InterviewCommand(rawValue: word) ?? alias(word) else { return nil }
        switch command {
        case .review, .diagnostics: return (command, argument)
        case .section, .go, .editItem, .deleteItem, .source: return argument.map { (command, $0) }
        default: return argument == nil ? (command, nil) : nil
        }
    }

    /// Spelled-out aliases, easier to say aloud with a screen reader.
    private static func alias(_ word: String) -> InterviewCommand? {
        switch word {
        case ":back", ":retour": .back
        case ":skip", ":passer": .skip
        case ":help", ":aide": .commands
        case ":quit", ":quitter": .quit
        case ":review", ":revoir": .review
        case ":diagnostic", ":diagnostics": .diagnostics
        case ":later", ":plus-tard", ":plustard": .later
        case ":section": .section
        case ":a-confirmer", ":aconfirmer", ":to-confirm": .toConfirm
        case ":go", ":goto": .go
        case ":edit", ":modify": .editItem
        case ":delete", ":supprimer", ":del": .deleteItem
        default: nil
        }
    }

    /// Whether `argument` of `:r` or `:d` asks for every section.
    public static func meansEverything(_ argument: String?) -> Bool {
        ["tout", "toutes", "all", "*"].contains(argument?.lowercased() ?? "")
    }

    /// Whether `line` looks like a command but is none (`:x`, `:r7`, `:aller` without a question): it is
    /// refused, never taken as an answer. `::` starts an answer with a colon.
    public static func isUnknown(_ line: String) -> Bool {
        let text = line.trimmingWhitespace
        return text.hasPrefix(":") && !text.hasPrefix("::") && parse(line) == nil
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
            "  \(command.rawValue.padding(to: 10))\(InterviewMessage.command(command).text(in: language))"
        }
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
