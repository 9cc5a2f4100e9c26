/// A note of the matrix engine: its severity and its message, worded when shown.
public struct MatrixDiagnostic: Hashable, Sendable {
    public var severity: Diagnostic.Severity
    public var message: MatrixMessage

    public init(_ severity: Diagnostic.Severity, _ message: MatrixMessage) {
        self.severity = severity
        self.message = message
    }

    /// The message in `language`.
    public func text(in language: Language) -> String { message.text(in: language) }

    /// The note as a `Diagnostic` worded in `language`.
    public func diagnostic(in language: Language) -> Diagnostic {
        Diagnostic(message, in: language, at: nil, severity: severity)
    }
}
