/// A kit's text with its interpolations replaced: literal pieces come from the kit, value pieces from the answers.
///
/// Kept apart so that each output format escapes the answers, and only them.
public struct RenderedText: Sendable, Hashable, CustomStringConvertible {
    public enum Piece: Sendable, Hashable {
        case literal(String)
        case value(String)
    }

    var pieces: [Piece]

    public init(_ pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The text as plain characters, for the terminal.
    public var description: String {
        pieces.map { piece in
            switch piece {
            case .literal(let text), .value(let text): text
            }
        }.joined()
    }

    /// The text with the value pieces passed through `escape`.
    public func escaped(_ escape: (String) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .value(let text): escape(text)
            }
        }.joined()
    }
}
