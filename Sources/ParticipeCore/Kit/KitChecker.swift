import Foundation

/// Checks a decoded kit as a whole: unique ids, references, expression types, cycles, template files.
struct KitChecker {
    let kit: Kit
    let references: PendingReferences
    private let scope: KitScope
    private(set) var diagnostics: [Diagnostic] = []

    init(kit: Kit, references: PendingReferences) {
        self.kit = kit
        self.references = references
        self.scope = KitScope(kit: kit)
    }

    mutating func checkAll() {
        checkUniqueness()
        checkReferences()
        checkExpressions()
        checkCatalogues()
        checkGridsAndMatrices()
        checkTemplateFiles()
        diagnostics += KitDependencies(kit: kit).cycles()
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    /// Reports ids given twice: "duplicate `what` 'id'`place` (`note`; first defined at line n)".
    private mutating func unique(
        _ entries: [(id: String, location: SourceLocation)], what: String, in place: String = "", note: String? = nil
    ) {
        var seen: [String: SourceLocation] = [:]
        for entry in entries {
            if let first = seen[entry.id] {
                let note = note.map { "\($0); " } ?? ""
                error(
                    "duplicate \(what) '\(entry.id)'\(place) (\(note)first defined at line \(first.line))",
                    at: entry.location)
            } else {
                seen[entry.id] = entry.location
            }
        }
    }

    private mutating func checkUniqueness() {
        let names =
            kit.sections.map { ($0.id, $0.location) } + kit.computed.map { ($0.id, $0.location) }
            + kit.grids.map { ($0.id, $0.location) } + kit.matrices.map { ($0.id, $0.location) }
        unique(names, what: "name", note: "sections, computed values, grids and matrices share one namespace")
        for section in kit.sections {
            unique(
                section.questions.map { ($0.id, $0.location) }, what: "question id", in: " in section '\(section.id)'")
            for question in section.questions {
                unique(
                    question.choices.map { ($0.id, question.location) }, what: "choice id",
                    in: " in '\(section.id).\(question.id)'")
                unique(
                    question.fields.map { ($0.id, $0.location) }, what: "field id",
                    in: " in '\(section.id).\(question.id)'")
            }
        }
        unique(kit.rules.map { ($0.id, $0.location) }, what: "rule id")
        unique(kit.catalogues.map { ($0.id, $0.location) }, what: "catalogue id")
        for catalogue in kit.catalogues {
            unique(
                catalogue.items.map { ($0.id, $0.location) }, what: "item id", in: " in catalogue '\(catalogue.id)'")
            unique(
                catalogue.categories.map { ($0.id, catalogue.location) }, what: "category id",
                in: " in '\(catalogue.id)'")
        }
        unique(kit.documents.map { ($0.id, $0.location) }, what: "document id")
        unique(kit.glossary.map { ($0.id, $0.location) }, what: "glossary id")
        unique(kit.misconceptions.map { ($0.id, $0.location) }, what: "misconception id")
    }

    private mutating func checkReferences() {
        for reference in references.questions where kit.question(reference.path) == nil {
            error(unknownQuestionMessage(reference.path, in: reference.what), at: reference.location)
        }
        let glossary = kit.glossary.map(\.id)
        for reference in references.glossary where !glossary.contains(reference.id) {
            error(
                "unknown glossary entry '\(reference.id)'\(Suggestion.hint(for: reference.id, among: glossary))",
                at: reference.location)
        }
        let sections = kit.sections.map(\.id)
        for reference in references.sections where !sections.contains(reference.id) {
            error(
                "unknown section '\(reference.id)'\(Suggestion.hint(for: reference.id, among: sections))",
                at: reference.location)
        }
        let catalogues = kit.catalogues.map(\.id)
        for reference in references.catalogues where !catalogues.contains(reference.id) {
            error(
                "unknown catalogue '\(reference.id)'\(Suggestion.hint(for: reference.id, among: catalogues))",
                at: reference.location)
        }
    }

    /// "unknown question 's.q' in 'concerns'; did you mean 's.r'?": the place before the suggestion.
    private func unknownQuestionMessage(_ path: QuestionPath, in what: String) -> String {
        guard let section = kit.section(path.section) else {
            let sections = kit.sections.map(\.id)
            return "unknown section '\(path.section)' in \(what) ('\(path)')"
                + Suggestion.hint(for: path.section, among: sections)
        }
        let paths = section.questions.map { "\(section.id).\($0.id)" }
        return "unknown question '\(path)' in \(what)\(Suggestion.hint(for: path.description, among: paths))"
    }

    private mutating func checkExpressions() {
        for section in kit.sections {
            check(section.when, expecting: .boolean, what: "'when'")
            check(section.intro)
            for question in section.questions {
                check(question.when, expecting: .boolean, what: "'when'")
                if case .when(let expression) = question.required {
                    check(expression, expecting: .boolean, what: "'required'")
                }
                check(question.help)
            }
        }
        check(kit.author, expecting: nil, what: "'author'")
        for computed in kit.computed { _ = scope.computedType(computed.id) }
        for grid in kit.grids {
            for level in grid.levels { check(level.when, expecting: .boolean, what: "a level's 'when'") }
        }
        for rule in kit.rules {
            check(rule.when, expecting: .boolean, what: "a rule's 'when'")
            check(rule.message)
            check(rule.action)
        }
        for catalogue in kit.catalogues {
            for item in catalogue.items {
                check(item.when, expecting: .boolean, what: "'when'")
                for (condition, _) in item.priorityWhen { check(condition, expecting: .boolean, what: "'when'") }
                check(item.title)
                check(item.text)
                for value in item.values { check(value.expression, expecting: nil, what: value.name) }
                check(item.weightExpression, expecting: .number, what: "'weight'")
            }
        }
        diagnostics += scope.diagnostics
    }

    private mutating func check(_ text: TemplatedText?) {
        for expression in text?.expressions ?? [] { check(expression, expecting: nil, what: "an interpolation") }
    }

    private mutating func check(_ expression: Expression?, expecting expected: ValueType?, what: String) {
        guard let expression else { return }
        let (type, problems) = expression.check(in: scope)
        diagnostics += problems
        if problems.isEmpty, let expected, type != .any, type != expected {
            let wanted = expected == .boolean ? "a condition (true or false)" : "a \(expected)"
            error("\(what) must be \(wanted), but this expression gives a \(type)", at: expression.location)
        }
    }

    private mutating func checkCatalogues() {
        for catalogue in kit.catalogues {
            let ids = Set(catalogue.items.map(\.id))
            for item in catalogue.items {
                if let parent = item.parent, !ids.contains(parent) {
                    error(
                        "unknown parent '\(parent)' in catalogue '\(catalogue.id)'\(Suggestion.hint(for: parent, among: ids))",
                        at: item.location)
                }
            }
        }
    }

    private mutating func checkGridsAndMatrices() {
        for grid in kit.grids {
            guard let path = grid.declared, let question = kit.question(path) else { continue }
            let levels = Set(grid.levels.map(\.id))
            if question.type != .single {
                error("the declared level '\(path)' must be a 'single' question", at: grid.location)
            }
            for choice in question.choices where !levels.contains(choice.id) {
                error("choice '\(choice.id)' of '\(path)' is not a level of grid '\(grid.id)'", at: question.location)
            }
        }
        for matrix in kit.matrices {
            if kit.catalogue(matrix.criteria) == nil {
                error("unknown catalogue '\(matrix.criteria)' in 'criteria'", at: matrix.location)
            }
            if let path = matrix.weights, let question = kit.question(path), question.type != .points {
                error(
                    "'weights' must name a 'points' question; '\(path)' is '\(question.type.rawValue)'",
                    at: matrix.location)
            }
            if let path = matrix.candidates, let question = kit.question(path), question.type != .scores {
                error(
                    "'candidates' must name a 'scores' question; '\(path)' is '\(question.type.rawValue)'",
                    at: matrix.location)
            }
        }
    }

    private mutating func checkTemplateFiles() {
        for template in references.templates {
            let path = KitLoader.join(kit.directory, template.path)
            if !FileManager.default.fileExists(atPath: path) {
                error("template file '\(template.path)' not found (looked for '\(path)')", at: template.location)
            }
        }
    }
}
