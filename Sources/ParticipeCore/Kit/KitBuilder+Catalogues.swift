extension KitBuilder {
    static let itemKeys = NodeDecoder.Keys(
        required: ["id"],
        optional: [
            "when", "category", "priority", "priority_when", "title", "text", "from", "weight", "parent", "kind",
            "values", "for_each", "lots",
        ])

    mutating func catalogue(_ node: YAMLNode) -> Catalogue? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "items"], optional: ["categories"])
        guard let fields = decoder.fields(of: node, keys, what: name(.catalogue)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.catalogueID), dashes: true) })
        else { return nil }
        let categoryKeys = NodeDecoder.Keys(required: ["id", "title"], optional: ["lots"])
        let categories = (fields["categories"].map { decoder.list($0, what: name(.key("categories"))) } ?? [])
            .compactMap {
                entry -> Catalogue.Category? in
                guard let category = decoder.fields(of: entry, categoryKeys, what: name(.category)),
                    let categoryID = category["id"].flatMap({
                        decoder.identifier($0, what: name(.categoryID), dashes: true, upper: true)
                    }),
                    let title = category["title"].flatMap({ decoder.localized($0, what: name(.key("title"))) })
                else { return nil }
                var made = Catalogue.Category(id: categoryID, title: title)
                made.lots = lotIDs(category["lots"]) ?? []
                return made
            }
        let items = (fields["items"].map { decoder.list($0, what: name(.key("items"))) } ?? []).compactMap {
            item($0, categories: categories)
        }
        return Catalogue(
            id: id,
            title: fields["title"].flatMap { decoder.localized($0, what: name(.key("title"))) }
                ?? LocalizedText(all: ""),
            categories: categories, items: items, location: node.location)
    }

    private mutating func item(_ node: YAMLNode, categories: [Catalogue.Category]) -> Catalogue.Item? {
        guard let fields = decoder.fields(of: node, Self.itemKeys, what: name(.catalogueItem)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.itemID), dashes: true, upper: true) })
        else { return nil }
        var category: String?
        if let categoryNode = fields["category"], let name = decoder.string(categoryNode, what: name(.key("category")))
        {
            if categories.contains(where: { $0.id == name }) {
                category = name
            } else {
                let known = categories.map(\.id)
                let hint = Suggestion.hint(for: name, among: known, language: decoder.language)
                report(.unknownCategory(name: name, hint: hint), at: categoryNode.location)
            }
        }
        var priorityWhen: [(Expression, Catalogue.Priority)] = []
        for entry in fields["priority_when"].map({ decoder.list($0, what: name(.key("priority_when"))) }) ?? [] {
            let keys = NodeDecoder.Keys(required: ["when", "priority"])
            guard let condition = decoder.fields(of: entry, keys, what: name(.entry(of: "priority_when"))),
                let when = condition["when"].flatMap({ decoder.expression($0, what: name(.key("when"))) }),
                let priority = condition["priority"].flatMap({ priority($0) })
            else { continue }
            priorityWhen.append((when, priority))
        }
        var kind: Criterion.Kind?
        if let kindNode = fields["kind"], let name = decoder.string(kindNode, what: name(.key("kind"))) {
            kind = Criterion.Kind(rawValue: name)
            if kind == nil {
                report(.unknownCriterionKind(name: name), at: kindNode.location)
            }
        }
        var values: [(name: String, expression: Expression)] = []
        if let valuesNode = fields["values"] {
            if let pairs = valuesNode.mapping {
                for pair in pairs {
                    let (nameWhat, valueWhat) = (name(.valueName), name(.namedValue(pair.key.scalar ?? "")))
                    guard let valueName = decoder.identifier(pair.key, what: nameWhat),
                        let expression = decoder.expression(pair.value, what: valueWhat)
                    else { continue }
                    values.append((valueName, expression))
                }
            } else {
                report(.valuesNotMapping, at: valuesNode.location)
            }
        }
        var forEach: QuestionPath?
        if let node = fields["for_each"], let path = decoder.questionPath(node, what: name(.key("for_each"))) {
            references.questions.append((path, node.location, name(.key("for_each"))))
            forEach = path
        }
        var item = Catalogue.Item(
            id: id, when: fields["when"].flatMap { decoder.expression($0, what: name(.key("when"))) },
            category: category,
            priority: fields["priority"].flatMap { priority($0) }, priorityWhen: priorityWhen,
            title: fields["title"].flatMap { decoder.templated($0, what: name(.key("title"))) },
            text: fields["text"].flatMap { decoder.templated($0, what: name(.key("text"))) },
            from: questionPaths(fields["from"], key: "from"),
            weight: fields["weight"].flatMap { node in
                node.isNumeric ? decoder.number(node, what: name(.key("weight"))) : nil
            },
            weightExpression: fields["weight"].flatMap { node in
                node.isNumeric ? nil : decoder.expression(node, what: name(.key("weight")))
            },
            parent: fields["parent"].flatMap {
                decoder.identifier($0, what: name(.key("parent")), dashes: true, upper: true)
            },
            kind: kind, values: values, location: node.location)
        item.forEach = forEach
        item.lots = lotIDs(fields["lots"]) ?? categories.first { $0.id == category }?.lots ?? []
        return item
    }

    private mutating func priority(_ node: YAMLNode) -> Catalogue.Priority? {
        guard let name = decoder.string(node, what: name(.key("priority"))) else { return nil }
        guard let priority = Catalogue.Priority(rawValue: name) else {
            let known = Catalogue.Priority.allCases.map(\.rawValue)
            let hint = Suggestion.hint(for: name, among: known, language: decoder.language)
            report(.unknownPriority(name: name, known: known.joined(separator: ", "), hint: hint), at: node.location)
            return nil
        }
        return priority
    }
}
