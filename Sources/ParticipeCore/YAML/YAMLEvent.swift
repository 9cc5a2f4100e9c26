import CYaml

/// What the tree builder needs of a libyaml event, in Swift's terms.
enum YAMLEvent {
    case documentStart
    case alias
    /// `tag` is a tag written in the file (`!!str`, `!custom`); nil for the implicit ones libyaml fills in.
    case scalar(String, YAMLNode.ScalarStyle, tag: String?)
    case sequenceStart(tag: String?)
    case mappingStart(tag: String?)
    case collectionEnd
    case other

    init(_ event: yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT: self = .documentStart
        case YAML_ALIAS_EVENT: self = .alias
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text =
                scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self)
                } ?? ""
            let style: YAMLNode.ScalarStyle =
                switch scalar.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: .quoted
                case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
                default: .plain
                }
            let implicit = scalar.plain_implicit == 1 || scalar.quoted_implicit == 1
            self = .scalar(text, style, tag: Self.explicitTag(scalar.tag, implicit: implicit))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            self = .sequenceStart(tag: Self.explicitTag(start.tag, implicit: start.implicit == 1))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            self = .mappingStart(tag: Self.explicitTag(start.tag, implicit: start.implicit == 1))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: self = .collectionEnd
        default: self = .other
        }
    }

    private static func explicitTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, implicit: Bool) -> String? {
        guard let tag, !implicit else { return nil }
        return String(cString: tag)
    }
}
