/// The one engine problems are collected in: the YAML decoder, the kit's checks, the expression checker and
/// the template checker all report into one, each problem worded from its table and so carrying its code.
package struct DiagnosticCollector: Sendable {
    /// The language of the messages.
    package var language: Language
    /// Every problem reported, in the order reported.
    package private(set) var diagnostics: [Diagnostic] = []

    package init(language: Language = .english) {
        self.language = language
    }

    /// The problems that stop the input from being used.
    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The problems worth a look that do not stop anything.
    package var warnings: [Diagnostic] { diagnostics.filter { $0.severity != .error } }
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reports `message`, in the collector's language, with the code of its table.
    package mutating func report(
        _ message: some Wording, at location: SourceLocation?, severity: Diagnostic.Severity = .error,
        notes: [String] = []
    ) {
        diagnostics.append(Diagnostic(message, in: language, at: location, severity: severity, notes: notes))
    }

    package mutating func error(_ message: some Wording, at location: SourceLocation?, notes: [String] = []) {
        report(message, at: location, notes: notes)
    }

    package mutating func warning(_ message: some Wording, at location: SourceLocation?, notes: [String] = []) {
        report(message, at: location, severity: .warning, notes: notes)
    }

    package mutating func note(_ message: some Wording, at location: SourceLocation?, notes: [String] = []) {
        report(message, at: location, severity: .note, notes: notes)
    }

    /// A problem already made, by a parser that throws one (a YAML or an expression syntax error).
    package mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    package mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: other)
    }
}
