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

    /// A message in the language of the kit's author.
    func say(_ message: KitMessage) -> String { message.text(in: decoder.language) }

    /// What a part of the kit is called in the decoder's messages, in the same language.
    func name(_ thing: KitMessage.Thing) -> String { say(.thing(thing)) }

    /// Reports a problem of the kit, with its code.
    mutating func report(_ message: KitMessage, at location: SourceLocation) {
        decoder.error(message, at: location)
    }

    mutating func build(header: NodeDecoder.Fields, lists: [String: [YAMLNode]]) -> Kit? {
        let languages = header["languages"].map { decoder.list($0, what: name(.key("languages"))) } ?? []
        decoder.languages = languages.compactMap { node in
            guard let code = decoder.identifier(node, what: name(.languageCode)) else { return nil }
            guard let language = Language(code: code), language.code == code else {
                let spoken = Language.allCases.map(\.code).joined(separator: ", ")
                report(.unspokenLanguage(code: code, spoken: spoken), at: node.location)
                return nil
            }
            return language
        }
        if decoder.languages.isEmpty {
            report(.noLanguage, at: header.node.location)
        }
        let id = header["id"].flatMap { decoder.identifier($0, what: name(.kitID), dashes: true) }
        let version = header["version"].flatMap { decoder.string($0, what: name(.kitVersion)) }
        let title = header["title"].flatMap { decoder.localized($0, what: name(.kitTitle)) }
        let description = header["description"].flatMap { decoder.localized($0, what: name(.kitDescription)) }
        let kit = Kit(
            id: id ?? "", version: version ?? "", languages: decoder.languages,
            title: title ?? LocalizedText(all: ""), description: description,
            sections: (lists["sections"] ?? []).compactMap { section($0) },
            computed: (lists["facts"] ?? []).compactMap { fact($0) }
                + (lists["computed"] ?? []).compactMap { computed($0) },
            grids: (lists["grids"] ?? []).compactMap { grid($0) },
            matrices: (lists["matrices"] ?? []).compactMap { matrix($0) },
            rules: (lists["rules"] ?? []).compactMap { rule($0) },
            catalogues: (lists["catalogues"] ?? []).compactMap { catalogue($0) },
            documents: (lists["documents"] ?? []).compactMap { document($0) },
            glossary: (lists["glossary"] ?? []).compactMap { glossaryEntry($0) },
            misconceptions: (lists["misconceptions"] ?? []).compactMap { misconception($0) },
            directory: directory, file: file, warnings: [],
            author: header["author"].flatMap { decoder.expression($0, what: name(.key("author"))) },
            migrations: (lists["migrations"] ?? []).compactMap { migration($0) },
            factsDate: header["facts_date"].flatMap { decoder.expression($0, what: name(.key("facts_date"))) },
            spreadsheets: (lists["spreadsheets"] ?? []).compactMap { spreadsheet($0) },
            lots: (lists["lots"] ?? []).compactMap { lot($0) },
            calendars: (lists["calendars"] ?? []).compactMap { calendar($0) })
        if kit.sections.isEmpty, !decoder.collector.hasErrors {
            report(.noSection, at: header.node.location)
        }
        var checker = KitChecker(kit: kit, references: references, collector: decoder.collector)
        checker.checkAll()
        decoder.collector = checker.collector
        return decoder.collector.hasErrors
            ? nil : kit.checked(warnings: decoder.collector.warnings, computedTypes: checker.computedTypes)
    }

    mutating func computed(_ node: YAMLNode) -> ComputedValue? {
        let keys = NodeDecoder.Keys(required: ["id", "value"], optional: ["label", "unit"])
        guard let fields = decoder.fields(of: node, keys, what: name(.computedValue)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.computedValueID)) }),
            let valueNode = fields["value"]
        else { return nil }
        // A value may be given per language: `value: {fr: "'Faut-il ' + …", en: "'Should we ' + …"}`.
        var localized: [String: Expression] = [:]
        if let pairs = valueNode.mapping {
            for pair in pairs {
                let language = pair.key.scalar ?? ""
                guard decoder.languages.contains(where: { $0.code == language }) else {
                    let languages = decoder.languages.map(\.code).joined(separator: ", ")
                    report(.unknownValueLanguage(language: language, languages: languages), at: pair.key.location)
                    continue
                }
                localized[language] = decoder.expression(pair.value, what: name(.keyIn("value", language: language)))
            }
            for language in decoder.languages where localized[language.code] == nil {
                decoder.warning(
                    KitMessage.missingValueLanguage(id: id, language: language.code), at: valueNode.location)
            }
        }
        guard
            let value = valueNode.mapping == nil
                ? decoder.expression(valueNode, what: name(.key("value")))
                : decoder.languages.lazy.compactMap({ localized[$0.code] }).first
        else { return nil }
        return ComputedValue(
            id: id, value: value, localized: localized,
            label: fields["label"].flatMap { decoder.localized($0, what: name(.key("label"))) },
            unit: fields["unit"].flatMap { decoder.localized($0, what: name(.key("unit"))) }, location: node.location)
    }

    /// A dated fact: `{id, label, unit, source, values: [{from, until, value, source}]}`, periods in date order.
    mutating func fact(_ node: YAMLNode) -> ComputedValue? {
        let keys = NodeDecoder.Keys(required: ["id", "label", "values"], optional: ["unit", "source"])
        guard let fields = decoder.fields(of: node, keys, what: name(.fact)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.factID)) })
        else { return nil }
        let periodKeys = NodeDecoder.Keys(required: ["value"], optional: ["from", "until", "source"])
        var periods: [Fact.Period] = []
        for periodNode in fields["values"].map({ decoder.list($0, what: name(.key("values"))) }) ?? [] {
            guard let period = decoder.fields(of: periodNode, periodKeys, what: name(.factPeriod)),
                let value = period["value"].flatMap({ decoder.expression($0, what: name(.key("value"))) })
            else { continue }
            let from = period["from"].flatMap { decoder.date($0, what: name(.key("from"))) }
            let until = period["until"].flatMap { decoder.date($0, what: name(.key("until"))) }
            if let from, let until, until < from {
                report(.factPeriodBackwards(from: from.description, until: until.description), at: periodNode.location)
            }
            if let previous = periods.last {
                // Periods follow one another, so that at most one holds on any day.
                if let end = previous.until {
                    if from.map({ $0 <= end }) ?? true {
                        report(.factPeriodOverlaps(previousUntil: end.description), at: periodNode.location)
                    }
                } else {
                    report(.factPeriodAfterOpenEnd, at: periodNode.location)
                }
            }
            periods.append(
                Fact.Period(
                    from: from, until: until, value: value,
                    source: period["source"].flatMap { decoder.localized($0, what: name(.key("source"))) },
                    location: periodNode.location))
        }
        // The first period types the fact; a later one of another type is the one reported.
        guard let first = periods.first else {
            report(.factWithoutValue(id: id), at: node.location)
            return nil
        }
        return ComputedValue(
            id: id, value: first.value,
            label: fields["label"].flatMap { decoder.localized($0, what: name(.key("label"))) },
            unit: fields["unit"].flatMap { decoder.localized($0, what: name(.key("unit"))) }, location: node.location,
            fact: Fact(
                source: fields["source"].flatMap { decoder.localized($0, what: name(.key("source"))) },
                periods: periods))
    }

    mutating func grid(_ node: YAMLNode) -> Grid? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "levels"], optional: ["declared"])
        guard let fields = decoder.fields(of: node, keys, what: name(.grid)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.gridID)) })
        else { return nil }
        let levelKeys = NodeDecoder.Keys(
            required: ["id", "label"], optional: ["description", "iap2", "promise", "when", "conditions"])
        let conditionKeys = NodeDecoder.Keys(required: ["label", "when"], optional: [])
        let levels = (fields["levels"].map { decoder.list($0, what: name(.key("levels"))) } ?? []).compactMap {
            levelNode -> Grid.Level? in
            guard let level = decoder.fields(of: levelNode, levelKeys, what: name(.gridLevel)),
                let levelID = level["id"].flatMap({ decoder.identifier($0, what: name(.levelID)) }),
                let label = level["label"].flatMap({ decoder.localized($0, what: name(.key("label"))) })
            else { return nil }
            let conditions = (level["conditions"].map { decoder.list($0, what: name(.key("conditions"))) } ?? [])
                .compactMap { conditionNode -> Grid.Condition? in
                    guard
                        let condition = decoder.fields(
                            of: conditionNode, conditionKeys, what: name(.key("conditions"))),
                        let label = condition["label"].flatMap({ decoder.localized($0, what: name(.key("label"))) }),
                        let when = condition["when"].flatMap({ decoder.expression($0, what: name(.key("when"))) })
                    else { return nil }
                    return Grid.Condition(label: label, when: when)
                }
            return Grid.Level(
                id: levelID, label: label,
                description: level["description"].flatMap { decoder.localized($0, what: name(.key("description"))) },
                iap2: level["iap2"].flatMap { decoder.localized($0, what: name(.key("iap2"))) },
                promise: level["promise"].flatMap { decoder.localized($0, what: name(.key("promise"))) },
                when: level["when"].flatMap { decoder.expression($0, what: name(.key("when"))) },
                conditions: conditions)
        }
        if levels.isEmpty { report(.noLevel, at: node.location) }
        return Grid(
            id: id,
            title: fields["title"].flatMap { decoder.localized($0, what: name(.key("title"))) }
                ?? LocalizedText(all: ""),
            declared: questionPath(fields["declared"], key: "declared"), levels: levels,
            location: node.location)
    }

    mutating func matrix(_ node: YAMLNode) -> MatrixSpec? {
        let keys = NodeDecoder.Keys(
            required: ["id", "title", "criteria"], optional: ["weights", "candidates", "price_formula", "filename"])
        guard let fields = decoder.fields(of: node, keys, what: name(.matrix)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.matrixID)) }),
            let criteria = fields["criteria"].flatMap({
                decoder.identifier($0, what: name(.key("criteria")), dashes: true)
            })
        else { return nil }
        var formula = PriceFormula.proportional
        if let formulaNode = fields["price_formula"],
            let name = decoder.string(formulaNode, what: name(.key("price_formula")))
        {
            if let known = PriceFormula(rawValue: name) {
                formula = known
            } else {
                let names = PriceFormula.allCases.map(\.rawValue)
                let hint = Suggestion.hint(for: name, among: names, language: decoder.language)
                report(.unknownPriceFormula(name: name, hint: hint), at: formulaNode.location)
            }
        }
        var spec = MatrixSpec(
            id: id,
            title: fields["title"].flatMap { decoder.localized($0, what: name(.key("title"))) }
                ?? LocalizedText(all: ""),
            criteria: criteria, weights: questionPath(fields["weights"], key: "weights"),
            candidates: questionPath(fields["candidates"], key: "candidates"),
            priceFormula: formula, location: node.location)
        spec.filename = filename(fields["filename"], of: node)
        return spec
    }

    mutating func rule(_ node: YAMLNode) -> Rule? {
        let keys = NodeDecoder.Keys(
            required: ["id", "severity", "when", "message"], optional: ["action", "concerns", "see", "follows"])
        guard let fields = decoder.fields(of: node, keys, what: name(.rule)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.ruleID), dashes: true, upper: true) }),
            let when = fields["when"].flatMap({ decoder.expression($0, what: name(.key("when"))) }),
            let message = fields["message"].flatMap({ decoder.templated($0, what: name(.key("message"))) })
        else { return nil }
        var severity = Rule.Severity.warning
        if let severityNode = fields["severity"], let name = decoder.string(severityNode, what: name(.key("severity")))
        {
            if let known = Rule.Severity(rawValue: name) {
                severity = known
            } else {
                let names = Rule.Severity.allCases.map(\.rawValue)
                let hint = Suggestion.hint(for: name, among: names, language: decoder.language)
                report(.unknownSeverity(name: name, hint: hint), at: severityNode.location)
            }
        }
        return Rule(
            id: id, severity: severity, when: when, message: message,
            action: fields["action"].flatMap { decoder.templated($0, what: name(.key("action"))) },
            concerns: questionPaths(fields["concerns"], key: "concerns"), see: identifiers(fields["see"]),
            follows: ruleIdentifiers(fields["follows"]), location: node.location)
    }

    /// The rule ids of a rule's `follows`, checked once every rule is read.
    mutating func ruleIdentifiers(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        return decoder.list(node, what: name(.idList)).compactMap { entry in
            let id = decoder.identifier(entry, what: name(.ruleID), dashes: true, upper: true)
            if let id { references.rules.append((id, entry.location)) }
            return id
        }
    }

    mutating func lot(_ node: YAMLNode) -> Lot? {
        let keys = NodeDecoder.Keys(required: ["id", "title"], optional: ["when"])
        guard let fields = decoder.fields(of: node, keys, what: name(.lot)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.lotID), dashes: true) }),
            let title = fields["title"].flatMap({ decoder.templated($0, what: name(.key("title"))) })
        else { return nil }
        return Lot(
            id: id, title: title, when: fields["when"].flatMap { decoder.expression($0, what: name(.key("when"))) },
            location: node.location)
    }

    mutating func calendar(_ node: YAMLNode) -> CalendarSpec? {
        let keys = NodeDecoder.Keys(required: ["id", "milestones"], optional: [])
        guard let fields = decoder.fields(of: node, keys, what: name(.calendar)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.calendarID)) }),
            let milestones = fields["milestones"]
        else { return nil }
        let milestoneKeys = NodeDecoder.Keys(required: ["label", "date"], optional: ["when"])
        return CalendarSpec(
            id: id,
            milestones: decoder.list(milestones, what: name(.key("milestones"))).compactMap { entry in
                guard let milestone = decoder.fields(of: entry, milestoneKeys, what: name(.milestone)),
                    let label = milestone["label"].flatMap({ decoder.localized($0, what: name(.key("label"))) }),
                    let date = milestone["date"].flatMap({ decoder.expression($0, what: name(.key("date"))) })
                else { return nil }
                return CalendarSpec.Milestone(
                    label: label, date: date,
                    when: milestone["when"].flatMap { decoder.expression($0, what: name(.key("when"))) },
                    location: entry.location)
            },
            location: node.location)
    }

    /// A `per_lot` flag of a document or a spreadsheet, whose lots are checked once the kit is known.
    mutating func perLot(_ node: YAMLNode?) -> Bool {
        guard let node, let flag = decoder.boolean(node, what: name(.key("per_lot"))) else { return false }
        if flag { references.perLot.append(node.location) }
        return flag
    }

    /// The `lots` of a catalogue category or item: lot ids, checked once the kit is known.
    mutating func lotIDs(_ node: YAMLNode?) -> [String]? {
        guard let node else { return nil }
        let ids = decoder.list(node, what: name(.key("lots"))).compactMap { entry in
            decoder.identifier(entry, what: name(.lotID), dashes: true).map { ($0, entry.location) }
        }
        references.lots += ids
        return ids.map(\.0)
    }

    mutating func document(_ node: YAMLNode) -> DocumentSpec? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "template"], optional: ["filename", "when", "per_lot"])
        guard let fields = decoder.fields(of: node, keys, what: name(.document)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.documentID), dashes: true) }),
            let title = fields["title"].flatMap({ decoder.localized($0, what: name(.key("title"))) }),
            let templates = fields["template"].flatMap({ decoder.localized($0, what: name(.key("template"))) })
        else { return nil }
        let templateNode = fields["template"]
        for (language, path) in templates.texts.sorted(by: { $0.key < $1.key }) {
            let location = Self.location(of: language, in: templateNode) ?? node.location
            // A template path must stay inside the kit folder; only those that do are looked for.
            if case .failure(let refusal) = FolderBoundary.resolve(path, in: directory) {
                report(KitPaths.leavesKit(path, .template, refusal, language: decoder.language), at: location)
            } else {
                references.templates.append((path, location))
            }
        }
        return DocumentSpec(
            id: id, title: title, templates: templates.texts, filename: filename(fields["filename"], of: node),
            when: fields["when"].flatMap { decoder.expression($0, what: name(.key("when"))) },
            perLot: perLot(fields["per_lot"]), location: node.location)
    }

    /// The `filename` of a document or a spreadsheet, each language's a plain name: the file is written into the
    /// output folder, so neither a path nor `..` (empty: the id).
    mutating func filename(_ filenameNode: YAMLNode?, of node: YAMLNode) -> LocalizedText? {
        let filename = filenameNode.flatMap { decoder.localized($0, what: name(.key("filename"))) }
        for (language, name) in (filename?.texts ?? [:]).sorted(by: { $0.key < $1.key }) {
            if !name.isEmpty, let refusal = FolderBoundary.fileNameRefusal(name) {
                report(
                    KitPaths.notAFileName(name, refusal, language: decoder.language),
                    at: Self.location(of: language, in: filenameNode) ?? node.location)
            }
        }
        return filename
    }

    /// Where a localised value's text for `language` is: its entry in a mapping, or the plain value itself.
    private static func location(of language: String, in node: YAMLNode?) -> SourceLocation? {
        guard let node else { return nil }
        guard let pairs = node.mapping else { return node.location }
        return pairs.first { $0.key.scalar == language }?.value.location ?? node.location
    }

    mutating func glossaryEntry(_ node: YAMLNode) -> GlossaryEntry? {
        let keys = NodeDecoder.Keys(required: ["id", "term", "definition"], optional: ["see"])
        guard let fields = decoder.fields(of: node, keys, what: name(.glossaryEntry)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.glossaryID), dashes: true) }),
            let term = fields["term"].flatMap({ decoder.localized($0, what: name(.key("term"))) }),
            let definition = fields["definition"].flatMap({ decoder.localized($0, what: name(.key("definition"))) })
        else { return nil }
        return GlossaryEntry(
            id: id, term: term, definition: definition, see: identifiers(fields["see"]), location: node.location)
    }

    mutating func misconception(_ node: YAMLNode) -> Misconception? {
        let keys = NodeDecoder.Keys(required: ["id", "claim", "answer"], optional: ["sections"])
        guard let fields = decoder.fields(of: node, keys, what: name(.misconception)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.misconceptionID), dashes: true) }),
            let claim = fields["claim"].flatMap({ decoder.localized($0, what: name(.key("claim"))) }),
            let answer = fields["answer"].flatMap({ decoder.localized($0, what: name(.key("answer"))) })
        else { return nil }
        return Misconception(
            id: id, claim: claim, answer: answer, sections: sectionIDs(fields["sections"]), location: node.location)
    }

    mutating func questionPath(_ node: YAMLNode?, key: String) -> QuestionPath? {
        let what = name(.key(key))
        guard let node, let path = decoder.questionPath(node, what: what) else { return nil }
        references.questions.append((path, node.location, what))
        return path
    }

    mutating func questionPaths(_ node: YAMLNode?, key: String) -> [QuestionPath] {
        guard let node else { return [] }
        let (what, entryWhat) = (name(.key(key)), name(.entry(of: key)))
        return decoder.list(node, what: what).compactMap { entry in
            let path = decoder.questionPath(entry, what: entryWhat)
            if let path { references.questions.append((path, entry.location, what)) }
            return path
        }
    }

    mutating func sectionIDs(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        return decoder.list(node, what: name(.key("sections"))).compactMap { entry in
            let id = decoder.identifier(entry, what: name(.sectionID))
            if let id { references.sections.append((id, entry.location)) }
            return id
        }
    }

    mutating func identifiers(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        return decoder.list(node, what: name(.idList)).compactMap { entry in
            let id = decoder.identifier(entry, what: name(.id), dashes: true, upper: true)
            if let id { references.glossary.append((id, entry.location)) }
            return id
        }
    }
}
