import ParticipeCore

/// A Mustache tag as the strict checker sees it, with its position in the template file.
struct TemplateTag {
    enum Kind {
        case variable
        case section
        case inverted
        case close
        case comment
        case partial
        case pragma
    }

    var kind: Kind
    /// The name looked up, without a transform: `answers.s.q` in `{{cell(answers.s.q)}}`.
    var name: String
    var transform: String?
    var location: SourceLocation
    /// The line the tag ends on (a tag may span lines).
    var endLine = 0

    /// The transforms templates may apply.
    static let transforms: Set<String> = ["cell"]

    /// Every tag of `text`, or the first syntax problem.
    static func scan(_ text: String, file: String, language: Language = .english) throws(Diagnostic) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var index = 0
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        let newline = UInt8(ascii: "\n")
        while index < bytes.count {
            if bytes[index] == newline {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard bytes[index] == open, index + 1 < bytes.count, bytes[index + 1] == open else {
                index += 1
                continue
            }
            // Columns count characters, as editors show them, not bytes.
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
            let start = SourceLocation(file: file, line: line, column: column)
            let triple = index + 2 < bytes.count && bytes[index + 2] == open
            let contentStart = index + (triple ? 3 : 2)
            let closing = triple ? 3 : 2
            var end = contentStart
            while end + closing <= bytes.count, !(bytes[end..<end + closing].allSatisfy { $0 == close }) { end += 1 }
            guard end + closing <= bytes.count else {
                throw Diagnostic(TemplateMessage.unclosedTag(triple: triple), in: language, at: start)
            }
            let content = String(decoding: bytes[contentStart..<end], as: UTF8.self)
            var tag = try tag(content, triple: triple, at: start, language: language)
            for byte in bytes[index..<end + closing] where byte == newline {
                line += 1
            }
            if let lastNewline = bytes[index..<end + closing].lastIndex(of: newline) { lineStart = lastNewline + 1 }
            tag.endLine = line
            tags.append(tag)
            index = end + closing
        }
        return tags
    }

    private static func tag(_ content: String, triple: Bool, at location: SourceLocation, language: Language)
        throws(Diagnostic) -> TemplateTag
    {
        func problem(_ message: TemplateMessage) -> Diagnostic { Diagnostic(message, in: language, at: location) }
        let trimmed = content.trimmingWhitespace
        var kind = Kind.variable
        var body = trimmed
        if !triple, let first = trimmed.first {
            switch first {
            case "#": kind = .section
            case "^": kind = .inverted
            case "/": kind = .close
            case "!": kind = .comment
            case ">": kind = .partial
            case "%": kind = .pragma
            case "&": kind = .variable
            case "=":
                throw problem(.delimiters)
            case "<", "$": throw problem(.inheritance)
            default: break
            }
            if first == "#" || first == "^" || first == "/" || first == "!" || first == ">" || first == "%"
                || first == "&"
            {
                body = String(trimmed.dropFirst()).trimmingWhitespace
            }
        }
        if kind == .comment || kind == .pragma || kind == .partial {
            return TemplateTag(kind: kind, name: body, transform: nil, location: location)
        }
        var transform: String?
        if let open = body.firstIndex(of: "("), body.hasSuffix(")") {
            transform = String(body[..<open]).trimmingWhitespace
            body = String(body[body.index(after: open)..<body.index(before: body.endIndex)]).trimmingWhitespace
            if let name = transform, !transforms.contains(name) {
                throw problem(.unknownTransform(name: name, transforms: transforms.sorted().joined(separator: ", ")))
            }
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" })
        else {
            throw problem(.notAValueName(content))
        }
        return TemplateTag(kind: kind, name: body, transform: transform, location: location)
    }
}
