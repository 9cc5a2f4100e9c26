import CYaml

/// Turns libyaml events into a tree, with an explicit stack instead of recursion.
struct YAMLTreeBuilder {
    /// A collection being read. Its items are appended in place, so building stays linear in them.
    private struct Frame {
        enum Kind {
            case sequence
            case mapping
        }

        let kind: Kind
        let location: SourceLocation
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
    }

    let file: String
    let maximumDepth: Int
    let language: Language
    private var stack: [Frame] = []
    private(set) var root: YAMLNode?
    private var documents = 0

    init(file: String, maximumDepth: Int, language: Language) {
        self.file = file
        self.maximumDepth = maximumDepth
        self.language = language
    }

    mutating func accept(_ event: yaml_event_t, at location: SourceLocation) throws(Diagnostic) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw Diagnostic(say(.secondDocument), at: location)
            }
        case YAML_ALIAS_EVENT:
            throw Diagnostic(say(.alias), at: location)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            if let tag = Self.explicitTag(
                scalar.tag, implicit: scalar.plain_implicit == 1 || scalar.quoted_implicit == 1)
            {
                throw Diagnostic(say(.tag(tag)), at: location)
            }
            let text: String
            if let value = scalar.value {
                text = String(
                    decoding: UnsafeBufferPointer(start: value, count: Int(scalar.length)), as: UTF8.self)
            } else {
                text = ""
            }
            let style: YAMLNode.ScalarStyle =
                switch scalar.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: .quoted
                case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
                default: .plain
                }
            try add(YAMLNode(.scalar(text, style), at: location))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            if let tag = Self.explicitTag(start.tag, implicit: start.implicit == 1) {
                throw Diagnostic(say(.tag(tag)), at: location)
            }
            try push(Frame(kind: .sequence, location: location), at: location)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            if let tag = Self.explicitTag(start.tag, implicit: start.implicit == 1) {
                throw Diagnostic(say(.tag(tag)), at: location)
            }
            try push(Frame(kind: .mapping, location: location), at: location)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            switch frame.kind {
            case .sequence: try add(YAMLNode(.sequence(frame.items), at: frame.location))
            case .mapping: try add(YAMLNode(.mapping(frame.pairs), at: frame.location))
            }
        default:
            break
        }
    }

    /// A tag written in the file (`!!str`, `!custom`); nil for the implicit ones libyaml fills in.
    private static func explicitTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, implicit: Bool) -> String? {
        guard let tag, !implicit else { return nil }
        return String(cString: tag)
    }

    private func say(_ message: YAMLMessage) -> String { message.text(in: language) }

    private mutating func push(_ frame: Frame, at location: SourceLocation) throws(Diagnostic) {
        guard stack.count < maximumDepth else {
            throw Diagnostic(say(.tooDeep(limit: maximumDepth)), at: location)
        }
        stack.append(frame)
    }

    private mutating func add(_ node: YAMLNode) throws(Diagnostic) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            if let key = stack[top].pendingKey {
                if key.content == .scalar("<<", .plain) {
                    throw Diagnostic(say(.mergeKey), at: key.location)
                }
                stack[top].pairs.append(YAMLPair(key: key, value: node))
                stack[top].pendingKey = nil
            } else {
                guard node.scalar != nil else {
                    throw Diagnostic(
                        say(.complexKey(kind: node.sequence != nil ? .list : node.mapping != nil ? .mapping : .other)),
                        at: node.location)
                }
                stack[top].pendingKey = node
            }
        }
    }
}
