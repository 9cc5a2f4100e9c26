/// Values read from YAML without a question to type them, and written back as YAML: what a migration carries
/// from one version of a kit to the next before the new question reads it.
extension Value {
    /// A plain scalar is a boolean, a number or a date when it reads as one, else a text; a sequence is a list
    /// and a mapping a record.
    init(yaml node: YAMLNode) {
        switch node.content {
        case .scalar(let text, let style):
            if node.isNull {
                self = .null
            } else if style == .plain, let flag = ["true": true, "false": false][text] {
                self = .boolean(flag)
            } else if style == .plain, let number = AnswerDecoder.parseNumber(text) {
                self = .number(number)
            } else if style == .plain, let date = CalendarDate(iso: text) {
                self = .date(date)
            } else {
                self = .text(text)
            }
        case .sequence(let items):
            self = .list(items.map(Value.init(yaml:)))
        case .mapping(let pairs):
            self = .record(
                Dictionary(
                    pairs.compactMap { pair in pair.key.scalar.map { ($0, Value(yaml: pair.value)) } },
                    uniquingKeysWith: { first, _ in first }))
        }
    }
}

extension YAMLNode {
    /// `value` as the node a file would hold, every node at `location`.
    init(value: Value, at location: SourceLocation) {
        switch value {
        case .null: self.init(.scalar("", .plain), at: location)
        case .boolean(let flag): self.init(.scalar(flag ? "true" : "false", .plain), at: location)
        case .number(let number): self.init(.scalar(NumberFormat.plain(number), .plain), at: location)
        case .text(let text): self.init(.scalar(text, .quoted), at: location)
        case .date(let date): self.init(.scalar(date.description, .plain), at: location)
        case .list(let items): self.init(.sequence(items.map { YAMLNode(value: $0, at: location) }), at: location)
        case .record(let fields):
            let pairs = fields.keys.sorted().map { key in
                YAMLPair(
                    key: YAMLNode(.scalar(key, .plain), at: location),
                    value: YAMLNode(value: fields[key] ?? .null, at: location))
            }
            self.init(.mapping(pairs), at: location)
        }
    }
}
