/// `section.question`: how answers, expressions and diagnostics name a question.
public struct QuestionPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let section: String
    public let question: String

    public init(_ section: String, _ question: String) {
        self.section = section
        self.question = question
    }

    public init?(_ dotted: String) {
        let parts = dotted.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(String(parts[0]), String(parts[1]))
    }

    public var description: String { "\(section).\(question)" }

    public static func < (lhs: QuestionPath, rhs: QuestionPath) -> Bool { lhs.description < rhs.description }
}
