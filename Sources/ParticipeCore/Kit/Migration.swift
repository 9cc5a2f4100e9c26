/// How answers written for an earlier version of a kit come forward to the next one (`migrations:` in
/// `kit.yaml`, see `docs/versions.md`).
///
/// A migration holds the changes from version `from` to the version after it (the `from` of the next migration,
/// else the kit's own version), applied in this order: questions removed, questions moved or renamed, then choices
/// renamed, merged or split and values converted, both named by their new paths.
public struct Migration: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// A question renamed, or moved to another section.
        case move(from: QuestionPath, to: QuestionPath)
        /// Choice ids of a question renamed (one id), merged (several old ids to one) or split (one old id to
        /// several, for a question that takes several choices).
        case choices(QuestionPath, map: [String: [String]])
        /// A question removed: its answer is kept aside in the answers file as a note, with `note` saying why.
        case remove(QuestionPath, note: LocalizedText?)
        /// An answer converted by an expression that reads the former value as `old`, read as a value of `from`
        /// (a value of another kind is kept aside rather than guessed at).
        case convert(QuestionPath, from: QuestionType, value: Expression)
    }

    /// The version these changes start from.
    public let from: String
    /// The questions of version `from`, so that `lint` can tell that each is accounted for; empty when not given.
    public let questions: [QuestionPath]
    public let changes: [Change]
    /// Where each change is written, for the messages about it.
    public let changeLocations: [SourceLocation]
    public let location: SourceLocation

    /// The paths its changes name in the version it leads to (where answers move, whose choices or values
    /// change), each with where its change is written.
    public var targets: [(path: QuestionPath, location: SourceLocation)] {
        zip(changes, changeLocations).compactMap { change, location in
            switch change {
            case .move(_, let to): (to, location)
            case .choices(let path, _), .convert(let path, _, _): (path, location)
            case .remove: nil
            }
        }
    }

    /// The kinds a converted answer may have had: those read without a question's choices or fields.
    public static let convertibleTypes: [QuestionType] = [.text, .paragraph, .integer, .number, .boolean, .date, .time]

    /// The name of the former value in a conversion.
    public static let oldName = "old"
}
