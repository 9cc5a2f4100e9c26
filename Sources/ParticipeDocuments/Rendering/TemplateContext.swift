import ParticipeCore

/// Builds the values a document template receives from an evaluation (see `docs/templates.md`).
public struct TemplateContext {
    let evaluation: Evaluation
    let language: Language
    let formatter: ValueFormatter
    /// The evaluation restricted to each lot in force, whose matrices the `lots` list carries.
    let lotEvaluations: [Evaluation]

    /// - Parameter lotEvaluations: the evaluation restricted to each lot in force, when the caller has made them.
    public init(evaluation: Evaluation, lotEvaluations: [Evaluation]? = nil) {
        self.evaluation = evaluation
        self.language = evaluation.language
        self.formatter = ValueFormatter(language: evaluation.language)
        self.lotEvaluations = lotEvaluations ?? evaluation.lots.map { evaluation.restricted(to: $0) }
    }

    var kit: Kit { evaluation.kit }

    func localized(_ text: LocalizedText?) -> String { text?.resolve(language, fallbacks: kit.fallbacks) ?? "" }

    /// A kit's Markdown with the answers inside it escaped.
    func markdown(_ text: RenderedText?) -> TemplateValue {
        guard let text else { return .null }
        let markdown = text.escaped(MarkdownEscaper.escape)
        return markdown.isEmpty ? .null : .markdown(markdown)
    }

    /// Kit text is Markdown written by the kit's author.
    func kitMarkdown(_ text: LocalizedText?) -> TemplateValue {
        let resolved = localized(text)
        return resolved.isEmpty ? .null : .markdown(resolved)
    }

    /// The values for `document`.
    public func values(for document: DocumentSpec) -> TemplateValue {
        values(for: document, shared: sharedValues())
    }

    /// The values for `document`, from `shared`: what every document of the evaluation receives, built once.
    public func values(for document: DocumentSpec, shared: TemplateObject) -> TemplateValue {
        var root = shared
        let lot = document.perLot ? evaluation.lot : nil
        root["document"] = .object(["id": .text(document.id), "title": titleValue(of: document, lot: lot)])
        root["lot"] = lotValue(lot)
        root["covers"] = covers(lot)
        return .object(root)
    }

    /// Everything but `document`.
    public func sharedValues() -> TemplateObject {
        var root = TemplateObject()
        root["kit"] = .object([
            "id": .text(kit.id), "version": .text(kit.version), "title": kitMarkdown(kit.title),
            "description": kitMarkdown(kit.description),
        ])
        root["lang"] = .text(language.code)
        root["date"] = .text(formatter.date(evaluation.today))
        root["date_iso"] = .text(evaluation.today.description)
        root["document"] = .null
        root["documents"] = .list(
            evaluation.documents.flatMap { spec in
                lots(of: spec).map { lot in
                    .object([
                        "id": .text(spec.id), "title": titleValue(of: spec, lot: lot),
                        "filename": .text(filename(of: spec, lot: lot)),
                        "lot": lotValue(lot),
                    ])
                }
            })
        root["answers"] = answers()
        root["computed"] = computed()
        root["facts"] = facts()
        root["grids"] = grids()
        root["catalogues"] = catalogues()
        root["calendars"] = calendars()
        root["matrices"] = matrices()
        root["diagnostics"] = diagnostics()
        root["progress"] = progress()
        root["answers_to_confirm"] = answersToConfirm()
        root["sections"] = sections()
        root["glossary"] = .list(
            kit.glossary.map { entry in
                .object([
                    "id": .text(entry.id), "term": kitMarkdown(entry.term), "definition": kitMarkdown(entry.definition),
                ])
            })
        root["misconceptions"] = .list(
            kit.misconceptions.map { entry in
                .object(["id": .text(entry.id), "claim": kitMarkdown(entry.claim), "answer": kitMarkdown(entry.answer)])
            })
        root["labels"] = labels()
        root["lot"] = lotValue(nil)
        root["covers"] = covers(nil)
        root["divided"] = .flag(!evaluation.lots.isEmpty)
        // An empty list still shows `lint` the names a lot has.
        root["lots"] = .list(evaluation.lots.map(lotValue), prototype: kit.lots.isEmpty ? nil : lotValue(kit.lots[0]))
        // The whole purchase, or each lot in force, with its matrices and catalogues: the consultation rules announce
        // each lot's criteria and optional extras.
        root["by_lot"] = .list(
            evaluation.lots.isEmpty
                ? [
                    .object([
                        "lot": lotValue(nil), "matrices": root["matrices"] ?? .null,
                        "catalogues": root["catalogues"] ?? .null,
                    ])
                ]
                : lotEvaluations.map { part in
                    let context = TemplateContext(evaluation: part, lotEvaluations: [])
                    return .object([
                        "lot": lotValue(part.lot), "matrices": context.matrices(), "catalogues": context.catalogues(),
                    ])
                })
        return root
    }

    /// Each calendar's milestones in date order: their label, their date as the documents write it (`value`) and
    /// as `YYYY-MM-DD` (`iso`), and whether it is known (`answered`).
    func calendars() -> TemplateValue {
        var calendars = TemplateObject()
        for calendar in kit.calendars {
            let milestones = evaluation.milestones(of: calendar).map { milestone, date in
                TemplateValue.object([
                    "label": kitMarkdown(milestone.label),
                    "value": .optionalText(date.map(formatter.date)),
                    "iso": .optionalText(date?.description),
                    "answered": .flag(date != nil),
                ])
            }
            // An empty list still shows `lint` the names a milestone has.
            let prototype = TemplateValue.object([
                "label": .text(""), "value": .text(""), "iso": .text(""), "answered": .flag(false),
            ])
            calendars[calendar.id] = .list(milestones, prototype: prototype)
        }
        return .object(calendars)
    }

    /// The file name (without extension) a document is written to; for this evaluation's lot when it is made per lot.
    public func filename(of document: DocumentSpec) -> String {
        filename(of: document, lot: document.perLot ? evaluation.lot : nil)
    }

    /// The file name of `document` made for `lot`: `cahier-des-charges-lot-1-plateforme`.
    func filename(of document: DocumentSpec, lot: Lot?) -> String {
        let name = document.filename?.resolve(language, fallbacks: kit.fallbacks) ?? document.id
        return evaluation.filename(name.isEmpty ? document.id : name, lot: lot)
    }

    /// The title of `document` made for `lot`: the kit's, then the lot's number and title.
    public func title(of document: DocumentSpec, lot: Lot?) -> String {
        evaluation.title(localized(document.title), lot: lot)
    }

    /// The title of `document` as Markdown: the kit's, then for a lot its number and its title, whose answers are
    /// escaped.
    private func titleValue(of document: DocumentSpec, lot: Lot?) -> TemplateValue {
        guard let lot, evaluation.number(of: lot) != nil else { return kitMarkdown(document.title) }
        let lotTitle = evaluation.render(lot.title)?.escaped(MarkdownEscaper.escape) ?? lot.id
        return .markdown(evaluation.title(localized(document.title), lot: lot, lotTitle: lotTitle))
    }

    /// The lots `document` is made for: each lot in force when it is made per lot, else none.
    func lots(of document: DocumentSpec) -> [Lot?] {
        document.perLot && !evaluation.lots.isEmpty ? evaluation.lots : [nil]
    }

    /// For each lot of the kit, whether the document covers it: every lot for the whole purchase, else its own.
    private func covers(_ lot: Lot?) -> TemplateValue {
        .object(TemplateObject(kit.lots.map { ($0.id, .flag(lot == nil || lot?.id == $0.id)) }))
    }

    /// A lot's id, number and title; their names with null values for the whole purchase, so that a template asks
    /// `{{#lot.id}}` whether a document is made for a lot.
    private func lotValue(_ lot: Lot?) -> TemplateValue {
        .object([
            "id": lot.map { .text($0.id) } ?? .null,
            "number": lot.flatMap(evaluation.number).map { .number($0) } ?? .null,
            "title": lot.map { markdown(evaluation.render($0.title)) } ?? .null,
        ])
    }

    private func say(_ wording: DocumentWording) -> String { wording.text(in: language) }

    private func labels() -> TemplateValue {
        var labels = TemplateObject([
            ("yes", .text(formatter.boolean(true))), ("no", .text(formatter.boolean(false))),
            ("unanswered", .text(say(.unanswered))),
        ])
        for severity in Rule.Severity.allCases { labels[severity.rawValue] = .text(severityLabel(severity)) }
        for priority in Catalogue.Priority.allCases { labels[priority.rawValue] = .text(priorityLabel(priority)) }
        return .object(labels)
    }

    func severityLabel(_ severity: Rule.Severity) -> String {
        KitWording.severity(severity).text(in: language)
    }

    func priorityLabel(_ priority: Catalogue.Priority) -> String {
        KitWording.priority(priority).text(in: language)
    }

    private func progress() -> TemplateValue {
        let progress = evaluation.progress
        return .object([
            "answered": .number(progress.answered), "visible": .number(progress.total),
            "percent": .number(progress.percent), "complete": .flag(evaluation.missingRequired.isEmpty),
        ])
    }
}
