// The only file that sees libyaml: Yams carries it as its `CYaml` module, so no system package is needed.
// If a Yams release renames or reshapes that module, this file alone changes (and `LibyamlTests` say what
// changed).
import CYaml

/// Reads YAML through libyaml's event parser into `YAMLNode`s.
///
/// Events rather than Yams' composer: the tree is built with an explicit stack (no recursion, so
/// 10,000 levels of nesting cannot overflow), aliases are refused (no "billion laughs"), and every
/// scalar keeps its style so that the kit and answers readers interpret it by what they expect.
/// Positions are counted as editors count them (`LineTable`), not as libyaml does.
public struct YAMLReader: Sendable {
    /// Inputs larger than this are refused before parsing.
    public static let defaultMaximumSize = 8 * 1024 * 1024
    public static let defaultMaximumDepth = 64

    var maximumSize: Int
    public var maximumDepth: Int
    /// The language of the messages (`fr` or `en`).
    public var language: Language

    public init(
        maximumSize: Int = defaultMaximumSize, maximumDepth: Int = defaultMaximumDepth, language: Language = .english
    ) {
        self.maximumSize = maximumSize
        self.maximumDepth = maximumDepth
        self.language = language
    }

    /// A message of the reader in its language.
    func say(_ message: YAMLMessage) -> String { message.text(in: language) }

    /// A problem of the file, in the reader's language, with its code.
    func problem(_ message: YAMLMessage, at location: SourceLocation, notes: [String] = []) -> Diagnostic {
        Diagnostic(message, in: language, at: location, notes: notes)
    }

    /// Reads raw bytes: checks their size and encoding before parsing.
    public func read(bytes: [UInt8], file: String) throws(Diagnostic) -> YAMLNode {
        try read(text: try decode(bytes, file: file), file: file)
    }

    public func read(text: String, file: String) throws(Diagnostic) -> YAMLNode {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard text.utf8.count <= maximumSize else {
            throw problem(.tooLarge(size: text.utf8.count, limit: maximumSize), at: start)
        }
        let lines = LineTable(text)
        var builder = YAMLTreeBuilder(file: file, maximumDepth: maximumDepth, language: language)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw problem(.cannotStart, at: start) }
        defer { yaml_parser_delete(&parser) }
        var bytes = lines.bytes
        if bytes.isEmpty { bytes = [0x0A] }
        return try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) -> YAMLNode in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw parserError(parser, lines: lines, file: file)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.accept(
                    YAMLEvent(event), at: lines.location(ofScalar: Int(event.start_mark.index), in: file))
            }
            return builder.root ?? YAMLNode(.scalar("", .plain), at: start)
        }
    }

    private func parserError(_ parser: yaml_parser_t, lines: LineTable, file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        // Errors of libyaml's reader (encoding, control characters) carry a byte offset, not a mark.
        if parser.error == YAML_READER_ERROR {
            let location = lines.location(ofByte: Int(parser.problem_offset), in: file)
            if parser.problem_value >= 0, let scalar = Unicode.Scalar(UInt32(parser.problem_value)) {
                return self.problem(.controlCharacter(scalar), at: location)
            }
            return self.problem(.syntax(problem: problem, context: nil, line: 0, column: 0), at: location)
        }
        let location = lines.location(ofScalar: Int(parser.problem_mark.index), in: file)
        // libyaml's scanner reads flow collections ahead of the events, so its own limit (1,000) can fire
        // before the tree builder's: say it in the same words.
        if problem.hasPrefix("Maximum nesting level reached") {
            return self.problem(.tooDeep(limit: maximumDepth), at: location)
        }
        let context = parser.context.map { String(cString: $0) }
        let contextLocation = lines.location(ofScalar: Int(parser.context_mark.index), in: file)
        let message = YAMLMessage.syntax(
            problem: problem, context: context, line: contextLocation.line, column: contextLocation.column)
        let hints = YAMLMessage.hint(problem: problem, context: context).map { [say(.hint($0))] } ?? []
        return self.problem(message, at: location, notes: hints)
    }

    /// Decodes a file's bytes: UTF-8 (a byte order mark is dropped); UTF-16 and UTF-32 are named.
    public func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= maximumSize else {
            throw problem(.tooLarge(size: bytes.count, limit: maximumSize), at: start)
        }
        if let encoding = Self.wideEncoding(of: bytes) {
            throw problem(.otherEncoding(encoding), at: start)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var validEnd = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): validEnd += UTF8.width(scalar)
            case .emptyInput, .error: break decoding
            }
        }
        let prefix = String(decoding: bytes[..<validEnd], as: UTF8.self)
        let location = LineTable(prefix).location(ofByte: validEnd, in: file)
        throw problem(.invalidUTF8(byte: validEnd + 1), at: location)
    }

    /// UTF-16 or UTF-32, by their byte order mark or by the zero bytes of an ASCII first character,
    /// as the YAML specification detects them.
    static func wideEncoding(of bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x01...): return "UTF-32 (big-endian)"
        case (0xFF, 0xFE, 0x00, 0x00), (0x01..., 0x00, 0x00, 0x00): return "UTF-32 (little-endian)"
        case (0xFE, 0xFF, _, _), (0x00, 0x01..., _, _): return "UTF-16 (big-endian)"
        case (0xFF, 0xFE, _, _), (0x01..., 0x00, _, _): return "UTF-16 (little-endian)"
        default: return nil
        }
    }
}
