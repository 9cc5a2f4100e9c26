/// Turns the YAML of a kit into a `Kit`, then checks what refers to what.
struct KitBuilder {
    let directory: String
    let file: String
    var decoder: NodeDecoder
    /// Names read before the whole kit is known, checked once it is.
    var references = PendingReferences()

    init(directory: String, file: String, decoder: NodeDecoder) {
        self.directory = directory
        self.file = file
        self.decoder = decoder
    }

    mutating func build(header: NodeDecoder.Fields, lists: [String: [YAMLNode]]) -> Kit? {
        let languages = header["languages"].map { decoder.list($0, what: "'languages'") } ?? []
        decoder.languages = languages.compactMap { node in
            guard let code = decoder.identifier(node, what: "a language code") else { return nil }
            guard let language = Language(code: code), language.code == code else {
                let spoken = Language.allCases.map(\.code).joined(separator: ", ")
                decoder.error(
                    "Participe does not speak '\(code)': a kit's languages are among \(spoken)", at: node.location)
                return nil
            }
            return language
        }
        if decoder.languages.isEmpty {
            decoder.error("'languages' must name at least one language, such as [fr, en]", at: header.node.location)
        }
        let id = header["id"].flatMap { decoder.identifier($0, what: "the kit id", dashes: true) }
        let version = header["version"].flatMap { decoder.string($0, what: "the kit version") }
        let title = header["title"].flatMap { decoder.localized($0, what: "the kit title") }
        let description = header["description"].flatMap { decoder.localized($0, what: "the kit description") }
        var kit = Kit(
            id: id ?? "", version: version ?? "", languages: decoder.languages,
            title: title ?? LocalizedText(all: ""), description: description,
            sections: (lists["sections"] ?? []).compactMap { section($0) },
            computed: (lists["computed"] ?? []).compactMap { computed($0) },
            grids: (lists["grids"] ?? []).compactMap { grid($0) },
            matrices: (lists["matrices"] ?? []).compactMap { matrix($0) },
            rules: (lists["rules"] ?? []).compactMap { rule($0) },
            catalogues: (lists["catalogues"] ?? []).compactMap { catalogue($0) },
            documents: (lists["documents"] ?? []).compactMap { document($0) },
            glossary: (lists["glossary"] ?? []).compactMap { glossaryEntry($0) },
            misconceptions: (lists["misconceptions"] ?? []).compactMap { misconception($0) },
            directory: directory, file: file, warnings: [],
            author: header["author"].flatMap { decoder.expression($0, what: "'author'") })
        if kit.sections.isEmpty, decoder.diagnostics.isEmpty {
            decoder.error("a kit needs at least one section", at: header.node.location)
        }
        var checker = KitChecker(kit: kit, references: references)
        checker.checkAll()
        decoder.diagnostics += checker.diagnostics
        kit.warnings = decoder.warnings
        return decoder.diagnostics.isEmpty ? kit : nil
    }

    mutating func computed(_ node: YAMLNode) -> ComputedValue? {
        let keys = NodeDecoder.Keys(required: ["id", "value"], optional: ["label", "unit"])
        guard let fields = decoder.fields(of: node, keys, what: "a computed value"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a computed value id") }),
            let valueNode = fields["value"]
        else { return nil }
        // A value may be given per language: `value: {fr: "'Faut-il ' + …", en: "'Should we ' + …"}`.
        var localized: [String: Expression] = [:]
        if let pairs = valueNode.mapping {
            for pair in pairs {
                let language = pair.key.scalar ?? ""
                guard decoder.languages.contains(where: { $0.code == language }) else {
                    decoder.error(
                        "unknown language '\(language)' in 'value'; the kit's languages are \(decoder.languages.map(\.code).joined(separator: ", "))",
                        at: pair.key.location)
                    continue
                }
                localized[language] = decoder.expression(pair.value, what: "'value' (\(language))")
            }
            for language in decoder.languages where localized[language.code] == nil {
                decoder.warnings.append(
                    Diagnostic(
                        .warning, "computed value '\(id)' has no '\(language)' expression", at: valueNode.location))
            }
        }
        guard
            let value = valueNode.mapping == nil
                ? decoder.expression(valueNode, what: "'value'")
                : decoder.languages.lazy.compactMap({ localized[$0.code] }).first
        else { return nil }
        return ComputedValue(
            id: id, value: value, localized: localized,
            label: fields["label"].flatMap { decoder.localized($0, what: "'label'") },
            unit: fields["unit"].flatMap { decoder.localized($0, what: "'unit'") }, location: node.location)
    }

    mutating func grid(_ node: YAMLNode) -> Grid? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "levels"], optional: ["declared"])
        guard let fields = decoder.fields(of: node, keys, what: "a grid"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a grid id") })
        else { return nil }
        let levelKeys = NodeDecoder.Keys(
            required: ["id", "label", "when"], optional: ["description", "iap2", "promise"])
        let levels = (fields["levels"].map { decoder.list($0, what: "'levels'") } ?? []).compactMap {
            levelNode -> Grid.Level? in
            guard let level = decoder.fields(of: levelNode, levelKeys, what: "a grid level"),
                let levelID = level["id"].flatMap({ decoder.identifier($0, what: "a level id") }),
                let label = level["label"].flatMap({ decoder.localized($0, what: "'label'") }),
                let when = level["when"].flatMap({ decoder.expression($0, what: "'when'") })
            else { return nil }
            return Grid.Level(
                id: levelID, label: label,
                description: level["description"].flatMap { decoder.localized($0, what: "'description'") },
                iap2: level["iap2"].flatMap { decoder.localized($0, what: "'iap2'") },
                promise: level["promise"].flatMap { decoder.localized($0, what: "'promise'") }, when: when)
        }
        if levels.isEmpty { decoder.error("a grid needs at least one level", at: node.location) }
        return Grid(
            id: id, title: fields["title"].flatMap { decoder.localized($0, what: "'title'") } ?? LocalizedText(all: ""),
            declared: questionPath(fields["declared"], what: "'declared'"), levels: levels,
            location: node.location)
    }

    mutating func matrix(_ node: YAMLNode) -> MatrixSpec? {
        let keys = NodeDecoder.Keys(
            required: ["id", "title", "criteria"], optional: ["weights", "candidates", "price_formula"])
        guard let fields = decoder.fields(of: node, keys, what: "a matrix"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a matrix id") }),
            let criteria = fields["criteria"].flatMap({ decoder.identifier($0, what: "'criteria'", dashes: true) })
        else { return nil }
        var formula = MatrixSpec.PriceFormula.proportional
        if let formulaNode = fields["price_formula"], let name = decoder.string(formulaNode, what: "'price_formula'") {
            if let known = MatrixSpec.PriceFormula(rawValue: name) {
                formula = known
            } else {
                let names = MatrixSpec.PriceFormula.allCases.map(\.rawValue)
                decoder.error(
                    "unknown price formula '\(name)': use proportional, linear or linear_range"
                        + Suggestion.hint(for: name, among: names),
                    at: formulaNode.location)
            }
        }
        return MatrixSpec(
            id: id, title: fields["title"].flatMap { decoder.localized($0, what: "'title'") } ?? LocalizedText(all: ""),
            criteria: criteria, weights: questionPath(fields["weights"], what: "'weights'"),
            candidates: questionPath(fields["candidates"], what: "'candidates'"),
            priceFormula: formula, location: node.location)
    }

    mutating func rule(_ node: YAMLNode) -> Rule? {
        let keys = NodeDecoder.Keys(
            required: ["id", "severity", "when", "message"], optional: ["action", "concerns", "see"])
        guard let fields = decoder.fields(of: node, keys, what: "a rule"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a rule id", dashes: true, upper: true) }),
            let when = fields["when"].flatMap({ decoder.expression($0, what: "'when'") }),
            let message = fields["message"].flatMap({ decoder.templated($0, what: "'message'") })
        else { return nil }
        var severity = Rule.Severity.warning
        if let severityNode = fields["severity"], let name = decoder.string(severityNode, what: "'severity'") {
            if let known = Rule.Severity(rawValue: name) {
                severity = known
            } else {
                decoder.error(
                    "unknown severity '\(name)': use blocker, warning or advice\(Suggestion.hint(for: name, among: Rule.Severity.allCases.map(\.rawValue)))",
                    at: severityNode.location)
            }
        }
        return Rule(
            id: id, severity: severity, when: when, message: message,
            action: fields["action"].flatMap { decoder.templated($0, what: "'action'") },
            concerns: questionPaths(fields["concerns"], what: "'concerns'"), see: identifiers(fields["see"]),
            location: node.location)
    }

    mutating func document(_ node: YAMLNode) -> DocumentSpec? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "template"], optional: ["filename"])
        guard let fields = decoder.fields(of: node, keys, what: "a document"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a document id", dashes: true) }),
            let title = fields["title"].flatMap({ decoder.localized($0, what: "'title'") }),
            let templates = fields["template"].flatMap({ decoder.localized($0, what: "'template'") })
        else { return nil }
        let templateNode = fields["template"]
        for (language, path) in templates.texts.sorted(by: { $0.key < $1.key }) {
            let location = Self.location(of: language, in: templateNode) ?? node.location
            // A template path must stay inside the kit folder; only those that do are looked for.
            if case .failure(let refusal) = FolderBoundary.resolve(path, in: directory) {
                decoder.error(KitPaths.leavesKit(path, .template, refusal, language: decoder.language), at: location)
            } else {
                references.templates.append((path, location))
            }
        }
        let filenameNode = fields["filename"]
        let filename = filenameNode.flatMap { decoder.localized($0, what: "'filename'") }
        for (language, name) in (filename?.texts ?? [:]).sorted(by: { $0.key < $1.key }) {
            // The file is written into the output folder: a plain name, neither a path nor `..` (empty: the id).
            if !name.isEmpty, let refusal = FolderBoundary.fileNameRefusal(name) {
                decoder.error(
                    KitPaths.notAFileName(name, refusal, language: decoder.language),
                    at: Self.location(of: language, in: filenameNode) ?? node.location)
            }
        }
        return DocumentSpec(
            id: id, title: title, templates: templates.texts, filename: filename, location: node.location)
    }

    /// Where a localised value's text for `language` is: its entry in a mapping, or the plain value itself.
    private static func location(of language: String, in node: YAMLNode?) -> SourceLocation? {
        guard let node else { return nil }
        guard let pairs = node.mapping else { return node.location }
        return pairs.first { $0.key.scalar == language }?.value.location ?? node.location
    }

    mutating func glossaryEntry(_ node: YAMLNode) -> GlossaryEntry? {
        let keys = NodeDecoder.Keys(required: ["id", "term", "definition"], optional: ["see"])
        guard let fields = decoder.fields(of: node, keys, what: "a glossary entry"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a glossary id", dashes: true) }),
            let term = fields["term"].flatMap({ decoder.localized($0, what: "'term'") }),
            let definition = fields["definition"].flatMap({ decoder.localized($0, what: "'definition'") })
        else { return nil }
        return GlossaryEntry(
            id: id, term: term, definition: definition, see: identifiers(fields["see"]), location: node.location)
    }

    mutating func misconception(_ node: YAMLNode) -> Misconception? {
        let keys = NodeDecoder.Keys(required: ["id", "claim", "answer"], optional: ["sections"])
        guard let fields = decoder.fields(of: node, keys, what: "a misconception"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a misconception id", dashes: true) }),
            let claim = fields["claim"].flatMap({ decoder.localized($0, what: "'claim'") }),
            let answer = fields["answer"].flatMap({ decoder.localized($0, what: "'answer'") })
        else { return nil }
        return Misconception(
            id: id, claim: claim, answer: answer, sections: sectionIDs(fields["sections"]), location: node.location)
    }

    mutating func questionPath(_ node: YAMLNode?, what: String) -> QuestionPath? {
        guard let node, let path = decoder.questionPath(node, what: what) else { return nil }
        references.questions.append((path, node.location, what))
        return path
    }

    mutating func questionPaths(_ node: YAMLNode?, what: String) -> [QuestionPath] {
        guard let node else { return [] }
        return decoder.list(node, what: what).compactMap { entry in
            let path = decoder.questionPath(entry, what: "an entry of \(what)")
            if let path { references.questions.append((path, entry.location, what)) }
            return path
        }
    }

    mutating func sectionIDs(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        return decoder.list(node, what: "'sections'").compactMap { entry in
            let id = decoder.identifier(entry, what: "a section id")
            if let id { references.sections.append((id, entry.location)) }
            return id
        }
    }

    mutating func identifiers(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        return decoder.list(node, what: "a list of ids").compactMap { entry in
            let id = decoder.identifier(entry, what: "an id", dashes: true, upper: true)
            if let id { references.glossary.append((id, entry.location)) }
            return id
        }
    }
}
