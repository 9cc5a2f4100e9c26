/// The values a template receives: a tree built from an evaluation, escaped by construction.
///
/// Answers are `.text` and are escaped for Markdown whichever Mustache tag shows them; a kit's own
/// Markdown (with the answers inside it already escaped) is `.markdown`.
public indirect enum TemplateValue: Sendable, Hashable {
    case null
    case flag(Bool)
    case text(String)
    case markdown(String)
    case list([TemplateValue])
    /// An empty list that knows what its items look like, so that the strict check can still read the
    /// section a template writes for them (a typo there would otherwise hide until the list has items).
    case emptyList(prototype: TemplateValue)
    /// An object that is absent for these answers (a grid level not reached), with the shape it would have, for
    /// the same reason.
    case absent(prototype: TemplateValue)
    case object(TemplateObject)

    /// `.list(items)`, or an empty list carrying `prototype` when there is no item.
    public static func list(_ items: [TemplateValue], prototype: @autoclosure () -> TemplateValue?) -> TemplateValue {
        guard items.isEmpty, let example = prototype() else { return .list(items) }
        return .emptyList(prototype: example)
    }

    public static func object(_ pairs: KeyValuePairs<String, TemplateValue>) -> TemplateValue {
        .object(TemplateObject(pairs.map { ($0.key, $0.value) }))
    }

    public static func number(_ value: Int) -> TemplateValue { .text(String(value)) }

    /// `.null` for an empty text, so that sections treat it as false.
    static func optionalText(_ text: String?) -> TemplateValue {
        guard let text, !text.isEmpty else { return .null }
        return .text(text)
    }

    var isFalsy: Bool {
        switch self {
        case .null: true
        case .flag(let flag): !flag
        case .text(let text), .markdown(let text): text.isEmpty
        case .list(let items): items.isEmpty
        case .emptyList, .absent: true
        case .object: false
        }
    }

    func child(_ name: String) -> TemplateValue? {
        if case .object(let object) = self { return object[name] }
        return nil
    }
}
