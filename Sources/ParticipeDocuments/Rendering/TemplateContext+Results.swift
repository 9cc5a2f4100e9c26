import ParticipeCore

extension TemplateContext {
    func computed() -> TemplateValue {
        var values = TemplateObject()
        let facts = Dictionary(evaluation.facts.map { ($0.computed.id, $0) }, uniquingKeysWith: { first, _ in first })
        for definition in kit.computed {
            let value = evaluation.computed[definition.id] ?? .null
            let unit = localized(definition.unit)
            let formatted = formatter.plain(value)
            var view = TemplateObject([
                ("label", kitMarkdown(definition.label)), ("value", .optionalText(formatter.withUnit(formatted, unit))),
                ("raw", .optionalText(raw(value))), ("unit", .optionalText(unit)),
                ("answered", .flag(value.isAnswered)),
            ])
            // Mustache cannot compare: flags let templates branch on a computed yes/no or on zero.
            // A dated fact also says the period it took and its source (`facts` lists them all).
            let applied = facts[definition.id]
            view["period"] = .optionalText(
                applied.map { formatter.period(from: $0.period.from, until: $0.period.until) })
            view["source"] = kitMarkdown(applied?.source)
            view["yes"] = .flag(value.boolean == true)
            view["no"] = .flag(value.boolean == false)
            view["zero"] = .flag(value.number == 0)
            view["positive"] = .flag((value.number ?? 0) > 0)
            // A list (`filter`, `sort`, `add_field`) is looped over like a list answer, with its items' fields;
            // every value has `items`, so that a list that comes out null still reads as an empty one.
            let items = value.list ?? []
            let question = sourceQuestion(of: definition)
            view["items"] = .list(
                items.enumerated().map { offset, item in
                    item.record != nil
                        ? itemView(item, index: offset + 1, of: question)
                        : .object([
                            "index": .number(offset + 1), "value": .optionalText(formatter.plain(item)),
                            "raw": .optionalText(raw(item)),
                        ])
                }, prototype: itemPrototype(of: definition, question: question))
            view["count"] = .number(items.count)
            values[definition.id] = .object(view)
        }
        return .object(values)
    }

    /// The dated facts the documents applied: `facts.date` (the day they were taken on), `facts.has_any`,
    /// `facts.items` (id, label, value with its unit, period, source, `to_check` when it is not in force) and `facts.not_in_force`.
    func facts() -> TemplateValue {
        func view(
            _ id: String, _ label: TemplateValue, _ value: String, _ period: String, _ source: TemplateValue,
            toCheck: Bool
        ) -> TemplateValue {
            .object(
                TemplateObject([
                    ("id", .text(id)), ("label", label), ("value", .optionalText(value)),
                    ("period", .optionalText(period)), ("source", source), ("to_check", .flag(toCheck)),
                ]))
        }
        let items = evaluation.facts.map { applied in
            let computed = applied.computed
            let value = evaluation.computed[computed.id] ?? .null
            return view(
                computed.id, kitMarkdown(computed.label),
                formatter.withUnit(formatter.plain(value), localized(computed.unit)),
                formatter.period(from: applied.period.from, until: applied.period.until), kitMarkdown(applied.source),
                toCheck: !applied.inForce)
        }
        return .object(
            TemplateObject([
                ("date", .text(formatter.date(evaluation.factsDate))), ("has_any", .flag(!items.isEmpty)),
                ("items", .list(items, prototype: view("", .text(""), "", "", .text(""), toCheck: false))),
                ("not_in_force", .flag(evaluation.facts.contains { !$0.inForce })),
            ]))
    }

    /// An item of a computed list as the strict check reads it when the list is empty: the source question's
    /// fields and those its type adds.
    private func itemPrototype(of definition: ComputedValue, question: Question?) -> TemplateValue? {
        guard case .list(.record(let fields)) = kit.computedTypes[definition.id] else {
            return question.map { itemView(.record([:]), index: 1, of: $0) }
        }
        return itemView(.record(fields.mapValues { _ in .null }), index: 1, of: question)
    }

    /// The list question a computed list is drawn from (the first such question it reads), whose fields its
    /// items show as the question's items do.
    private func sourceQuestion(of definition: ComputedValue) -> Question? {
        for reference in definition.expression(for: language).references where reference.path.count == 2 {
            if let question = kit.question(QuestionPath(reference.path[0], reference.path[1])), question.type == .list {
                return question
            }
        }
        return nil
    }

    func grids() -> TemplateValue {
        var values = TemplateObject()
        for grid in kit.grids {
            guard let result = evaluation.grids[grid.id] else { continue }
            let levels = grid.levels.enumerated().map { offset, level in
                var view = levelView(level, rank: offset + 1)
                // A level is reached by its own conditions, not because a higher one is.
                view["reached"] = .flag(result.holds.indices.contains(offset) && result.holds[offset])
                view["current"] = .flag(result.level == offset)
                let met = result.conditionsMet.indices.contains(offset) ? result.conditionsMet[offset] : []
                let conditions = zip(level.conditions, met).map { condition, holds in
                    (label: kitMarkdown(condition.label), met: holds)
                }
                view["conditions"] = .list(
                    conditions.map { .object(["label": $0.label, "met": .flag($0.met)]) },
                    prototype: .object(["label": .text(""), "met": .flag(false)]))
                view["met"] = .list(
                    conditions.filter(\.met).map { .object(["label": $0.label]) },
                    prototype: .object(["label": .text("")]))
                view["missing"] = .list(
                    conditions.filter { !$0.met }.map { .object(["label": $0.label]) },
                    prototype: .object(["label": .text("")]))
                view["has_missing"] = .flag(conditions.contains { !$0.met })
                return TemplateValue.object(view)
            }
            // A level not reached still has the shape of one, so that the strict check reads its section.
            let absent: TemplateValue =
                grid.levels.first.map { .absent(prototype: .object(levelView($0, rank: 1))) } ?? .null
            let reached: TemplateValue =
                result.level.map { .object(levelView(grid.levels[$0], rank: $0 + 1)) } ?? absent
            let declared: TemplateValue =
                result.declared.map { .object(levelView(grid.levels[$0], rank: $0 + 1)) } ?? absent
            var view = TemplateObject()
            view["title"] = kitMarkdown(grid.title)
            view["level"] = reached
            view["declared"] = declared
            view["gap"] = .optionalText(result.gap.map(String.init))
            view["has_gap"] = .flag((result.gap ?? 0) != 0)
            view["overreach"] = .flag((result.gap ?? 0) > 0)
            view["underreach"] = .flag((result.gap ?? 0) < 0)
            view["levels"] = .list(levels)
            view["count"] = .number(grid.levels.count)
            values[grid.id] = .object(view)
        }
        return .object(values)
    }

    private func levelView(_ level: Grid.Level, rank: Int) -> TemplateObject {
        TemplateObject([
            ("id", .text(level.id)), ("label", kitMarkdown(level.label)),
            ("description", kitMarkdown(level.description)),
            ("iap2", kitMarkdown(level.iap2)), ("promise", kitMarkdown(level.promise)), ("rank", .number(rank)),
        ])
    }

    func catalogues() -> TemplateValue {
        var values = TemplateObject()
        for catalogue in kit.catalogues {
            let kept = evaluation.catalogues[catalogue.id] ?? []
            let valueNames = catalogue.valueNames
            let items = kept.enumerated().map { offset, item in
                itemView(item, number: offset + 1, in: catalogue, valueNames: valueNames)
            }
            // An item as the strict check sees it when none is kept.
            let prototype = catalogue.items.first.map { item in
                itemView(
                    Evaluation.CatalogueItem(item: item, priority: item.priority, title: nil, text: nil, values: []),
                    number: 1, in: catalogue, valueNames: valueNames)
            }
            // The categories with kept items, numbered in that order (`7.1`, `7.2` under a numbered heading).
            let shown = catalogue.categories.compactMap { category -> (Catalogue.Category, [TemplateValue])? in
                let members = zip(kept, items).filter { $0.0.item.category == category.id }.map(\.1)
                return members.isEmpty ? nil : (category, members)
            }
            let categories = shown.enumerated().map { offset, entry -> TemplateValue in
                .object([
                    "id": .text(entry.0.id), "number": .number(offset + 1), "title": kitMarkdown(entry.0.title),
                    "count": .number(entry.1.count), "items": .list(entry.1),
                ])
            }
            let categoryPrototype: TemplateValue? = prototype.map { item in
                .object([
                    "id": .text(""), "number": .number(1), "title": .null, "count": .number(0), "items": .list([item]),
                ])
            }
            // Every category by its id, kept items or not, for a template that shows one category in its place.
            let byCategory = TemplateObject(
                catalogue.categories.map { category in
                    let members = zip(kept, items).filter { $0.0.item.category == category.id }.map(\.1)
                    return (
                        category.id,
                        .object([
                            "id": .text(category.id), "title": kitMarkdown(category.title),
                            "count": .number(members.count), "has_items": .flag(!members.isEmpty),
                            "items": .list(members, prototype: prototype),
                        ])
                    )
                })
            var view = TemplateObject([
                ("title", kitMarkdown(catalogue.title)), ("count", .number(kept.count)),
                ("has_items", .flag(!kept.isEmpty)), ("items", .list(items, prototype: prototype)),
                ("categories", .list(categories, prototype: categoryPrototype)), ("by_category", .object(byCategory)),
            ])
            // A template names a priority's items, or says there are none (`has_optionnel`).
            for priority in Catalogue.Priority.allCases {
                view["has_" + priority.rawValue] = .flag(kept.contains { $0.priority == priority })
            }
            values[catalogue.id] = .object(view)
        }
        return .object(values)
    }

    private func itemView(
        _ kept: Evaluation.CatalogueItem, number: Int, in catalogue: Catalogue, valueNames: [String]
    ) -> TemplateValue {
        let item = kept.item
        var view = TemplateObject([
            ("id", .text(kept.id)), ("number", .number(number)), ("title", markdown(kept.title)),
            ("text", markdown(kept.text)), ("category", .optionalText(item.category)),
            ("category_title", kitMarkdown(item.category.flatMap(catalogue.category)?.title)),
            ("priority", .optionalText(kept.priority?.rawValue)),
            ("priority_label", .optionalText(kept.priority.map(priorityLabel))),
            ("weight", .optionalText(kept.weight.map { formatter.number($0) })), ("parent", .optionalText(item.parent)),
            ("kind", .optionalText(item.kind?.rawValue)),
        ])
        for priority in Catalogue.Priority.allCases {
            view["is_\(priority.rawValue)"] = .flag(kept.priority == priority)
        }
        view["from"] = .list(item.from.map(concernView))
        // Every value name of the catalogue, null where this item has none, so that one template serves all items.
        var values = TemplateObject(valueNames.map { ($0, TemplateValue.null) })
        for (name, value) in kept.values { values[name] = .optionalText(formatter.plain(value)) }
        view["values"] = .object(values)
        return .object(view)
    }

    func concernView(_ path: QuestionPath) -> TemplateValue {
        guard let question = kit.question(path) else { return .null }
        var view = TemplateObject([
            ("path", .text(path.description)), ("label", kitMarkdown(question.label)),
            ("value", .optionalText(formatter.items(evaluation.value(path), for: question, fallbacks: kit.fallbacks))),
        ])
        for (key, field) in provenanceFields(path) { view[key] = field }
        return .object(view)
    }

    /// The fired rules: `all` of them, and by severity each cause with the problems that follow from it
    /// (`consequences`), placed by the gravest of the group; `first_steps` are the three groups to settle first.
    func diagnostics() -> TemplateValue {
        func finding(_ fired: Evaluation.FiredRule) -> TemplateObject {
            TemplateObject([
                ("id", .text(fired.rule.id)), ("severity", .text(fired.rule.severity.rawValue)),
                ("severity_label", .text(severityLabel(fired.rule.severity))), ("message", markdown(fired.message)),
                ("action", markdown(fired.action)), ("concerns", .list(fired.rule.concerns.map(concernView))),
            ])
        }
        let example = kit.rules.first.map { Evaluation.FiredRule(rule: $0, message: RenderedText([]), action: nil) }
        func view(_ group: Evaluation.RuleGroup, number: Int = 0) -> TemplateValue {
            var view = finding(group.cause)
            view["consequences"] = .list(
                group.consequences.map { .object(finding($0)) }, prototype: example.map { .object(finding($0)) })
            view["has_consequences"] = .flag(!group.consequences.isEmpty)
            view["consequence_count"] = .number(group.consequences.count)
            view["several_consequences"] = .flag(group.consequences.count > 1)
            view["group_severity_label"] = .text(severityLabel(group.severity))
            view["number"] = .number(number)
            return .object(view)
        }
        let all = evaluation.firedRules.map { TemplateValue.object(finding($0)) }
        let ruleGroups = evaluation.ruleGroups
        let groups = ruleGroups.map { ($0.severity, view($0)) }
        let prototype = example.map { view(Evaluation.RuleGroup(cause: $0, consequences: [])) }
        func only(_ severity: Rule.Severity) -> TemplateValue {
            .list(groups.filter { $0.0 == severity }.map(\.1), prototype: prototype)
        }
        let firstSteps = evaluation.firstSteps(among: ruleGroups).enumerated().map { view($1, number: $0 + 1) }
        return .object([
            "count": .number(all.count), "has_any": .flag(!all.isEmpty),
            "has_blockers": .flag(groups.contains { $0.0 == .blocker }),
            "has_warnings": .flag(groups.contains { $0.0 == .warning }),
            "has_advice": .flag(groups.contains { $0.0 == .advice }),
            "all": .list(all, prototype: example.map { .object(finding($0)) }), "blockers": only(.blocker),
            "warnings": only(.warning),
            "advice": only(.advice), "first_steps": .list(firstSteps, prototype: prototype),
            "three_first_steps": .flag(firstSteps.count == 3),
            "causes": .number(groups.count),
        ])
    }

    func sections() -> TemplateValue {
        .list(
            kit.sections.map { section in
                let progress = evaluation.progress.sections.first { $0.section == section.id }
                let questions = section.questions.compactMap { question -> TemplateValue? in
                    let path = QuestionPath(section.id, question.id)
                    return evaluation.isVisible(path) ? answerView(path, question) : nil
                }
                return .object([
                    "id": .text(section.id), "title": kitMarkdown(section.title),
                    "intro": markdown(evaluation.render(section.intro)),
                    "visible": .flag(!evaluation.hiddenSections.contains(section.id)),
                    "answered": .number(progress?.answered ?? 0), "total": .number(progress?.total ?? 0),
                    "percent": .number(progress?.percent ?? 0), "questions": .list(questions),
                ])
            })
    }
}
