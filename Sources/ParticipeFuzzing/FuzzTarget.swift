import ParticipeCore

/// A fuzz target: one way bytes enter Participe, fed to the same public API the tool uses.
///
/// Thrown errors are the expected answer to bad input and are dropped; a trap, a hang or a sanitizer report is a
/// bug. Inputs go through the same checks the tool makes first (size, UTF-8), so a finding is one a real file
/// could trigger.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A kit folder: `kit.yaml` and the files it includes (see `KitBundle`).
    case kitLoader = "kit-loader"
    /// An answers file for the fixed kit, read, decoded and evaluated.
    case answers
    /// One expression, parsed, type-checked and, when it checks, evaluated in `ExpressionSandbox`.
    case expressions
    /// Markdown read into a document, then written as HTML, DOCX and ODT.
    case markdown
    /// A Mustache template rendered with the values of the fixed kit's sample answers.
    case template
    /// An answers file for the fixed kit through `generate`: every document in every format.
    case pipeline

    /// Runs one input through the target.
    public func run(_ bytes: [UInt8]) {
        // The tool refuses larger files before reading them.
        guard bytes.count <= YAMLReader.defaultMaximumSize else { return }
        switch self {
        case .kitLoader: Self.loadKit(bytes)
        case .answers: Self.evaluateAnswers(bytes)
        case .expressions: Self.evaluateExpression(bytes)
        case .markdown: Self.writeMarkdown(bytes)
        case .template: Self.renderTemplate(bytes)
        case .pipeline: Self.generate(bytes)
        }
    }

    /// Text targets take what the tool would have decoded from a file: valid UTF-8 only.
    static func text(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }
}

/// Keeps a result alive, so that an optimised build cannot drop the work whose result a target ignores.
@inline(never) @_optimize(none)
func keep<Result>(_ result: Result) {
    withExtendedLifetime(result) {}
}
