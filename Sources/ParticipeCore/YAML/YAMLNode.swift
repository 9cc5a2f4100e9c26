/// A YAML node with the position it was read from; the only YAML type the rest of the project sees.
public struct YAMLNode: Sendable, Hashable {
    public enum ScalarStyle: Sendable, Hashable {
        case plain
        case quoted
        case block
    }

    public enum Content: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// A plain `~`, `null` or empty scalar: YAML's way of writing nothing.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A plain scalar that reads as a number.
    var isNumeric: Bool {
        guard case .scalar(let text, .plain) = content, let number = Double(text) else { return false }
        return number.isFinite
    }

    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    package var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Where the scalar's text itself starts: past the opening quote of a quoted scalar.
    var contentLocation: SourceLocation {
        if case .scalar(_, .quoted) = content { return location.advanced(by: 1) }
        return location
    }
}
