/// A bullet or ordered list.
public struct MarkdownList: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case bullet
        /// An ordered list and the number of its first item.
        case ordered(start: Int)
    }

    public var kind: Kind
    /// A tight list's items hold their paragraphs without spacing between them.
    public var isTight: Bool
    /// Each item is a sequence of blocks.
    public var items: [[MarkdownBlock]]

    public init(kind: Kind, isTight: Bool, items: [[MarkdownBlock]]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}
