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

    mutating func accept(_ event: YAMLEvent, at location: SourceLocation) throws(Diagnostic) {
        switch event {
        case .documentStart:
            documents += 1
            if documents > 1 {
                throw problem(.secondDocument, at: location)
            }
        case .alias:
            throw problem(.alias, at: location)
        case .scalar(let text, let style, let tag):
            if let tag { throw problem(.tag(tag), at: location) }
            try add(YAMLNode(.scalar(text, style), at: location))
        case .sequenceStart(let tag):
            if let tag { throw problem(.tag(tag), at: location) }
            try push(Frame(kind: .sequence, location: location), at: location)
        case .mappingStart(let tag):
            if let tag { throw problem(.tag(tag), at: location) }
            try push(Frame(kind: .mapping, location: location), at: location)
        case .collectionEnd:
            guard let frame = stack.popLast() else { return }
            switch frame.kind {
            case .sequence: try add(YAMLNode(.sequence(frame.items), at: frame.location))
            case .mapping: try add(YAMLNode(.mapping(frame.pairs), at: frame.location))
            }
        case .other:
            break
        }
    }

    /// A problem of the file, in the builder's language, with its code.
    private func problem(_ message: YAMLMessage, at location: SourceLocation) -> Diagnostic {
        Diagnostic(message, in: language, at: location)
    }

    private mutating func push(_ frame: Frame, at location: SourceLocation) throws(Diagnostic) {
        guard stack.count < maximumDepth else {
            throw problem(.tooDeep(limit: maximumDepth), at: location)
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
                    throw problem(.mergeKey, at: key.location)
                }
                stack[top].pairs.append(YAMLPair(key: key, value: node))
                stack[top].pendingKey = nil
            } else {
                guard node.scalar != nil else {
                    throw problem(
                        .complexKey(kind: node.sequence != nil ? .list : node.mapping != nil ? .mapping : .other),
                        at: node.location)
                }
                stack[top].pendingKey = node
            }
        }
    }
}
