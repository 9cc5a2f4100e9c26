import ParticipeCore

/// A kit's questionnaire to fill in on paper, for a workshop without screens or for people who answer on paper:
/// every question numbered, with its help, boxes to tick or lines to write on, its identifier (to type the answers
/// in later), and when to answer it in words (« Répondez seulement si vous avez répondu « oui » à la question
/// 7.1 »). Written as Markdown, then in every text format like the documents.
public struct PaperQuestionnaire {
    public let kit: Kit
    public let language: Language

    public init(kit: Kit, language: Language) {
        self.kit = kit
        self.language = language
    }

    /// The number each question carries on paper: its section's rank, a dot, its rank in the section.
    public var numbers: [QuestionPath: String] {
        var numbers: [QuestionPath: String] = [:]
        for (sectionIndex, section) in kit.sections.enumerated() {
            for (questionIndex, question) in section.questions.enumerated() {
                numbers[QuestionPath(section.id, question.id)] = "\(sectionIndex + 1).\(questionIndex + 1)"
            }
        }
        return numbers
    }

    public var title: String { say(.title(kit: text(kit.title))) }

    public var markdown: String {
        let numbers = numbers
        let conditions = ConditionWording(kit: kit, language: language, numbers: numbers)
        var lines = ["# " + MarkdownEscaper.escape(title), "", MarkdownEscaper.escape(say(.instructions)), ""]
        let order = kit.sections.flatMap { section in section.questions.map { QuestionPath(section.id, $0.id) } }
        for (sectionIndex, section) in kit.sections.enumerated() {
            lines += ["## \(sectionIndex + 1). " + text(section.title), ""]
            if let intro = section.intro.map(plain), !intro.isEmpty { lines += [intro, ""] }
            for (index, question) in section.questions.enumerated() {
                let path = QuestionPath(section.id, question.id)
                var heading = "**\(numbers[path] ?? "") " + text(question.label) + "**"
                if case .always = question.required { heading += " *(\(say(.required)))*" }
                heading += " " + MarkdownEscaper.escape(say(.identifier(path.description)))
                lines += [heading, ""]
                // Questions in a row asked on the same condition say it once, at the first, with where to go when
                // it does not hold: the question after the last of them.
                if let when = question.when, index == 0 || section.questions[index - 1].when?.source != when.source {
                    let run = section.questions[index...].prefix { $0.when?.source == when.source }
                    let last = QuestionPath(section.id, run.last?.id ?? question.id)
                    let after = order.firstIndex(of: last).flatMap {
                        order.indices.contains($0 + 1) ? order[$0 + 1] : nil
                    }
                    let next = after.flatMap { numbers[$0] }
                    let words = conditions.words(when) ?? say(.asWritten(when.source))
                    let condition =
                        run.count > 1
                        ? say(.groupOnlyIf(first: numbers[path] ?? "", last: numbers[last] ?? "", words, next: next))
                        : say(.onlyIf(words, next: next))
                    lines += ["*" + MarkdownEscaper.escape(condition) + "*", ""]
                }
                if let help = question.help, !help.resolve(language, fallbacks: kit.fallbacks).isEmpty {
                    lines += [plain(help), ""]
                }
                lines += answerArea(question) + [""]
            }
        }
        return lines.joined(separator: "\n")
    }

    private func answerArea(_ question: Question) -> [String] {
        let line = String(repeating: "…", count: 60)
        let unit = question.unit.map { " " + text($0) } ?? ""
        func boxes(_ hint: QuestionnaireMessage, mark: String = "☐") -> [String] {
            ["*(\(say(hint)))*", ""]
                + question.choices.map { "\(mark)&nbsp;" + text($0.label) + "  " }
        }
        switch question.type {
        case .text: return [line]
        case .paragraph: return [line + "  ", line + "  ", line + "  ", line]
        case .integer, .number: return [String(repeating: "…", count: 20) + unit]
        case .date: return ["…… / …… / …………"]
        case .time: return ["…… h ……"]
        case .boolean: return ["☐&nbsp;\(say(.yes))    ☐&nbsp;\(say(.no))"]
        case .single: return boxes(.oneAnswer)
        case .multiple: return boxes(.severalAnswers)
        case .ranking: return boxes(.ranking, mark: "……")
        case .points:
            return boxes(.points(total: ValueFormatter(language: language).number(question.total)), mark: "……")
        case .scale:
            let scale = question.scale
            let range = (scale?.minimum ?? 1)...(scale?.maximum ?? 5)
            return [
                range.map { level in
                    let label = scale?.labels[level].map { " " + text($0) } ?? ""
                    return "☐&nbsp;\(level)\(label)"
                }.joined(separator: "    ")
            ]
        case .list:
            let titles = question.fields.map { text($0.label) }
            // What a column takes when it is a choice or a yes/no: the words to write in its cells.
            let legend = question.fields.compactMap { field -> String? in
                let words: [String] =
                    field.type == .boolean ? [say(.yes), say(.no)] : field.choices.map { text($0.label) }
                guard !words.isEmpty else { return nil }
                return "*" + text(field.label) + "* : " + words.joined(separator: " ; ") + "  "
            }
            let header = [
                "*(\(say(.listRows)))*", "", "| " + titles.joined(separator: " | ") + " |",
                "|" + String(repeating: "---|", count: titles.count),
            ]
            let rows = Array(repeating: "|" + String(repeating: " &nbsp; |", count: titles.count), count: 6)
            return header + rows + (legend.isEmpty ? [] : [""] + legend)
        case .scores:
            return [line + "  ", line + "  ", line]
        }
    }

    private func say(_ message: QuestionnaireMessage) -> String { message.text(in: language) }

    private func text(_ text: LocalizedText) -> String { text.resolve(language, fallbacks: kit.fallbacks) }

    /// Kit text that interpolates answers shows its expressions as written: there are no answers on paper yet.
    private func plain(_ text: TemplatedText) -> String { text.written(language, fallbacks: kit.fallbacks) }
}
