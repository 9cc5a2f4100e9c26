import ParticipeCore

/// Walks a template with the values it will receive and reports every name that does not exist.
///
/// swift-mustache renders a missing name as an empty string; a document with a silent hole is worse
/// than an error, so this pass runs before rendering.
struct StrictChecker {
    /// Which sections the check reads.
    enum Reach {
        /// The sections these values open (and the bodies of false flags, empty lists and absent objects).
        case values
        /// Every section and inverted section, whatever the values, for `lint`. `nullSections` says whether the
        /// body of a section over a null is read with the names around it: right for answers that are texts, wrong
        /// where a null stands for an object, so the lint reads them only with answers that fill such objects.
        case everyBranch(nullSections: Bool)
    }

    private let tags: [TemplateTag]
    private let reach: Reach
    /// Every name missing, in the language of the messages.
    private(set) var collector: DiagnosticCollector
    private var reported: Set<String> = []
    /// Every name found, written from the root (`answers.s.q.value`, `sections[].questions[].label`), in the
    /// `everyBranch` reach: what `lint` asks of the templates.
    private(set) var used: Set<String> = []

    /// A value names are looked up in, with where it stands from the root.
    private struct Scope {
        var value: TemplateValue
        var path: String

        init(_ value: TemplateValue, _ path: String) {
            self.value = value
            self.path = path
        }

        func child(_ name: String) -> String { path.isEmpty ? name : path + "." + name }
    }

    init(tags: [TemplateTag], reach: Reach = .values, language: Language = .english) {
        self.tags = tags
        self.reach = reach
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
        _ = walk(from: 0, contexts: [Scope(root, "")])
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
    private mutating func walk(from start: Int, contexts: [Scope]) -> Int {
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
                if let (value, path) = lookup(tag, in: contexts) {
                    if case .everyBranch(let nullSections) = reach {
                        walkEveryBranch(
                            of: tag, over: Scope(value, path), from: index + 1, contexts: contexts, nullSections)
                    } else if tag.kind == .inverted {
                        if value.isFalsy { _ = walk(from: index + 1, contexts: contexts) }
                    } else if case .list(let items) = value {
                        for item in items { _ = walk(from: index + 1, contexts: contexts + [Scope(item, path + "[]")]) }
                    } else if case .emptyList(let prototype) = value {
                        _ = walk(from: index + 1, contexts: contexts + [Scope(prototype, path + "[]")])
                    } else if case .absent(let prototype) = value {
                        _ = walk(from: index + 1, contexts: contexts + [Scope(prototype, path)])
                    } else if case .flag(false) = value {
                        // A false flag pushes nothing: the body's names must exist here all the same.
                        _ = walk(from: index + 1, contexts: contexts)
                    } else if !value.isFalsy {
                        let pushed = if case .object = value { contexts + [Scope(value, path)] } else { contexts }
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

    /// Reads the body of a section whatever its value says, with the names it would see when it is shown.
    private mutating func walkEveryBranch(
        of tag: TemplateTag, over scope: Scope, from start: Int, contexts: [Scope], _ nullSections: Bool
    ) {
        guard tag.kind == .section else {
            _ = walk(from: start, contexts: contexts)
            return
        }
        switch scope.value {
        case .list(let items):
            // Items share one shape: the first stands for all; an empty list without a prototype waits for answers.
            if let first = items.first { _ = walk(from: start, contexts: contexts + [Scope(first, scope.path + "[]")]) }
        case .emptyList(let prototype):
            _ = walk(from: start, contexts: contexts + [Scope(prototype, scope.path + "[]")])
        case .absent(let prototype):
            _ = walk(from: start, contexts: contexts + [Scope(prototype, scope.path)])
        case .object:
            _ = walk(from: start, contexts: contexts + [scope])
        case .null:
            if nullSections { _ = walk(from: start, contexts: contexts) }
        case .flag, .text, .markdown:
            _ = walk(from: start, contexts: contexts)
        }
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

    private mutating func lookup(_ tag: TemplateTag, in contexts: [Scope]) -> (TemplateValue, String)? {
        if tag.name == "." { return contexts.last.map { ($0.value, $0.path) } }
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first,
            let scope = contexts.reversed().first(where: { $0.value.child(head) != nil }),
            let base = scope.value.child(head)
        else {
            report(tag, missing: parts.first ?? tag.name, among: contexts.reversed().flatMap { Self.names($0.value) })
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
        let path = scope.child(tag.name)
        // Only `lint` asks which names were read: rendering a document does not keep them.
        if case .everyBranch = reach { used.insert(path) }
        return (value, path)
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
