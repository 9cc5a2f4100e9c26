import Mustache
import ParticipeCore

/// A kit's document template, parsed once, rendered strictly.
public struct DocumentTemplate: Sendable {
    public let file: String
    private let tags: [TemplateTag]
    private let template: MustacheTemplate

    /// Parses `text` read from `file`; syntax problems name the file, line and column.
    public init(text: String, file: String) throws(Diagnostic) {
        self.file = file
        self.tags = try TemplateTag.scan(text, file: file)
        // Before Mustache's parser, whose errors name neither the file nor the section.
        if let problem = StrictChecker.structureProblem(tags) { throw problem }
        do {
            // Values escape themselves (see `TemplateValue`), so Mustache's own HTML escaping is turned off.
            self.template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch {
            throw Diagnostic(
                "Mustache cannot read this template: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Renders with `values`, after checking that every name the template uses exists.
    public func render(_ values: TemplateValue) throws(DiagnosticList) -> String {
        var checker = StrictChecker(tags: tags)
        checker.check(values)
        guard checker.diagnostics.isEmpty else { throw DiagnosticList(checker.diagnostics) }
        return template.render(values.mustacheValue)
    }
}
