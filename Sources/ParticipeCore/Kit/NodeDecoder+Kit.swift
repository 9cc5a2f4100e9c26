/// What the decoder reads of a kit's own shapes: texts per language, templated texts, expressions and
/// question paths.
extension NodeDecoder {
    /// A plain string, or a mapping from language codes to strings.
    mutating func localized(_ node: YAMLNode, what: String) -> LocalizedText? {
        if node.scalar != nil, !node.isNull {
            return LocalizedText(all: node.scalar ?? "")
        }
        guard let pairs = node.mapping else {
            error(.mustBeLocalized(what: what, found: .init(node)), at: node.location)
            return nil
        }
        var texts: [String: String] = [:]
        for pair in pairs {
            let language = pair.key.scalar ?? ""
            guard languages.isEmpty || languages.contains(where: { $0.code == language }) else {
                error(
                    .unknownLanguage(language, what: what, languages: languages.map(\.code)), at: pair.key.location
                )
                continue
            }
            if let text = string(pair.value, what: "\(what) (\(language))") { texts[language] = text }
        }
        let result = LocalizedText(texts)
        for language in result.missing(languages) {
            warning(DecodingMessage.missingTranslation(what: what, language: language.code), at: node.location)
        }
        return result
    }

    mutating func templated(_ node: YAMLNode, what: String) -> TemplatedText? {
        guard let text = localized(node, what: what) else { return nil }
        var segments: [String: [TemplatedText.Segment]] = [:]
        let locations = localizedLocations(node)
        for (language, source) in text.texts {
            let start = locations[language] ?? node.contentLocation
            collector.append(contentsOf: TemplatedText.braceProblems(in: source, at: start, language: self.language))
            do {
                segments[language] = try TemplatedText.parse(source, at: start, language: self.language)
            } catch {
                collector.append(error)
            }
        }
        return TemplatedText(segments: segments)
    }

    /// Where each language's text starts, for interpolation errors.
    private func localizedLocations(_ node: YAMLNode) -> [String: SourceLocation] {
        guard let pairs = node.mapping else { return ["": node.contentLocation] }
        return Dictionary(
            pairs.map { ($0.key.scalar ?? "", $0.value.contentLocation) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func expression(_ node: YAMLNode, what: String) -> Expression? {
        guard let source = node.scalar, !node.isNull else {
            error(.mustBeExpression(what: what, found: .init(node)), at: node.location)
            return nil
        }
        do {
            return try Expression.parse(source, at: node.contentLocation, language: language)
        } catch {
            collector.append(error)
            return nil
        }
    }

    mutating func questionPath(_ node: YAMLNode, what: String) -> QuestionPath? {
        guard let text = string(node, what: what) else { return nil }
        guard let path = QuestionPath(text) else {
            error(.mustBeQuestionPath(what: what, found: text), at: node.location)
            return nil
        }
        return path
    }
}
