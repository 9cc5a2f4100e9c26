/// Turns character offsets inside an expression into file locations.
///
/// Expressions are usually one line; when the source holds newlines (a YAML block scalar) the line is
/// advanced and the column counted from the start of that line, since the scalar's indentation is unknown here.
struct SourceMap: Sendable {
    let start: SourceLocation
    let characters: [Character]

    init(_ source: String, start: SourceLocation) {
        self.start = start
        self.characters = Array(source)
    }

    func location(at offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), characters.count)
        var line = start.line
        var lineStart = 0
        for index in 0..<end where characters[index].isNewline {
            line += 1
            lineStart = index + 1
        }
        if line == start.line { return start.advanced(by: end) }
        return SourceLocation(file: start.file, line: line, column: 1 + end - lineStart)
    }

    /// The 1-based column of an offset, as written in messages that point back inside the same expression.
    func column(at offset: Int) -> Int { location(at: offset).column }
}
