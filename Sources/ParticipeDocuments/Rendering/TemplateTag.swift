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

    /// The transforms templates may apply.
    static let transforms: Set<String> = ["cell"]

    /// Every tag of `text`, or the first syntax problem.
    static func scan(_ text: String, file: String) throws(Diagnostic) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let start = SourceLocation(file: file, line: line, column: column)
                let triple = text[index...].hasPrefix("{{{")
                let open = text.index(index, offsetBy: triple ? 3 : 2)
                let closing = triple ? "}}}" : "}}"
                guard let close = text[open...].firstRange(of: closing) else {
                    throw Diagnostic("'\(triple ? "{{{" : "{{")' is never closed with '\(closing)'", at: start)
                }
                let content = String(text[open..<close.lowerBound])
                tags.append(try tag(content, triple: triple, at: start))
                for character in text[index..<close.upperBound] {
                    if character.isNewline {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                index = close.upperBound
            } else {
                if text[index].isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index = text.index(after: index)
            }
        }
        return tags
    }

    private static func tag(_ content: String, triple: Bool, at location: SourceLocation) throws(Diagnostic)
        -> TemplateTag
    {
        let trimmed = content.trimmed
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
                throw Diagnostic("changing the Mustache delimiters is not supported in kit templates", at: location)
            case "<", "$": throw Diagnostic("template inheritance is not supported in kit templates", at: location)
            default: break
            }
            if first == "#" || first == "^" || first == "/" || first == "!" || first == ">" || first == "%"
                || first == "&"
            {
                body = String(trimmed.dropFirst()).trimmed
            }
        }
        if kind == .comment || kind == .pragma || kind == .partial {
            return TemplateTag(kind: kind, name: body, transform: nil, location: location)
        }
        var transform: String?
        if let open = body.firstIndex(of: "("), body.hasSuffix(")") {
            transform = String(body[..<open]).trimmed
            body = String(body[body.index(after: open)..<body.index(before: body.endIndex)]).trimmed
            if let name = transform, !transforms.contains(name) {
                throw Diagnostic(
                    "unknown transform '\(name)'; templates may use: \(transforms.sorted().joined(separator: ", "))",
                    at: location)
            }
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" })
        else {
            throw Diagnostic("'\(content)' is not a value name", at: location)
        }
        return TemplateTag(kind: kind, name: body, transform: transform, location: location)
    }
}

extension String {
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
