import Mustache

/// The shapes swift-mustache renders, built from `TemplateValue`s.
extension TemplateValue {
    var mustacheValue: Any {
        switch self {
        case .null: MustacheNull()
        case .flag(let flag): flag
        case .text(let text): EscapedText(raw: text)
        case .markdown(let markdown): TrustedMarkdown(markdown: markdown)
        case .list(let items): items.map(\.mustacheValue)
        case .emptyList: [Any]()
        case .absent: MustacheNull()
        case .object(let object): MustacheObject(object: object)
        }
    }
}
