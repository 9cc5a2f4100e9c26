/// Reads the project's structures out of `YAMLNode`s, collecting every problem instead of stopping at the first.
struct NodeDecoder {
    /// The keys a mapping may have, and those it must have.
    struct Keys {
        let required: [String]
        let optional: [String]

        /// Every key, in order, and as a set for lookups.
        let all: [String]
        let allowed: Set<String>

        init(required: [String] = [], optional: [String] = []) {
            self.required = required
            self.optional = optional
            self.all = required + optional
            self.allowed = Set(all)
        }
    }

    /// A mapping's values by key, with the mapping's own node for locations.
    struct Fields {
        let node: YAMLNode
        var values: [String: YAMLNode]

        subscript(key: String) -> YAMLNode? { values[key] }
    }

    /// Every problem found, errors and warnings, each with its code.
    var collector = DiagnosticCollector()
    /// The kit's languages, once known: localised mappings are checked against them.
    var languages: [Language] = []
    /// The language of the messages: answers files are read by their users, in French first; kits by their
    /// authors, in English.
    var language: Language {
        get { collector.language }
        set { collector.language = newValue }
    }

    /// The message in the decoder's language.
    func say(_ message: DecodingMessage) -> String { message.text(in: language) }

    /// `'x'` in English, `« x »` in French.
    func quoted(_ text: String) -> String { language.quoted(text) }

    /// What a reader calls this kind of node.
    func kindName(_ node: YAMLNode) -> String { say(.kind(.init(node))) }

    mutating func error(_ message: DecodingMessage, at location: SourceLocation) {
        collector.error(message, at: location)
    }

    /// A message of another table (a kit's, an answer's), in the decoder's language, with its code.
    mutating func error(_ message: some Wording, at location: SourceLocation) {
        collector.error(message, at: location)
    }

    mutating func warning(_ message: some Wording, at location: SourceLocation) {
        collector.warning(message, at: location)
    }

    /// The mapping's fields, reporting unknown, duplicate and missing keys; nil when `node` is not a mapping.
    mutating func fields(of node: YAMLNode, _ keys: Keys, what: String) -> Fields? {
        guard let pairs = node.mapping else {
            error(.mustBeMapping(what: what, found: .init(node)), at: node.location)
            return nil
        }
        var values: [String: YAMLNode] = [:]
        values.reserveCapacity(pairs.count)
        let allowed = keys.allowed
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            if values[key] != nil {
                error(.duplicateKey(key, what: what), at: pair.key.location)
            } else if !allowed.contains(key) {
                let suggestion = Suggestion.closest(to: key, among: keys.all)
                let expected = keys.all.count <= 12 ? keys.all : nil
                error(
                    .unknownKey(key, what: what, suggestion: suggestion, expected: expected), at: pair.key.location
                )
            } else {
                values[key] = pair.value
            }
        }
        for key in keys.required where values[key] == nil {
            error(.missingKey(key, what: what), at: node.location)
        }
        return Fields(node: node, values: values)
    }

    mutating func list(_ node: YAMLNode, what: String) -> [YAMLNode] {
        if node.isNull { return [] }
        guard let items = node.sequence else {
            error(.mustBeList(what: what, found: .init(node)), at: node.location)
            return []
        }
        return items
    }

    mutating func string(_ node: YAMLNode, what: String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            error(.mustBeText(what: what, found: .init(node)), at: node.location)
            return nil
        }
        return text
    }

    /// An id: ASCII letters, digits and `_`, plus `-` where `dashes` allows it; lower-case unless `upper` allows it.
    mutating func identifier(_ node: YAMLNode, what: String, dashes: Bool = false, upper: Bool = false) -> String? {
        guard let text = string(node, what: what) else { return nil }
        let valid =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
                    || (dashes && scalar == "-") || (upper && ("A"..."Z").contains(scalar))
            }
        guard valid else {
            error(.invalidIdentifier(what: what, text: text, dashes: dashes), at: node.location)
            return nil
        }
        return text
    }

    mutating func boolean(_ node: YAMLNode, what: String) -> Bool? {
        if case .scalar(let text, .plain) = node.content {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error(.mustBeBoolean(what: what, found: .init(node)), at: node.location)
        return nil
    }

    mutating func number(_ node: YAMLNode, what: String) -> Double? {
        if case .scalar(let text, .plain) = node.content, let number = Double(text), number.isFinite {
            return number
        }
        error(.mustBeNumber(what: what, found: .init(node)), at: node.location)
        return nil
    }

    mutating func integer(_ node: YAMLNode, what: String) -> Int? {
        if case .scalar(let text, .plain) = node.content, let number = Int(text) { return number }
        error(.mustBeWholeNumber(what: what, found: .init(node)), at: node.location)
        return nil
    }

    mutating func date(_ node: YAMLNode, what: String) -> CalendarDate? {
        if let text = node.scalar, let date = CalendarDate(iso: text) { return date }
        error(.mustBeDate(what: what, found: .init(node)), at: node.location)
        return nil
    }
}
