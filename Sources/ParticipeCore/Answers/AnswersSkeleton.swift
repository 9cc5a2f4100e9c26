/// An answers file to fill in: every question as an entry preceded by its label, help and choices as comments.
public struct AnswersSkeleton {
    public let kit: Kit
    public let language: Language

    public init(kit: Kit, language: Language) {
        self.kit = kit
        self.language = language
    }

    private func text(_ localized: LocalizedText?) -> String {
        localized?.resolve(language, fallbacks: kit.fallbacks) ?? ""
    }
    private func say(_ french: String, _ english: String) -> String { language == .english ? english : french }

    public func yaml() -> String {
        var lines = [
            "# \(text(kit.title))",
            "# "
                + say(
                    "Réponses à remplir, puis : participe check <ce fichier>",
                    "Answers to fill in, then: participe check <this file>"),
            "# "
                + say(
                    "Laisser une réponse vide signifie « pas encore répondu ».",
                    "An empty answer means 'not answered yet'."),
        ]
        lines += AnswersWriter.header(kitID: kit.id, version: kit.version, language: language)
        lines.append("answers:")
        for section in kit.sections {
            lines += [
                "",
                "  # ── \(text(section.title)) "
                    + String(repeating: "─", count: max(3, 60 - text(section.title).count)),
            ]
            lines += comment(plain(section.intro), indent: "  ")
            lines.append("  \(section.id):")
            for question in section.questions {
                lines += entry(question, indent: "    ")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func plain(_ templated: TemplatedText?) -> String {
        guard let templated else { return "" }
        return templated.resolve(language, fallbacks: kit.fallbacks).map { segment in
            switch segment {
            case .text(let text): text
            case .expression(let expression): "{{ \(expression.source) }}"
            }
        }.joined()
    }

    private func comment(_ text: String, indent: String, width: Int = 96) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n") {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + word.count + 1 > width - indent.count {
                    lines.append("\(indent)# \(line)")
                    line = ""
                }
                line += line.isEmpty ? String(word) : " \(word)"
            }
            if !line.isEmpty { lines.append("\(indent)# \(line)") }
        }
        return lines
    }

    private func entry(_ question: Question, indent: String) -> [String] {
        var lines = [""] + comment(text(question.label), indent: indent)
        lines += comment(plain(question.help), indent: indent)
        var facts = [typeHint(question)]
        if question.required == .always { facts.append(say("obligatoire", "required")) }
        if case .when = question.required {
            facts.append(say("obligatoire selon les réponses", "required depending on answers"))
        }
        if let when = question.when { facts.append(say("seulement si ", "only if ") + when.source) }
        lines.append("\(indent)# (\(facts.joined(separator: " · ")))")
        for choice in question.choices {
            lines.append("\(indent)#   \(choice.id) : \(text(choice.label))")
        }
        let terms = question.see.compactMap { id in kit.glossary.first { $0.id == id }.map { text($0.term) } }
        if !terms.isEmpty {
            lines.append("\(indent)# " + say("Glossaire : ", "Glossary: ") + terms.joined(separator: ", "))
        }
        if let examples = question.examples?.resolve(language, fallbacks: kit.fallbacks), !examples.isEmpty {
            lines.append("\(indent)# " + say("Exemples : ", "Examples: ") + examples.joined(separator: " ; "))
        }
        switch question.type {
        case .list:
            lines.append(
                "\(indent)# " + say("Un élément par entrée, par exemple :", "One entry per item, for example:"))
            lines.append(
                "\(indent)#   - " + question.fields.map { "\($0.id): …" }.joined(separator: "\n\(indent)#     "))
            lines.append("\(indent)\(question.id): []")
        case .scores:
            let criteria = question.criteriaCatalogue.flatMap(kit.catalogue)?.items.map(\.id) ?? []
            lines.append(
                "\(indent)#   - candidate: " + say("Nom de l'offre", "Name of the offer")
                    + (question.asksPrice ? "\n\(indent)#     price: 0" : ""))
            lines.append("\(indent)#     scores: {" + criteria.map { "\($0): 0" }.joined(separator: ", ") + "}")
            lines.append("\(indent)\(question.id): []")
        default:
            if let value = question.defaultValue, value != .null {
                lines += AnswersWriter.entry(
                    key: question.id, value: value, question: question, kit: kit, indent: indent)
            } else {
                lines.append("\(indent)\(question.id):")
            }
        }
        return lines
    }

    private func typeHint(_ question: Question) -> String {
        switch question.type {
        case .text: say("texte d'une ligne", "one line of text")
        case .paragraph: say("texte libre", "free text")
        case .integer: say("nombre entier", "whole number") + unit(question)
        case .number: say("nombre", "number") + unit(question)
        case .boolean: say("oui / non", "yes / no")
        case .date: say("date AAAA-MM-JJ", "date YYYY-MM-DD")
        case .time: say("heure HH:MM", "time HH:MM")
        case .single: say("un choix parmi", "one choice among")
        case .multiple: say("liste de choix, ex. [a, b]", "list of choices, e.g. [a, b]")
        case .scale:
            say(
                "note de \(question.scale?.minimum ?? 1) à \(question.scale?.maximum ?? 5)",
                "score from \(question.scale?.minimum ?? 1) to \(question.scale?.maximum ?? 5)")
        case .ranking: say("classement, du premier au dernier", "ranking, first to last")
        case .points:
            say(
                "répartir \(Value.format(question.total)) points entre",
                "share \(Value.format(question.total)) points among")
        case .list: say("liste d'éléments", "list of items")
        case .scores: say("notes des offres par critère", "scores of the offers per criterion")
        }
    }

    private func unit(_ question: Question) -> String {
        question.unit.map { " (\(text($0)))" } ?? ""
    }
}
