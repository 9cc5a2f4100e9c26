/// Why a typed line is not an answer, in the interview's language.
public struct InterviewInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// The stable code of the message (`interview.yes-or-no`), when it comes from a table.
    public var code: String?

    public init(message: String, code: String? = nil) {
        self.message = message
        self.code = code
    }

    /// `message` of the interview's table, in `language`, followed by `note` (why a number was refused).
    init(_ message: InterviewMessage, in language: Language, note: String = "") {
        self.init(message: message.text(in: language) + note, code: message.code)
    }

    /// The refused input as a `Diagnostic`, with its code.
    public func diagnostic(at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, code: code)
    }

    public var description: String { message }
}
