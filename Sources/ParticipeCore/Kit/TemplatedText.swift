/// Localised text that may interpolate expressions: `Le budget est de {{ ressources.budget }} €.`
///
/// Interpolations are parsed and checked when the kit loads, like every other expression.
public struct TemplatedText: Sendable, Hashable {
    public enum Segment: Sendable, Hashable {
        case text(String)
        case expression(Expression)
    }

    /// Segments by language code; `""` for a text given for every language.
    public let segments: [String: [Segment]]

    public init(segments: [String: [Segment]]) {
        self.segments = segments
    }

    public func resolve(_ language: Language, fallbacks: [Language] = []) -> [Segment] {
        if let found = segments[language.code] ?? segments[""] { return found }
        for fallback in fallbacks {
            if let found = segments[fallback.code] { return found }
        }
        return []
    }

    /// The text in `language` with each interpolation as the kit writes it (`{{ outil.date_ouverture }}`), unless
    /// `value` gives what it stands for: for a reader who has no answers yet (an answers file to fill in, an editor,
    /// a questionnaire on paper).
    public func written(
        _ language: Language, fallbacks: [Language] = [], value: (Expression) -> String? = { _ in nil }
    ) -> String {
        resolve(language, fallbacks: fallbacks).map { segment in
            switch segment {
            case .text(let text): text
            case .expression(let expression): value(expression) ?? "{{ \(expression.source) }}"
            }
        }.joined()
    }

    public var expressions: [Expression] {
        segments.keys.sorted().flatMap { key in
            (segments[key] ?? []).compactMap { segment in
                if case .expression(let expression) = segment { return expression }
                return nil
            }
        }
    }

    /// The text with no interpolation, in every language (for tests and plain messages).
    public static func plain(_ text: LocalizedText) -> TemplatedText {
        TemplatedText(segments: text.texts.mapValues { [.text($0)] })
    }

    /// Splits `text` at `{{ … }}`, parsing each interpolation; `location` is where the text starts, `language`
    /// the language of the error messages.
    static func parse(_ text: String, at location: SourceLocation, language: Language = .english) throws(Diagnostic)
        -> [Segment]
    {
        var segments: [Segment] = []
        var rest = Substring(text)
        var line = location.line
        var column = location.column
        func advance(over consumed: Substring) {
            for character in consumed {
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        while let open = Self.pair(of: UInt8(ascii: "{"), in: rest) {
            let before = rest[..<open.lowerBound]
            if !before.isEmpty { segments.append(.text(String(before))) }
            advance(over: rest[..<open.upperBound])
            let afterOpen = rest[open.upperBound...]
            guard let close = Self.pair(of: UInt8(ascii: "}"), in: afterOpen) else {
                throw Diagnostic(
                    KitMessage.unclosedInterpolation, in: language,
                    at: SourceLocation(file: location.file, line: line, column: column - 2))
            }
            let source = afterOpen[..<close.lowerBound]
            let start = SourceLocation(file: location.file, line: line, column: column)
            if let first = source.trimmingWhitespace.first, "#^/>!&".contains(first) {
                throw Diagnostic(
                    KitMessage.sectionInKitText(tag: String(source)), in: language,
                    at: SourceLocation(file: location.file, line: line, column: column - 2))
            }
            segments.append(.expression(try Expression.parse(String(source), at: start, language: language)))
            advance(over: afterOpen[..<close.upperBound])
            rest = afterOpen[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    /// `{name}` written where `{{ name }}` was probably meant: a warning alone, an error in a text that also
    /// interpolates with `{{ }}` (its author knows the syntax, so the single braces are a slip).
    static func braceProblems(in text: String, at location: SourceLocation, language: Language) -> [Diagnostic] {
        // Most kit texts hold no brace at all: a byte scan says so before any character is looked at.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return [] }
        let characters = Array(text)
        let interpolates = pair(of: UInt8(ascii: "{"), in: Substring(text)) != nil
        var found: [Diagnostic] = []
        var (line, column) = (location.line, location.column)
        for (index, character) in characters.enumerated() {
            defer {
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            guard character == "{", index == 0 || characters[index - 1] != "{",
                index + 1 < characters.count, characters[index + 1] != "{"
            else { continue }
            // The name runs to the next `}`, on the same line, with no other brace before it.
            var close = index + 1
            while close < characters.count, !"{}".contains(characters[close]), !characters[close].isNewline {
                close += 1
            }
            guard close < characters.count, characters[close] == "}",
                close + 1 == characters.count || characters[close + 1] != "}"
            else { continue }
            let name = String(characters[(index + 1)..<close]).trimmingWhitespace
            guard name.first.map({ $0.isLetter || $0 == "_" }) == true,
                name.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "." })
            else { continue }
            let at = SourceLocation(file: location.file, line: line, column: column)
            found.append(
                interpolates
                    ? Diagnostic(KitMessage.mixedInterpolation(name: name), in: language, at: at)
                    : Diagnostic(KitMessage.singleBraces(name: name), in: language, at: at, severity: .warning))
        }
        return found
    }

    /// Where `{{` (or `}}`) first stands in `text`: a byte scan, much cheaper than a generic substring search
    /// on the thousands of kit texts that interpolate nothing.
    private static func pair(of byte: UInt8, in text: Substring) -> Range<Substring.Index>? {
        var previous: Substring.Index?
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            if text.utf8[index] == byte {
                if let start = previous { return start..<text.utf8.index(after: index) }
                previous = index
            } else {
                previous = nil
            }
            index = text.utf8.index(after: index)
        }
        return nil
    }
}
