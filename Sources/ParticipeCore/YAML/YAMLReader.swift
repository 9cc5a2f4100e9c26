import CYaml

/// Reads YAML through libyaml's event parser into `YAMLNode`s.
///
/// Events rather than Yams' composer: the tree is built with an explicit stack (no recursion, so
/// 10,000 levels of nesting cannot overflow), aliases are refused (no "billion laughs"), and every
/// scalar keeps its style so that the kit and answers readers interpret it by what they expect.
public struct YAMLReader: Sendable {
    /// Inputs larger than this are refused before parsing.
    public static let defaultMaximumSize = 8 * 1024 * 1024
    public static let defaultMaximumDepth = 64

    public var maximumSize: Int
    public var maximumDepth: Int

    public init(maximumSize: Int = defaultMaximumSize, maximumDepth: Int = defaultMaximumDepth) {
        self.maximumSize = maximumSize
        self.maximumDepth = maximumDepth
    }

    /// Reads raw bytes: checks their size and UTF-8 before parsing.
    public func read(bytes: [UInt8], file: String) throws(Diagnostic) -> YAMLNode {
        guard bytes.count <= maximumSize else {
            throw Diagnostic(
                "file too large: \(bytes.count) bytes, the limit is \(maximumSize) bytes",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        let text = try Self.decodeUTF8(bytes, file: file)
        return try read(text: text, file: file)
    }

    public func read(text: String, file: String) throws(Diagnostic) -> YAMLNode {
        guard text.utf8.count <= maximumSize else {
            throw Diagnostic(
                "file too large: \(text.utf8.count) bytes, the limit is \(maximumSize) bytes",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        var builder = YAMLTreeBuilder(file: file, maximumDepth: maximumDepth)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostic("cannot start the YAML parser", at: SourceLocation(file: file, line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        return try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) -> YAMLNode in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw Self.parserError(parser, file: file, maximumDepth: maximumDepth)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.accept(event)
            }
            return builder.root ?? YAMLNode(.scalar("", .plain), at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    private static func parserError(_ parser: yaml_parser_t, file: String, maximumDepth: Int) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let mark = parser.problem_mark
        // libyaml's scanner reads flow collections ahead of the events, so its own limit (1,000) can fire
        // before the tree builder's: say it in the same words.
        if problem.hasPrefix("Maximum nesting level reached") {
            return Diagnostic(
                "nesting deeper than \(maximumDepth) levels is not accepted",
                at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
        }
        var message = "malformed YAML: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        return Diagnostic(
            message, at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }

    /// Decodes UTF-8, naming the line and column of the first invalid byte.
    static func decodeUTF8(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var validEnd = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        decoding: while true {
            let before = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                validEnd = offset
            case .emptyInput:
                break decoding
            case .error:
                offset = before
                break decoding
            }
        }
        let prefix = String(decoding: bytes[..<validEnd], as: UTF8.self)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        let column = (lines.last?.count ?? 0) + 1
        throw Diagnostic(
            "invalid UTF-8: the file must be text encoded in UTF-8 (byte \(validEnd + 1) is not)",
            at: SourceLocation(file: file, line: lines.count, column: column))
    }
}
