import CYaml

/// Turns libyaml events into a tree, with an explicit stack instead of recursion.
struct YAMLTreeBuilder {
    private enum Frame {
        case sequence([YAMLNode], SourceLocation)
        case mapping([YAMLPair], pendingKey: YAMLNode?, SourceLocation)
    }

    let file: String
    let maximumDepth: Int
    private var stack: [Frame] = []
    private(set) var root: YAMLNode?
    private var documents = 0

    init(file: String, maximumDepth: Int) {
        self.file = file
        self.maximumDepth = maximumDepth
    }

    mutating func accept(_ event: yaml_event_t) throws(Diagnostic) {
        let location = SourceLocation(
            file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw Diagnostic("a single YAML document was expected, found a second one", at: location)
            }
        case YAML_ALIAS_EVENT:
            throw Diagnostic(
                "YAML aliases (*name) are not accepted: write the value out in full", at: location)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
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
            try push(.sequence([], location), at: location)
        case YAML_MAPPING_START_EVENT:
            try push(.mapping([], pendingKey: nil, location), at: location)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            switch frame {
            case .sequence(let items, let start):
                try add(YAMLNode(.sequence(items), at: start))
            case .mapping(let pairs, _, let start):
                try add(YAMLNode(.mapping(pairs), at: start))
            }
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, at location: SourceLocation) throws(Diagnostic) {
        guard stack.count < maximumDepth else {
            throw Diagnostic("nesting deeper than \(maximumDepth) levels is not accepted", at: location)
        }
        stack.append(frame)
    }

    private mutating func add(_ node: YAMLNode) throws(Diagnostic) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(var items, let start):
            items.append(node)
            stack.append(.sequence(items, start))
        case .mapping(var pairs, let pendingKey, let start):
            if let key = pendingKey {
                pairs.append(YAMLPair(key: key, value: node))
                stack.append(.mapping(pairs, pendingKey: nil, start))
            } else {
                guard node.scalar != nil else {
                    throw Diagnostic("a mapping key must be a plain word, not \(node.kindName)", at: node.location)
                }
                stack.append(.mapping(pairs, pendingKey: node, start))
            }
        }
    }
}
