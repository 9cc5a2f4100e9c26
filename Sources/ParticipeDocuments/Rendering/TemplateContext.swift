import ParticipeCore

/// Builds the values a document template receives from an evaluation (see `docs/templates.md`).
public struct TemplateContext {
    let evaluation: Evaluation
    let language: Language
    let formatter: ValueFormatter

    public init(evaluation: Evaluation) {
        self.evaluation = evaluation
        self.language = evaluation.language
        self.formatter = ValueFormatter(language: evaluation.language)
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
        root["document"] = .object(["id": .text(document.id), "title": kitMarkdown(document.title)])
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
            evaluation.documents.map { spec in
                .object([
                    "id": .text(spec.id), "title": kitMarkdown(spec.title),
                    "filename": .text(filename(of: spec)),
                ])
            })
        root["answers"] = answers()
        root["computed"] = computed()
        root["facts"] = facts()
        root["grids"] = grids()
        root["catalogues"] = catalogues()
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
        return root
    }

    /// The file name (without extension) a document is written to.
    public func filename(of document: DocumentSpec) -> String {
        let name = document.filename?.resolve(language, fallbacks: kit.fallbacks) ?? document.id
        return name.isEmpty ? document.id : name
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
