import ParticipeCore

/// Walks a template with the values it will receive and reports every name that does not exist.
///
/// swift-mustache renders a missing name as an empty string; a document with a silent hole is worse
/// than an error, so this pass runs before rendering.
struct StrictChecker {
    private let tags: [TemplateTag]
    /// Every name missing, in the language of the messages.
    private(set) var collector: DiagnosticCollector
    private var reported: Set<String> = []

    init(tags: [TemplateTag], language: Language = .english) {
        self.tags = tags
        self.collector = DiagnosticCollector(language: language)
    }

    /// The language of the messages.
    private var language: Language { collector.language }

    /// Checks the section structure, then every lookup against `root`.
    mutating func check(_ root: TemplateValue) {
        if let problem = Self.structureProblem(tags, language: language) {
            collector.append(problem)
            return
        }
        _ = walk(from: 0, contexts: [root])
    }

    /// The first section opened and not closed, or closed without being opened, with its position.
    static func structureProblem(_ tags: [TemplateTag], language: Language = .english) -> Diagnostic? {
        func problem(_ message: TemplateMessage, at location: SourceLocation) -> Diagnostic {
            Diagnostic(message, in: language, at: location)
        }
        var stack: [(name: String, location: SourceLocation)] = []
        for tag in tags {
            switch tag.kind {
            case .section, .inverted:
                stack.append((tag.name, tag.location))
            case .close:
                guard let open = stack.popLast() else {
                    return problem(.closesUnopened(name: tag.name), at: tag.location)
                }
                if open.name != tag.name {
                    return problem(
                        .closesOther(name: tag.name, opened: open.name, line: open.location.line), at: tag.location)
                }
            default:
                break
            }
        }
        return stack.last.map { problem(.neverClosed(name: $0.name), at: $0.location) }
    }

    /// Checks tags from `start` until the close of the current section; returns the index after it.
    private mutating func walk(from start: Int, contexts: [TemplateValue]) -> Int {
        var index = start
        while index < tags.count {
            let tag = tags[index]
            switch tag.kind {
            case .close:
                return index + 1
            case .variable:
                _ = lookup(tag, in: contexts)
                index += 1
            case .section, .inverted:
                let end = endOfSection(at: index)
                if let value = lookup(tag, in: contexts) {
                    if tag.kind == .inverted {
                        if value.isFalsy { _ = walk(from: index + 1, contexts: contexts) }
                    } else if case .list(let items) = value {
                        for item in items { _ = walk(from: index + 1, contexts: contexts + [item]) }
                    } else if case .emptyList(let prototype) = value {
                        _ = walk(from: index + 1, contexts: contexts + [prototype])
                    } else if case .absent(let prototype) = value {
                        _ = walk(from: index + 1, contexts: contexts + [prototype])
                    } else if case .flag(false) = value {
                        // A false flag pushes nothing: the body's names must exist here all the same.
                        _ = walk(from: index + 1, contexts: contexts)
                    } else if !value.isFalsy {
                        let pushed: [TemplateValue] = if case .object = value { contexts + [value] } else { contexts }
                        _ = walk(from: index + 1, contexts: pushed)
                    }
                }
                index = end
            case .partial:
                collector.error(TemplateMessage.partial(name: tag.name), at: tag.location)
                index += 1
            case .comment, .pragma:
                index += 1
            }
        }
        return index
    }

    /// The index just past the tag that closes the section opened at `start`.
    private func endOfSection(at start: Int) -> Int {
        var depth = 0
        var index = start
        while index < tags.count {
            switch tags[index].kind {
            case .section, .inverted: depth += 1
            case .close:
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return tags.count
    }

    private mutating func lookup(_ tag: TemplateTag, in contexts: [TemplateValue]) -> TemplateValue? {
        if tag.name == "." { return contexts.last }
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, let base = contexts.reversed().lazy.compactMap({ $0.child(head) }).first else {
            report(tag, missing: parts.first ?? tag.name, among: contexts.flatMap(Self.names))
            return nil
        }
        var value = base
        for (offset, part) in parts.enumerated().dropFirst() {
            guard let next = value.child(part) else {
                let prefix = parts.prefix(offset).joined(separator: ".")
                report(tag, missing: part, in: prefix, among: Self.names(value))
                return nil
            }
            value = next
        }
        return value
    }

    private mutating func report(_ tag: TemplateTag, missing: String, in prefix: String? = nil, among names: [String]) {
        let key = "\(tag.location)|\(tag.name)"
        guard reported.insert(key).inserted else { return }
        let hint = Suggestion.hint(for: missing, among: names, language: language)
        let message = TemplateMessage.noValue(missing: missing, prefix: prefix, tag: tag.name, hint: hint, names: names)
        collector.error(message, at: tag.location)
    }

    private static func names(_ value: TemplateValue) -> [String] {
        if case .object(let object) = value { return object.keys }
        return []
    }
}
