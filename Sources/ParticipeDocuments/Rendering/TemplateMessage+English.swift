extension TemplateMessage {
    var english: String {
        switch self {
        case .noTemplate(let document, let language): "document '\(document)' has no template for '\(language)'"
        case .notUTF8(let path): "cannot read the template '\(path)' as UTF-8 text"
        case .mustache(let error): "Mustache cannot read this template: \(error)"
        case .mustacheSyntax(let problem):
            switch problem {
            case .closeNameIncorrect: "this closing tag does not match the section it closes"
            case .unfinishedName: "this tag is not finished: a name must be followed by '}}'"
            case .expectedSectionEnd: "a section is never closed"
            case .delimiters: "changing the Mustache delimiters is not supported in kit templates"
            case .inheritance: "template inheritance is not supported in kit templates"
            case .pragmaSyntax: "a pragma is written '{{% NAME: VALUE}}'"
            case .unknownPragma: "unknown pragma: kit templates know only 'CONTENT_TYPE'"
            case .other(let error): "Mustache cannot read this template: \(error)"
            }
        case .closesUnopened(let name): "'{{/\(name)}}' closes a section that was never opened"
        case .closesOther(let name, let opened, let line):
            "'{{/\(name)}}' closes '{{#\(opened)}}' opened at line \(line)"
        case .neverClosed(let name): "section '{{#\(name)}}' is never closed"
        case .partial(let name): "partials ('{{> \(name)}}') are not supported in kit templates"
        case .noValue(let missing, let prefix, let tag, let hint, let names):
            "no value named '\(missing)'\(prefix.map { " in '\($0)'" } ?? "") for '{{\(tag)}}'\(hint)"
                + (names.isEmpty ? "" : " (names here: \(Self.listed(names)))")
        case .unclosedTag(let triple): "'\(triple ? "{{{" : "{{")' is never closed with '\(triple ? "}}}" : "}}")'"
        case .delimiters: "changing the Mustache delimiters is not supported in kit templates"
        case .inheritance: "template inheritance is not supported in kit templates"
        case .unknownTransform(let name, let transforms):
            "unknown transform '\(name)'; templates may use: \(transforms)"
        case .notAValueName(let content): "'\(content)' is not a value name"
        }
    }
}
