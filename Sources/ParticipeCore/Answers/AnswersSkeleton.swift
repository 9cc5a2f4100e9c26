/// An answers file to fill in: every question as an entry preceded by its label, help and choices as comments.
public struct AnswersSkeleton {
    public let kit: Kit
    public let language: Language
    /// The evaluation of no answer on the day of the run, which gives the dated facts the texts name
    /// (`{{ seuil_dispense_publicite }}`); without a day they stay as they are written.
    private let facts: Evaluation?

    public init(kit: Kit, language: Language, today: CalendarDate? = nil) {
        self.kit = kit
        self.language = language
        self.facts = today.map { Evaluation(kit: kit, sheet: AnswerSheet(for: kit), language: language, today: $0) }
    }

    private func text(_ localized: LocalizedText?) -> String {
        localized?.resolve(language, fallbacks: kit.fallbacks) ?? ""
    }
    private func say(_ wording: SkeletonWording) -> String { wording.text(in: language) }

    public func yaml() -> String {
        var lines = [
            "# \(text(kit.title))",
            "# " + say(.fillInThenCheck),
            "# " + say(.emptyMeansUnanswered),
            "# " + say(.quoteColonOrHash),
            "# " + say(.severalLines),
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
        templated?.written(language, fallbacks: kit.fallbacks, value: fact) ?? ""
    }

    /// A text's interpolation that names dated facts only, with its value: no answer changes it.
    private func fact(_ expression: Expression) -> String? {
        guard let facts, !expression.references.isEmpty,
            expression.references.allSatisfy({ $0.path.count == 1 && kit.computedValue($0.path[0])?.fact != nil })
        else { return nil }
        return facts.render(TemplatedText(segments: ["": [.expression(expression)]]))?.description
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
        if question.required == .always { facts.append(say(.required)) }
        if case .when = question.required { facts.append(say(.requiredDependingOnAnswers)) }
        if let when = question.when { facts.append(say(.onlyIf(condition: when.source))) }
        lines.append("\(indent)# (\(facts.joined(separator: " · ")))")
        for choice in question.choices {
            lines.append("\(indent)#   \(choice.id) : \(text(choice.label))")
        }
        let terms = question.see.compactMap { id in kit.glossary.first { $0.id == id }.map { text($0.term) } }
        if !terms.isEmpty {
            lines.append("\(indent)# " + say(.glossary(terms: terms)))
        }
        if let examples = question.examples?.resolve(language, fallbacks: kit.fallbacks), !examples.isEmpty {
            lines.append("\(indent)# " + say(.examples(examples.map(Self.asWritten))))
        }
        switch question.type {
        case .list:
            lines.append("\(indent)# " + say(.oneEntryPerItem))
            // Each field on its line, followed by the ids its answer may take, as for a question.
            for (index, field) in question.fields.enumerated() {
                lines.append("\(indent)#   \(index == 0 ? "-" : " ") \(field.id): …")
                for choice in field.choices {
                    lines.append("\(indent)#         \(choice.id) : \(text(choice.label))")
                }
            }
            lines.append("\(indent)\(question.id): []")
        case .scores:
            // The shape of the samples: a score for each criterion scored by hand (never one computed from
            // its sub-criteria or the price, never an eliminatory one), the eliminatory ones failed, notes.
            let items = question.criteriaCatalogue.flatMap(kit.catalogue)?.items ?? []
            let scored = items.filter { item in
                item.kind != .price && item.kind != .eliminatory && !items.contains { $0.parent == item.id }
            }.map(\.id)
            let eliminatory = items.filter { $0.kind == .eliminatory }.map(\.id)
            lines.append("\(indent)#   - candidate: " + say(.nameOfTheOffer))
            if !kit.lots.isEmpty {
                lines.append("\(indent)#     lot: \(kit.lots[0].id)  # " + say(.lotOfTheOffer(kit.lots.map(\.id))))
            }
            if question.asksPrice { lines.append("\(indent)#     price: 0") }
            lines.append("\(indent)#     scores: {" + scored.map { "\($0): 0" }.joined(separator: ", ") + "}")
            lines.append(
                "\(indent)#     fails: []"
                    + (eliminatory.isEmpty ? "" : "  # " + say(.failsAmong(criteria: eliminatory))))
            if question.requirementsCatalogue != nil {
                lines.append("\(indent)#     regularisation: false  # " + say(.regularisationAsked))
            }
            lines.append("\(indent)#     notes: " + say(.notesOnTheOffer))
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

    /// An example text as it must be written in the file: between double quotes when, written plainly, a
    /// « : » or « # » in it would break it or cut it off as a comment.
    static func asWritten(_ example: String) -> String {
        let risky =
            example.contains(": ") || example.contains(" #") || example.hasSuffix(":") || example.hasPrefix("#")
            || example.hasPrefix("\"") || example.contains("\n")
        return risky ? YAMLScalar.doubleQuoted(example) : example
    }

    private func typeHint(_ question: Question) -> String {
        switch question.type {
        case .text: say(.oneLineOfText)
        case .paragraph: say(.freeText)
        case .integer: say(.wholeNumber) + unit(question)
        case .number: say(.number) + unit(question)
        case .boolean: say(.yesNo)
        case .date: say(.date)
        case .time: say(.time)
        case .single: say(.oneChoiceAmong)
        case .multiple: say(.listOfChoices)
        case .scale: say(.scale(minimum: question.scale?.minimum ?? 1, maximum: question.scale?.maximum ?? 5))
        case .ranking: say(.ranking)
        case .points: say(.sharePoints(total: NumberFormat.plain(question.total)))
        case .list: say(.listOfItems)
        case .scores: say(.scoresPerCriterion)
        }
    }

    private func unit(_ question: Question) -> String {
        question.unit.map { " (\(text($0)))" } ?? ""
    }
}
