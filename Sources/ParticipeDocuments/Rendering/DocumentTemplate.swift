import Mustache
import ParticipeCore

/// A kit's document template, parsed once, rendered strictly.
public struct DocumentTemplate: Sendable {
    public let file: String
    /// The language of the error messages.
    public let language: Language
    private let tags: [TemplateTag]
    /// The template cut into runs of whole lines outside any section, rendered one after the other.
    private let chunks: [MustacheTemplate]

    /// Parses `text` read from `file`; syntax problems name the file, line and column, in `language`.
    public init(text: String, file: String, language: Language = .english) throws(Diagnostic) {
        try self.init(text: text, file: file, chunkSize: 512, language: language)
    }

    /// `chunkSize` is the length from which a run of lines outside any section becomes a chunk of its own.
    init(text: String, file: String, chunkSize: Int, language: Language = .english) throws(Diagnostic) {
        self.file = file
        self.language = language
        self.tags = try TemplateTag.scan(text, file: file, language: language)
        // Before Mustache's parser, whose errors name neither the file nor the section.
        if let problem = StrictChecker.structureProblem(tags, language: language) { throw problem }
        var chunks: [MustacheTemplate] = []
        var startLine = 1
        for chunk in Self.chunks(of: text, tags: tags, size: chunkSize) {
            do {
                // Values escape themselves (see `TemplateValue`), so Mustache's own HTML escaping is turned off.
                chunks.append(try MustacheTemplate(string: Self.pragma + chunk))
            } catch {
                throw Self.problem(error, chunkStartLine: startLine, file: file, language: language)
            }
            startLine += chunk.utf8.count(where: { $0 == UInt8(ascii: "\n") })
        }
        self.chunks = chunks
    }

    /// The line put before every chunk.
    private static let pragma = "{{% CONTENT_TYPE: TEXT}}\n"

    /// swift-mustache's error at the line and column of the template it names: the chunk's line `n` is the
    /// template's line `chunkStartLine + n - 2`, since the pragma takes the chunk's first line.
    static func problem(_ error: any Error, chunkStartLine: Int, file: String, language: Language) -> Diagnostic {
        guard let error = error as? MustacheTemplate.ParserError else {
            let message = TemplateMessage.mustache("\(error)")
            return Diagnostic(message, in: language, at: SourceLocation(file: file, line: chunkStartLine, column: 1))
        }
        let line = max(chunkStartLine, chunkStartLine + error.context.lineNumber - 2)
        let location = SourceLocation(file: file, line: line, column: max(1, error.context.columnNumber))
        return Diagnostic(TemplateMessage.mustacheSyntax(problem(error.error)), in: language, at: location)
    }

    private static func problem(_ error: any Error) -> TemplateMessage.MustacheProblem {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: .closeNameIncorrect
        case .unfinishedName: .unfinishedName
        case .expectedSectionEnd: .expectedSectionEnd
        case .invalidSetDelimiter: .delimiters
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            .inheritance
        case .invalidConfigVariableSyntax: .pragmaSyntax
        case .unrecognisedConfigVariable: .unknownPragma
        case nil: .other("\(error)")
        }
    }

    /// Renders with `values`, after checking that every name the template uses exists.
    public func render(_ values: TemplateValue) throws(DiagnosticList) -> String {
        let problems = check(with: values, reach: .values).problems
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let context = values.mustacheValue
        return chunks.map { $0.render(context) }.joined()
    }

    /// Every name the template uses that `values` lacks, and every name it finds, in the sections `reach` reads.
    func check(with values: TemplateValue, reach: StrictChecker.Reach) -> (problems: [Diagnostic], used: Set<String>) {
        var checker = StrictChecker(tags: tags, reach: reach, language: language)
        checker.check(values)
        return (checker.collector.diagnostics, checker.used)
    }

    /// Cuts `text` after a line that ends outside every section, once a chunk holds enough lines.
    ///
    /// Rendering the chunks in turn gives the same text as rendering the whole (each is made of whole lines, so
    /// standalone tags stay standalone), and it keeps swift-mustache's parser, whose cost grows with the square
    /// of a template's length, fast on a 60 KB cahier des charges.
    static func chunks(of text: String, tags: [TemplateTag], size: Int = 2_048) -> [String] {
        var depthChange: [Int: Int] = [:]
        for tag in tags {
            switch tag.kind {
            case .section, .inverted: depthChange[tag.endLine, default: 0] += 1
            case .close: depthChange[tag.endLine, default: 0] -= 1
            default: break
            }
        }
        var chunks: [String] = []
        var current = ""
        var depth = 0
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            current += line
            current += "\n"
            depth += depthChange[offset + 1] ?? 0
            if depth == 0, current.utf8.count >= size {
                chunks.append(current)
                current = ""
            }
        }
        if !current.isEmpty { chunks.append(current) }
        // A newline was added after every line, the last one included: the text has one fewer.
        if var last = chunks.popLast() {
            last.removeLast()
            if !last.isEmpty || chunks.isEmpty { chunks.append(last) }
        }
        return chunks
    }
}
