import ParticipeCore

/// The inputs of one question in a section's form, for every question type, with its help, its problems,
/// the rules it makes fire and what the team members said.
///
/// Inputs are labelled (a `label` bound to each input, a `fieldset` and `legend` around choices); problems
/// are linked to their input (`aria-describedby`, `aria-invalid`); required questions say so in words and
/// with `aria-required`, never with `required`, so that a section can be saved half done.
struct QuestionForm {
    let kit: Kit
    let language: Language
    let evaluation: Evaluation
    let criteria: [AnswerDialogue.Criterion]
    /// The mandatory requirements an offer to a `scores` question may fail, typed by id.
    var requirements: [String] = []
    /// The team's glossary page, where the help's terms link to.
    var glossaryHref = "glossary"

    /// What the page knows of one question besides the kit.
    struct State {
        /// What the field shows: the team's answer, or the value typed when it was refused.
        var value: Value = .null
        /// The team's answer as stored: the form's digest is of it, so a refused value posted again is a change.
        var stored: Value = .null
        var version = 0
        var pending = false
        /// What the stored answer rests on, and whether it is to be confirmed.
        var answerSource: String?
        var toConfirm = false
        var problems: [String] = []
        var fired: [Evaluation.FiredRule] = []
        /// Warnings of the answers about this question that no rule words: offers to review, facts to check.
        var warnings: [String] = []
        /// The members' proposals when they differ.
        var divergence: [Proposal] = []
        var agreed = false
        /// Another member's save that this one's collided with: their answer, and the value typed here.
        var conflict: (current: TeamAnswer, mine: Value)?
        var historyHref: String?
    }

    func say(_ wording: WorkshopWording) -> String { wording.text(in: language) }
    func text(_ localized: LocalizedText?) -> String { localized?.resolve(language, fallbacks: kit.fallbacks) ?? "" }
    var formatter: ValueFormatter { ValueFormatter(language: language) }

    func render(_ question: Question, path: QuestionPath, state: State, required: Bool) -> Markup {
        let key = path.description
        let name = FieldNames.answer(key)
        let errorID = FieldNames.id("err-" + key)
        let helpID = FieldNames.id("help-" + key)
        var described: [String] = []
        if question.help != nil || question.examples != nil || question.type == .points || question.defaultValue != nil
            || question.defaultExpression != nil
        {
            described.append(helpID)
        }
        if !state.problems.isEmpty { described.append(errorID) }
        let label = labelText(question, required: required)
        var body: Markup
        switch question.type {
        case .list: body = listInputs(question, key: key, value: state.value, label: label, described: described)
        case .scores: body = scoresInputs(question, key: key, value: state.value, label: label, described: described)
        default:
            body = input(
                question, name: name, value: state.value, label: label, described: described,
                invalid: !state.problems.isEmpty, required: required)
        }
        body = helpBlock(question, id: helpID) + body
        let hidden: Markup = """
            <input type="hidden" name="\(FieldNames.version(key))" value="\(state.version)">
            <input type="hidden" name="\(FieldNames.shown(key))" value="\(FieldNames.digest(state.stored, pending: state.pending, question: question, source: state.answerSource, toConfirm: state.toConfirm))">
            """
        var after: [Markup] = []
        if required {
            let unknownName = FieldNames.unknown(key)
            let checked: Markup = state.pending ? " checked" : ""
            after.append(
                """
                <p class="choice"><input type="checkbox" id="\(FieldNames.id(unknownName))" name="\(unknownName)" value="1"\(checked)> \
                <label class="choice" for="\(FieldNames.id(unknownName))">\(say(.notKnownYet))</label></p>
                """)
        }
        after.append(provenanceBlock(key: key, state: state))
        if !state.problems.isEmpty {
            after.append(
                "<div class=\"error\" id=\"\(errorID)\">\(state.problems.map { Markup("<p>\($0)</p>") })</div>")
        }
        if let conflict = state.conflict { after.append(conflictBlock(question, key: key, conflict)) }
        if !state.divergence.isEmpty { after.append(divergenceBlock(question, state: state)) }
        for fired in state.fired { after.append(ruleBlock(fired)) }
        for warning in state.warnings {
            after.append(
                "<div class=\"rule warning\"><p><strong>\(say(.severity(.warning)))</strong> \(warning)</p></div>")
        }
        if let history = state.historyHref {
            let agreed: Markup = state.agreed ? Markup("<span class=\"meta\">\(say(.agreedMark))</span> ") : .empty
            after.append(
                "<p class=\"meta\">\(agreed)<a href=\"\(history)\">\(say(.historyLink(label: text(question.label))))</a></p>"
            )
        }
        let classes = state.problems.isEmpty ? "question" : "question field-error"
        return """
            <div class="\(classes)" id="\(FieldNames.id("q-" + key))">
            \(body)\(hidden)\(after)
            </div>

            """
    }

    /// A fold with what the answer rests on and « to be confirmed », open when something is noted; the summary
    /// says what.
    private func provenanceBlock(key: String, state: State) -> Markup {
        let provenance = AnswerProvenance(source: state.answerSource, toConfirm: state.toConfirm)
        let noted = provenance.isEmpty ? nil : formatter.provenance(provenance)
        let sourceName = FieldNames.source(key)
        let confirmName = FieldNames.toConfirm(key)
        let open: Markup = noted == nil ? .empty : " open"
        let checked: Markup = state.toConfirm ? " checked" : ""
        return """
            <details class="provenance"\(open)><summary>\(say(.provenanceSummary(current: noted)))</summary>
            <p><label for="\(FieldNames.id(sourceName))">\(say(.answerSourceLabel))</label>
            <input type="text" id="\(FieldNames.id(sourceName))" name="\(sourceName)" value="\(state.answerSource ?? "")"></p>
            <p class="choice"><input type="checkbox" id="\(FieldNames.id(confirmName))" name="\(confirmName)" value="1"\(checked)> \
            <label class="choice" for="\(FieldNames.id(confirmName))">\(say(.toConfirmBox))</label></p>
            </details>
            """
    }

    private func labelText(_ question: Question, required: Bool) -> Markup {
        let label = text(question.label)
        let unit = question.unit.map(text).map { label.contains("(\($0))") || $0.isEmpty ? "" : " (\($0))" } ?? ""
        let mark: Markup = required ? Markup(" <span class=\"required\">\(say(.requiredMark))</span>") : .empty
        return "\(label + unit)\(mark)"
    }

    private func helpBlock(_ question: Question, id: String) -> Markup {
        var parts: [Markup] = []
        if let examples = question.examples?.resolve(language, fallbacks: kit.fallbacks), !examples.isEmpty {
            parts.append("<p class=\"hint\">\(say(.examples(examples.joined(separator: " ; "))))</p>")
        }
        if question.type == .points {
            parts.append("<p class=\"hint\">\(say(.pointsToShare(formatter.number(question.total))))</p>")
        }
        if let proposed = evaluation.proposedDefault(for: question) {
            parts.append("<p class=\"hint\">\(say(.proposedValue(shown(proposed, question))))</p>")
        }
        if let help = evaluation.render(question.help)?.description, !help.isEmpty {
            let glossary = question.see.compactMap { id in kit.glossary.first { $0.id == id } }.map { entry in
                Markup("<li><a href=\"\(glossaryHref)#\(FieldNames.id("g-" + entry.id))\">\(text(entry.term))</a></li>")
            }
            let see: Markup = glossary.isEmpty ? .empty : "<ul class=\"see\">\(glossary)</ul>"
            let choices = question.choices.compactMap { choice -> Markup? in
                guard let help = choice.help else { return nil }
                return "<li><strong>\(text(choice.label))</strong> — \(text(help))</li>"
            }
            let choiceHelp: Markup = choices.isEmpty ? .empty : "<ul>\(choices)</ul>"
            parts.append(
                "<details><summary>\(say(.helpSummary))</summary><p>\(help)</p>\(choiceHelp)\(see)</details>")
        }
        guard !parts.isEmpty else { return .empty }
        return "<div id=\"\(id)\">\(parts)</div>"
    }

    private func describedBy(_ ids: [String], invalid: Bool = false, required: Bool = false) -> Markup {
        var markup: Markup = ids.isEmpty ? .empty : " aria-describedby=\"\(ids.joined(separator: " "))\""
        if invalid { markup += " aria-invalid=\"true\"" }
        if required { markup += " aria-required=\"true\"" }
        return markup
    }

    /// Every type but `list` and `scores`, for a question or a field of a list item.
    func input(
        _ question: Question, name: String, value: Value, label: Markup, described: [String], invalid: Bool,
        required: Bool
    ) -> Markup {
        let id = FieldNames.id(name)
        let aria = describedBy(described, invalid: invalid, required: required)
        // A fieldset takes no aria-required: a group of radios says it as a radiogroup, other groups in their legend.
        let groupAria = describedBy(described, invalid: invalid)
        let radioAria: Markup = " role=\"radiogroup\"" + aria
        switch question.type {
        case .paragraph:
            return """
                <label for="\(id)">\(label)</label>
                <textarea id="\(id)" name="\(name)" rows="5"\(aria)>\(value.text ?? "")</textarea>
                """
        case .boolean:
            let options = [("yes", say(.yes), value.boolean == true), ("no", say(.no), value.boolean == false)]
            return choiceGroup(
                legend: label, name: name, type: "radio", options: options, none: !required, noneChecked: value.isNull,
                aria: radioAria)
        case .single:
            let options = question.choices.map { ($0.id, text($0.label), value.text == $0.id) }
            return choiceGroup(
                legend: label, name: name, type: "radio", options: options, none: !required,
                noneChecked: value.isNull, aria: radioAria)
        case .multiple:
            let chosen = Set((value.list ?? []).compactMap(\.text))
            let options = question.choices.map { choice in
                (
                    choice.id, text(choice.label) + (choice.exclusive ? " " + say(.exclusiveChoice) : ""),
                    chosen.contains(choice.id)
                )
            }
            return choiceGroup(
                legend: label, name: name, type: "checkbox", options: options, none: false,
                noneChecked: false, aria: groupAria)
        case .scale:
            let minimum = question.scale?.minimum ?? 1
            let maximum = max(minimum, question.scale?.maximum ?? 5)
            let options = (minimum...maximum).map { (step: Int) -> (String, String, Bool) in
                let words = question.scale?.labels[step].map { " — " + text($0) } ?? ""
                return (String(step), String(step) + words, value.number == Double(step))
            }
            return choiceGroup(
                legend: label, name: name, type: "radio", options: options, none: !required, noneChecked: value.isNull,
                aria: radioAria)
        case .ranking:
            let order = (value.list ?? []).compactMap(\.text)
            let rows = question.choices.map { choice -> Markup in
                let rank = order.firstIndex(of: choice.id).map { String($0 + 1) } ?? ""
                let field = name + ":" + choice.id
                return """
                    <p class="choice"><label class="choice" for="\(FieldNames.id(field))">\(text(choice.label))</label> \
                    <input class="short" type="text" inputmode="numeric" id="\(FieldNames.id(field))" name="\(field)" value="\(rank)"></p>
                    """
            }
            return
                "<fieldset\(groupAria)><legend>\(label)</legend><p class=\"hint\">\(say(.rankingHint))</p>\(rows)</fieldset>"
        case .points:
            let points = value.record ?? [:]
            let rows = question.choices.map { choice -> Markup in
                let field = name + ":" + choice.id
                let given = points[choice.id]?.number.map(editable) ?? ""
                return """
                    <p class="choice"><label class="choice" for="\(FieldNames.id(field))">\(text(choice.label))</label> \
                    <input class="short" type="text" inputmode="decimal" data-points id="\(FieldNames.id(field))" name="\(field)" value="\(given)"></p>
                    """
            }
            return """
                <fieldset data-points-total\(groupAria)><legend>\(label)</legend>\(rows)\
                <p class="hint">\(say(.pointsGiven)) <output data-total>\(editable(points.values.compactMap(\.number).reduce(0, +)))</output> / \(editable(question.total))</p></fieldset>
                """
        case .date:
            let shown = value.date?.description ?? ""
            return """
                <label for="\(id)">\(label)</label>
                <input class="short" type="date" id="\(id)" name="\(name)" value="\(shown)"\(aria)>
                """
        case .time:
            let shown = value.number.map { NumberFormat.clock($0) } ?? ""
            return """
                <label for="\(id)">\(label)</label>
                <input class="short" type="time" id="\(id)" name="\(name)" value="\(shown)"\(aria)>
                """
        case .integer, .number:
            let shown = value.number.map(editable) ?? ""
            return """
                <label for="\(id)">\(label)</label>
                <input class="short" type="text" inputmode="decimal" id="\(id)" name="\(name)" value="\(shown)"\(aria)>
                """
        case .text, .list, .scores:
            let limit: Markup = question.validation.maximumLength.map { " maxlength=\"\($0)\"" } ?? .empty
            return """
                <label for="\(id)">\(label)</label>
                <input type="text" id="\(id)" name="\(name)" value="\(value.text ?? "")"\(limit)\(aria)>
                """
        }
    }

    /// A number as a person types it back: `1500`, `2,5` in French.
    func editable(_ number: Double) -> String {
        let plain = NumberFormat.plain(number)
        return language == .french ? plain.replacing(".", with: ",") : plain
    }

    private func choiceGroup(
        legend: Markup, name: String, type: String, options: [(String, String, Bool)], none: Bool, noneChecked: Bool,
        aria: Markup
    ) -> Markup {
        var rows = options.map { option -> Markup in
            let id = FieldNames.id(name + "--" + option.0)
            let checked: Markup = option.2 ? " checked" : ""
            return """
                <p class="choice"><input type="\(type)" id="\(id)" name="\(name)" value="\(option.0)"\(checked)> \
                <label class="choice" for="\(id)">\(option.1)</label></p>
                """
        }
        if none {
            let id = FieldNames.id(name + "--none")
            let checked: Markup = noneChecked ? " checked" : ""
            rows.append(
                """
                <p class="choice"><input type="radio" id="\(id)" name="\(name)" value=""\(checked)> \
                <label class="choice" for="\(id)">\(say(.noAnswer))</label></p>
                """)
        }
        return "<fieldset\(aria)><legend>\(legend)</legend>\(rows)</fieldset>"
    }

    private func listInputs(
        _ question: Question, key: String, value: Value, label: Markup, described: [String]
    ) -> Markup {
        let items = value.list ?? []
        var parts: [Markup] = []
        for (index, item) in items.enumerated() {
            let fields = item.record ?? [:]
            let inputs = question.fields.map { field in
                input(
                    field, name: FieldNames.answer(key, String(index), field.id), value: fields[field.id] ?? .null,
                    label: labelText(field, required: field.required == .always), described: [], invalid: false,
                    required: field.required == .always)
            }
            let delete = FieldNames.answer(key, String(index), "delete")
            parts.append(
                """
                <fieldset><legend>\(say(.item(index + 1)))</legend>\(inputs)\
                <p class="choice"><input type="checkbox" id="\(FieldNames.id(delete))" name="\(delete)" value="1"> \
                <label class="choice" for="\(FieldNames.id(delete))">\(say(.deleteItem(index + 1)))</label></p></fieldset>
                """)
        }
        let full = question.validation.maximumItems.map { items.count >= $0 } ?? false
        if !full {
            let inputs = question.fields.map { field in
                input(
                    field, name: FieldNames.answer(key, "new", field.id), value: .null,
                    label: labelText(field, required: false), described: [], invalid: false, required: false)
            }
            parts.append("<fieldset><legend>\(say(.newItem))</legend>\(inputs)</fieldset>")
        }
        let count: Markup = "<input type=\"hidden\" name=\"\(FieldNames.items(key))\" value=\"\(items.count)\">"
        return "<fieldset\(describedBy(described))><legend>\(label)</legend>\(parts)\(count)</fieldset>"
    }

    private func scoresInputs(
        _ question: Question, key: String, value: Value, label: Markup, described: [String]
    ) -> Markup {
        let rows = value.list ?? []
        let scored = criteria.filter { !$0.eliminatory }
        let eliminatory = criteria.filter(\.eliminatory)
        let scale = (minimum: question.scale?.minimum ?? 0, maximum: question.scale?.maximum ?? 5)
        var header: [Markup] = ["<th scope=\"col\">\(say(.candidate))</th>"]
        // The lot column shows when the purchase is divided, or while an offer still names a lot.
        let asksLot = !evaluation.lots.isEmpty || rows.contains { $0.record?["lot"] != nil }
        if asksLot { header.append("<th scope=\"col\">\(say(.lot))</th>") }
        if question.asksPrice { header.append("<th scope=\"col\">\(say(.price))</th>") }
        header += scored.map { Markup("<th scope=\"col\">\($0.title)</th>") }
        if !eliminatory.isEmpty { header.append("<th scope=\"col\">\(say(.fails))</th>") }
        if let example = requirements.first {
            header.append("<th scope=\"col\">\(say(.unmetRequirements(example: example)))</th>")
        }
        let irregularity = !eliminatory.isEmpty || !requirements.isEmpty
        if irregularity { header.append("<th scope=\"col\">\(say(.regularisation))</th>") }
        header.append("<th scope=\"col\">\(say(.notes))</th>")
        header.append("<th scope=\"col\">\(say(.deleteColumn))</th>")
        func cell(_ name: String, _ shown: String, _ aria: String, numeric: Bool) -> Markup {
            let mode: Markup = numeric ? " class=\"short\" inputmode=\"decimal\"" : ""
            return "<td><input type=\"text\"\(mode) name=\"\(name)\" value=\"\(shown)\" aria-label=\"\(aria)\"></td>"
        }
        func row(_ index: String, _ fields: [String: Value], number: Int?) -> Markup {
            let candidate = fields["candidate"]?.text ?? ""
            let who = number.map { say(.candidateNumber($0)) } ?? say(.newCandidate)
            var cells: [Markup] = [
                cell(
                    FieldNames.answer(key, index, "candidate"), candidate, say(.candidate) + " — " + who, numeric: false
                )
            ]
            if asksLot {
                let chosen = fields["lot"]?.text
                var options: Markup = "<option value=\"\">\(say(.noLot))</option>"
                for lot in kit.lots {
                    let selected: Markup = lot.id == chosen ? " selected" : ""
                    options += "<option value=\"\(lot.id)\"\(selected)>\(evaluation.title(of: lot))</option>"
                }
                // A lot the kit does not know (from an imported file) stays shown, so that saving does not lose it.
                if let chosen, !kit.lots.contains(where: { $0.id == chosen }) {
                    options += "<option value=\"\(chosen)\" selected>\(chosen)</option>"
                }
                let name = FieldNames.answer(key, index, "lot")
                cells.append(
                    "<td><select name=\"\(name)\" aria-label=\"\(say(.lot)) — \(who)\">\(options)</select></td>")
            }
            if question.asksPrice {
                cells.append(
                    cell(
                        FieldNames.answer(key, index, "price"), fields["price"]?.number.map(editable) ?? "",
                        say(.price) + " — " + who, numeric: true))
            }
            let scores = fields["scores"]?.record ?? [:]
            for criterion in scored {
                cells.append(
                    cell(
                        FieldNames.answer(key, index, "score", criterion.id),
                        scores[criterion.id]?.number.map(editable) ?? "",
                        say(.scoreOf(criterion: criterion.title, minimum: scale.minimum, maximum: scale.maximum))
                            + " — " + who,
                        numeric: true))
            }
            if !eliminatory.isEmpty {
                let failed = Set((fields["fails"]?.list ?? []).compactMap(\.text))
                let boxes = eliminatory.map { criterion -> Markup in
                    let name = FieldNames.answer(key, index, "fails")
                    let id = FieldNames.id(name + "--" + criterion.id)
                    let checked: Markup = failed.contains(criterion.id) ? " checked" : ""
                    return
                        "<span class=\"choice\"><input type=\"checkbox\" id=\"\(id)\" name=\"\(name)\" value=\"\(criterion.id)\"\(checked)> <label class=\"choice\" for=\"\(id)\">\(criterion.title) — \(who)</label></span> "
                }
                cells.append("<td>\(boxes)</td>")
            }
            if let example = requirements.first {
                let eliminatoryIDs = Set(eliminatory.map(\.id))
                let unmet = (fields["fails"]?.list ?? []).compactMap(\.text).filter { !eliminatoryIDs.contains($0) }
                cells.append(
                    cell(
                        FieldNames.answer(key, index, "unmet"), unmet.joined(separator: ", "),
                        say(.unmetRequirements(example: example)) + " — " + who, numeric: false))
            }
            if irregularity {
                let name = FieldNames.answer(key, index, "regularisation")
                let checked: Markup = fields["regularisation"]?.boolean == true ? " checked" : ""
                cells.append(
                    "<td><input type=\"checkbox\" name=\"\(name)\" value=\"1\"\(checked) aria-label=\"\(say(.regularisation)) — \(who)\"></td>"
                )
            }
            cells.append(
                cell(
                    FieldNames.answer(key, index, "notes"), fields["notes"]?.text ?? "", say(.notes) + " — " + who,
                    numeric: false))
            if number != nil {
                let delete = FieldNames.answer(key, index, "delete")
                cells.append(
                    "<td><input type=\"checkbox\" name=\"\(delete)\" value=\"1\" aria-label=\"\(say(.deleteColumn)) — \(who)\"></td>"
                )
            } else {
                cells.append("<td></td>")
            }
            return "<tr>\(cells)</tr>"
        }
        var body = rows.enumerated().map { row(String($0.offset), $0.element.record ?? [:], number: $0.offset + 1) }
        body.append(row("new", [:], number: nil))
        let count: Markup = "<input type=\"hidden\" name=\"\(FieldNames.items(key))\" value=\"\(rows.count)\">"
        return """
            <fieldset\(describedBy(described))><legend>\(label)</legend>
            <p class="hint">\(say(.scoresHint(minimum: scale.minimum, maximum: scale.maximum)))</p>
            <table><thead><tr>\(header)</tr></thead><tbody>\(body)</tbody></table>\(count)</fieldset>
            """
    }

    private func ruleBlock(_ fired: Evaluation.FiredRule) -> Markup {
        let severity = fired.rule.severity
        let action: Markup = fired.action.map { Markup("<p>→ \($0.description)</p>") } ?? .empty
        return """
            <div class="rule \(severity.rawValue)"><p><strong>\(say(.severity(severity)))</strong> \(fired.message.description)</p>\(action)</div>
            """
    }

    private func conflictBlock(_ question: Question, key: String, _ conflict: (current: TeamAnswer, mine: Value))
        -> Markup
    {
        let theirs = shown(conflict.current.value, question)
        let mine = shown(conflict.mine, question)
        let who = conflict.current.memberName ?? say(.someone)
        return """
            <div class="conflict" role="alert"><p><strong>\(say(.conflictTitle))</strong> \(say(.conflictBody(name: who)))</p>
            <ul><li>\(say(.theirValue(name: who))) <strong>\(theirs)</strong></li><li>\(say(.yourValue)) <strong>\(mine)</strong></li></ul>
            <p class="hint">\(say(.conflictHint))</p></div>
            """
    }

    private func divergenceBlock(_ question: Question, state: State) -> Markup {
        let rows = state.divergence.map { proposal in
            Markup(
                "<li>\(say(.memberSaid(proposal.memberName))) <strong>\(shown(proposal.value, question))</strong></li>")
        }
        let link: Markup = state.historyHref.map { Markup(" <a href=\"\($0)\">\(say(.agreeLink))</a>") } ?? .empty
        return "<div class=\"diverge\"><p>\(say(.membersDiffer))\(link)</p><ul>\(rows)</ul></div>"
    }

    /// A value as the documents write it: choices by their labels, list items field by field, a scores row
    /// with its criteria's titles.
    func shown(_ value: Value, _ question: Question) -> String {
        switch (question.type, value) {
        case (_, .null): return say(.noAnswer)
        case (.list, .list(let items)):
            return items.enumerated().map { index, item in
                let fields = item.record ?? [:]
                let parts = question.fields.compactMap { field -> String? in
                    guard let value = fields[field.id], value.isAnswered else { return nil }
                    return say(
                        .labelled(text(field.label), formatter.answer(value, for: field, fallbacks: kit.fallbacks)))
                }
                return "\(index + 1). " + parts.joined(separator: ", ")
            }.joined(separator: " ; ")
        case (.scores, .list(let rows)):
            return rows.map { row in
                let fields = row.record ?? [:]
                var parts = [fields["candidate"]?.text ?? ""]
                if let id = fields["lot"]?.text {
                    parts.append(say(.labelled(say(.lot), kit.lots.first { $0.id == id }.map(evaluation.title) ?? id)))
                }
                if let price = fields["price"]?.number {
                    parts.append(say(.labelled(say(.price), formatter.number(price))))
                }
                let scores = fields["scores"]?.record ?? [:]
                for criterion in criteria where !criterion.eliminatory {
                    if let score = scores[criterion.id]?.number {
                        parts.append(say(.labelled(criterion.title, formatter.number(score))))
                    }
                }
                let failed = (fields["fails"]?.list ?? []).compactMap(\.text)
                // A requirement is shown by its id, as the specification numbers it.
                let titles = failed.map { id in criteria.first { $0.id == id }?.title ?? id }
                if !titles.isEmpty { parts.append(say(.labelled(say(.fails), titles.joined(separator: ", ")))) }
                if fields["regularisation"]?.boolean == true { parts.append(say(.regularisation)) }
                return parts.joined(separator: " — ")
            }.joined(separator: " ; ")
        default: return formatter.answer(value, for: question, fallbacks: kit.fallbacks)
        }
    }
}
