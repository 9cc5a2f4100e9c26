extension KitBuilder {
    static let itemKeys = NodeDecoder.Keys(
        required: ["id"],
        optional: [
            "when", "category", "priority", "priority_when", "title", "text", "from", "weight", "parent", "kind",
            "values",
        ])

    mutating func catalogue(_ node: YAMLNode) -> Catalogue? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "items"], optional: ["categories"])
        guard let fields = decoder.fields(of: node, keys, what: "a catalogue"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "a catalogue id", dashes: true) })
        else { return nil }
        let categoryKeys = NodeDecoder.Keys(required: ["id", "title"])
        let categories = (fields["categories"].map { decoder.list($0, what: "'categories'") } ?? []).compactMap {
            entry -> Catalogue.Category? in
            guard let category = decoder.fields(of: entry, categoryKeys, what: "a category"),
                let categoryID = category["id"].flatMap({
                    decoder.identifier($0, what: "a category id", dashes: true, upper: true)
                }),
                let title = category["title"].flatMap({ decoder.localized($0, what: "'title'") })
            else { return nil }
            return Catalogue.Category(id: categoryID, title: title)
        }
        let items = (fields["items"].map { decoder.list($0, what: "'items'") } ?? []).compactMap {
            item($0, categories: categories)
        }
        return Catalogue(
            id: id, title: fields["title"].flatMap { decoder.localized($0, what: "'title'") } ?? LocalizedText(all: ""),
            categories: categories, items: items, location: node.location)
    }

    private mutating func item(_ node: YAMLNode, categories: [Catalogue.Category]) -> Catalogue.Item? {
        guard let fields = decoder.fields(of: node, Self.itemKeys, what: "a catalogue item"),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: "an item id", dashes: true, upper: true) })
        else { return nil }
        var category: String?
        if let categoryNode = fields["category"], let name = decoder.string(categoryNode, what: "'category'") {
            if categories.contains(where: { $0.id == name }) {
                category = name
            } else {
                let known = categories.map(\.id)
                decoder.error(
                    "unknown category '\(name)' (declare it in the catalogue's 'categories')"
                        + Suggestion.hint(for: name, among: known),
                    at: categoryNode.location)
            }
        }
        var priorityWhen: [(Expression, Catalogue.Priority)] = []
        for entry in fields["priority_when"].map({ decoder.list($0, what: "'priority_when'") }) ?? [] {
            let keys = NodeDecoder.Keys(required: ["when", "priority"])
            guard let condition = decoder.fields(of: entry, keys, what: "an entry of 'priority_when'"),
                let when = condition["when"].flatMap({ decoder.expression($0, what: "'when'") }),
                let priority = condition["priority"].flatMap({ priority($0) })
            else { continue }
            priorityWhen.append((when, priority))
        }
        var kind: Catalogue.CriterionKind?
        if let kindNode = fields["kind"], let name = decoder.string(kindNode, what: "'kind'") {
            kind = Catalogue.CriterionKind(rawValue: name)
            if kind == nil {
                decoder.error(
                    "unknown criterion kind '\(name)': use scored, price or eliminatory", at: kindNode.location)
            }
        }
        var values: [(name: String, expression: Expression)] = []
        if let valuesNode = fields["values"] {
            if let pairs = valuesNode.mapping {
                for pair in pairs {
                    guard let name = decoder.identifier(pair.key, what: "a value name"),
                        let expression = decoder.expression(pair.value, what: "value '\(pair.key.scalar ?? "")'")
                    else { continue }
                    values.append((name, expression))
                }
            } else {
                decoder.error("'values' must be a mapping of names to expressions", at: valuesNode.location)
            }
        }
        return Catalogue.Item(
            id: id, when: fields["when"].flatMap { decoder.expression($0, what: "'when'") }, category: category,
            priority: fields["priority"].flatMap { priority($0) }, priorityWhen: priorityWhen,
            title: fields["title"].flatMap { decoder.templated($0, what: "'title'") },
            text: fields["text"].flatMap { decoder.templated($0, what: "'text'") },
            from: questionPaths(fields["from"], what: "'from'"),
            weight: fields["weight"].flatMap { node in
                node.isNumeric ? decoder.number(node, what: "'weight'") : nil
            },
            weightExpression: fields["weight"].flatMap { node in
                node.isNumeric ? nil : decoder.expression(node, what: "'weight'")
            },
            parent: fields["parent"].flatMap { decoder.identifier($0, what: "'parent'", dashes: true, upper: true) },
            kind: kind, values: values, location: node.location)
    }

    private mutating func priority(_ node: YAMLNode) -> Catalogue.Priority? {
        guard let name = decoder.string(node, what: "'priority'") else { return nil }
        guard let priority = Catalogue.Priority(rawValue: name) else {
            let known = Catalogue.Priority.allCases.map(\.rawValue)
            decoder.error(
                "unknown priority '\(name)' (priorities: \(known.joined(separator: ", ")))"
                    + Suggestion.hint(for: name, among: known),
                at: node.location)
            return nil
        }
        return priority
    }
}
