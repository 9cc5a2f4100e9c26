/// A free name used by an expression, with where it is written.
public struct Reference: Hashable, Sendable {
    public let path: [String]
    public let location: SourceLocation

    public init(path: [String], location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// The path as written: `section.question`.
    public var name: String { path.joined(separator: ".") }
}
