/// A test input with a marker character showing where a diagnostic must point, so that columns are never counted by
/// hand (swift-format's `MarkedText`).
///
///     let input = MarkedText("when: ⟨identite.nom + 1")
///     // input.text == "when: identite.nom + 1", input.line == 1, input.column == 7
public struct MarkedText: Sendable {
    public static let marker: Character = "⟨"

    /// The text with the marker removed.
    public let text: String
    /// The 1-based line of the marker.
    public let line: Int
    /// The 1-based column of the marker, counted in characters, in the text without the marker.
    public let column: Int

    /// - Precondition: `marked` holds exactly one marker.
    public init(_ marked: String, marker: Character = MarkedText.marker) {
        var text = ""
        var line = 1
        var column = 1
        var position: (line: Int, column: Int)?
        for character in marked {
            if character == marker {
                precondition(position == nil, "MarkedText: more than one marker in \(marked)")
                position = (line, column)
                continue
            }
            text.append(character)
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        guard let position else { preconditionFailure("MarkedText: no marker '\(marker)' in \(marked)") }
        self.text = text
        self.line = position.line
        self.column = position.column
    }

    /// `file:line:column`, as diagnostics print a position.
    public func location(in file: String) -> String { "\(file):\(line):\(column)" }
}
