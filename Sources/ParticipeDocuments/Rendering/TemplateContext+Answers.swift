import ParticipeCore

extension TemplateContext {
    func answers() -> TemplateValue {
        var sections = TemplateObject()
        for section in kit.sections {
            var questions = TemplateObject()
            for question in section.questions {
                questions[question.id] = answerView(QuestionPath(section.id, question.id), question)
            }
            sections[section.id] = .object(questions)
        }
        return .object(sections)
    }

    func answerView(_ path: QuestionPath, _ question: Question) -> TemplateValue {
        let visible = evaluation.isVisible(path)
        let value = visible ? evaluation.sheet[path] : .null
        var view = view(of: value, for: question)
        view["id"] = .text(question.id)
        view["path"] = .text(path.description)
        view["help"] = markdown(evaluation.render(question.help))
        view["visible"] = .flag(visible)
        view["required"] = .flag(evaluation.isRequired(path))
        for (key, field) in provenanceFields(path) { view[key] = field }
        return .object(view)
    }

    /// Where the answer to `path` comes from: `provenance` (one line: source, who and when, to be confirmed),
    /// `source`, `by`, `date` (written out) and the flag `to_confirm`; empty when nothing is recorded.
    func provenanceFields(_ path: QuestionPath) -> [(String, TemplateValue)] {
        // A hidden question's answer is not shown: nor is where it comes from.
        let shown = evaluation.isVisible(path) ? evaluation.sheet.provenance[path] : nil
        let provenance = shown ?? AnswerProvenance()
        return [
            ("provenance", .optionalText(formatter.provenance(provenance))),
            ("source", .optionalText(provenance.source)), ("by", .optionalText(provenance.by)),
            ("date", .optionalText(provenance.date.map(formatter.date))), ("to_confirm", .flag(provenance.toConfirm)),
        ]
    }

    /// The answers given but to be confirmed: `count`, `has_any` and `answers`, in questionnaire order, each with
    /// `path`, `label`, `value` and where it comes from, as `concerns` have them.
    func answersToConfirm() -> TemplateValue {
        let paths = evaluation.answersToConfirm
        let prototype = kit.allQuestions.first.map { concernView($0.path) }
        return .object([
            "count": .number(paths.count), "has_any": .flag(!paths.isEmpty),
            "answers": .list(paths.map(concernView), prototype: prototype),
        ])
    }

    /// The view of one value (an answer, or a field of a list item).
    func view(of value: Value, for question: Question) -> TemplateObject {
        var view = TemplateObject()
        view["label"] = kitMarkdown(question.label)
        view["answered"] = .flag(value.isAnswered)
        view["value"] = .optionalText(formatter.answer(value, for: question, fallbacks: kit.fallbacks))
        view["in_sentence"] = .optionalText(
            formatter.answer(value, for: question, fallbacks: kit.fallbacks, inSentence: true))
        view["raw"] = .optionalText(question.type == .time ? value.number.map(NumberFormat.clock) : raw(value))
        if question.type.hasChoices || question.type == .single {
            let chosen = chosenIDs(value)
            view["is"] = .object(TemplateObject(question.choices.map { ($0.id, .flag(chosen.contains($0.id))) }))
            view["choices"] = .list(
                question.choices.map { choice in
                    .object([
                        "id": .text(choice.id), "label": kitMarkdown(choice.label), "help": kitMarkdown(choice.help),
                        "chosen": .flag(chosen.contains(choice.id)),
                    ])
                })
        }
        switch question.type {
        case .boolean:
            view["yes"] = .flag(value.boolean == true)
            view["no"] = .flag(value.boolean == false)
        case .multiple, .ranking:
            let ids = chosenIDs(value)
            func choiceView(_ choice: Question.Choice, rank: Int) -> TemplateValue {
                .object([
                    "id": .text(choice.id), "label": kitMarkdown(choice.label), "help": kitMarkdown(choice.help),
                    "rank": .number(rank),
                ])
            }
            view["items"] = .list(
                ids.enumerated().compactMap { offset, id in question.choice(id).map { choiceView($0, rank: offset + 1) }
                },
                prototype: question.choices.first.map { choiceView($0, rank: 1) })
            view["count"] = .number(ids.count)
        case .points:
            let points = value.record ?? [:]
            view["items"] = .list(
                question.choices.map { choice in
                    .object([
                        "id": .text(choice.id), "label": kitMarkdown(choice.label),
                        "points": .optionalText(points[choice.id].map(formatter.plain)),
                    ])
                })
        case .list:
            let items = value.list ?? []
            view["items"] = .list(
                items.enumerated().map { itemView($1, index: $0 + 1, of: question) },
                prototype: itemView(.record([:]), index: 1, of: question))
            view["count"] = .number(items.count)
        case .scores:
            view["rows"] = .list((value.list ?? []).map { scoreRow($0, question: question) })
            view["count"] = .number(value.list?.count ?? 0)
        default:
            break
        }
        return view
    }

    /// One item of a list answer: `index` and a view per field. Fields the question does not declare (added by
    /// `add_field` in a computed list) are shown as plain values.
    func itemView(_ item: Value, index: Int, of question: Question?) -> TemplateValue {
        var itemView = TemplateObject([("index", .number(index))])
        let fields = item.record ?? [:]
        for field in question?.fields ?? [] {
            var fieldView = self.view(of: fields[field.id] ?? .null, for: field)
            fieldView["id"] = .text(field.id)
            itemView[field.id] = .object(fieldView)
        }
        for name in fields.keys.sorted() where question?.fields.contains(where: { $0.id == name }) != true {
            let value = fields[name] ?? .null
            itemView[name] = .object([
                "id": .text(name), "value": .optionalText(formatter.plain(value)), "raw": .optionalText(raw(value)),
                "answered": .flag(value.isAnswered),
            ])
        }
        return .object(itemView)
    }

    private func scoreRow(_ row: Value, question: Question) -> TemplateValue {
        let fields = row.record ?? [:]
        let scores = fields["scores"]?.record ?? [:]
        let criteria = question.criteriaCatalogue.flatMap(kit.catalogue)?.items ?? []
        return .object([
            "candidate": .optionalText(fields["candidate"]?.text),
            "lot": .optionalText(fields["lot"]?.text),
            "price": .optionalText(fields["price"]?.number.map { formatter.number($0) }),
            "scores": .list(
                criteria.map { criterion in
                    .object([
                        "criterion": .text(criterion.id), "label": .text(criterionLabel(criterion)),
                        "score": .optionalText(scores[criterion.id].map(formatter.plain)),
                    ])
                }),
            "fails": .optionalText(fields["fails"].map(formatter.plain)),
        ])
    }

    func criterionLabel(_ item: Catalogue.Item) -> String {
        item.title?.resolve(language, fallbacks: kit.fallbacks).map { segment -> String in
            if case .text(let text) = segment { return text }
            return ""
        }.joined() ?? item.id
    }

    private func chosenIDs(_ value: Value) -> [String] {
        switch value {
        case .text(let id): [id]
        case .list(let items): items.compactMap(\.text)
        case .record(let points): points.keys.sorted()
        default: []
        }
    }

    func raw(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .boolean(let flag): flag ? "true" : "false"
        case .number(let number): NumberFormat.plain(number)
        case .text(let text): text
        case .date(let date): date.description
        case .list(let items): items.map(raw).joined(separator: ", ")
        case .record(let fields):
            fields.keys.sorted().map { "\($0): \(raw(fields[$0] ?? .null))" }.joined(separator: ", ")
        }
    }
}
