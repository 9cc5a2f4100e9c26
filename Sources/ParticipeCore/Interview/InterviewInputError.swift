/// Why a typed line is not an answer, in the interview's language.
public struct InterviewInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
