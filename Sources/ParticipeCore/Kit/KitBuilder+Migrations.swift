extension KitBuilder {
    /// The keys a change may hold: each change is exactly one kind, with its own other keys.
    static let changeShapes: [(kind: String, others: [String], required: [String])] = [
        ("move", ["to"], ["to"]), ("choices", ["map"], ["map"]), ("remove", ["note"], []),
        ("convert", ["type", "value"], ["type", "value"]),
    ]

    mutating func migration(_ node: YAMLNode) -> Migration? {
        let keys = NodeDecoder.Keys(required: ["from", "changes"], optional: ["questions"])
        guard let fields = decoder.fields(of: node, keys, what: name(.migration)),
            let from = fields["from"].flatMap({ decoder.string($0, what: name(.key("from"))) })
        else { return nil }
        // The questions of the earlier version are not this kit's: they are read, not looked up.
        let questions = (fields["questions"].map { decoder.list($0, what: name(.key("questions"))) } ?? [])
            .compactMap { decoder.questionPath($0, what: name(.entry(of: "questions"))) }
        let read = (fields["changes"].map { decoder.list($0, what: name(.key("changes"))) } ?? []).compactMap { node in
            change(node).map { ($0, node.location) }
        }
        return Migration(
            from: from, questions: questions, changes: read.map(\.0), changeLocations: read.map(\.1),
            location: node.location)
    }

    private mutating func change(_ node: YAMLNode) -> Migration.Change? {
        let all = Self.changeShapes.flatMap { [$0.kind] + $0.others }
        let before = decoder.collector.diagnostics.count
        guard let fields = decoder.fields(of: node, NodeDecoder.Keys(optional: all), what: name(.migrationChange))
        else { return nil }
        // A misspelt key is reported as such; the shape is explained only when every key is known.
        guard decoder.collector.diagnostics.count == before else { return nil }
        let kinds = Self.changeShapes.filter { fields[$0.kind] != nil }
        guard kinds.count == 1, let shape = kinds.first,
            all.allSatisfy({ fields[$0] == nil || ([shape.kind] + shape.others).contains($0) }),
            shape.required.allSatisfy({ fields[$0] != nil })
        else {
            report(.migrationChangeShape, at: node.location)
            return nil
        }
        guard let subject = fields[shape.kind].flatMap({ decoder.questionPath($0, what: name(.key(shape.kind))) })
        else { return nil }
        switch shape.kind {
        case "move":
            guard let targetNode = fields["to"], let target = decoder.questionPath(targetNode, what: name(.key("to")))
            else { return nil }
            return .move(from: subject, to: target)
        case "choices":
            guard let mapNode = fields["map"], let pairs = mapNode.mapping else {
                report(.migrationChoiceMap, at: fields["map"]?.location ?? node.location)
                return nil
            }
            var map: [String: [String]] = [:]
            for pair in pairs {
                guard let old = pair.key.scalar else { continue }
                let targets = pair.value.sequence ?? [pair.value]
                map[old] = targets.compactMap { decoder.string($0, what: name(.key("map"))) }
            }
            return .choices(subject, map: map)
        case "remove":
            return .remove(subject, note: fields["note"].flatMap { decoder.localized($0, what: name(.key("note"))) })
        default:
            guard let typeNode = fields["type"], let typeName = decoder.string(typeNode, what: name(.key("type"))),
                let value = fields["value"].flatMap({ decoder.expression($0, what: name(.key("value"))) }),
                let type = questionType(typeName, among: Migration.convertibleTypes, at: typeNode.location)
            else { return nil }
            return .convert(subject, from: type, value: value)
        }
    }
}
