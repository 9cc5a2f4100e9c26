import Foundation
import ParticipeCore

/// A workshop: a kit answered by several teams, led by a trainer.
public struct WorkshopRecord: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kitID: String
    /// The version of the kit the stored answers are for; nil for a workshop created before versions were kept,
    /// whose answers are taken to be for the kit as installed.
    public var kitVersion: String?
    public var language: Language
    public var createdAt: Date
    public var closedAt: Date?

    public var isClosed: Bool { closedAt != nil }
}

/// A team of a workshop; its members join with the team's link.
public struct TeamRecord: Sendable, Hashable {
    public var id: String
    public var workshopID: String
    public var name: String
    public var position: Int
}

/// A person who joined a team under a display name.
public struct MemberRecord: Sendable, Hashable {
    public var id: String
    public var teamID: String
    public var name: String
}

/// The answer of a team to one question: what its answers file and documents use.
///
/// `version` counts the changes; a save names the version it saw, so two people saving at once never
/// silently overwrite each other. `agreed` says the team recorded it as its agreed answer. `pending` is
/// "not known yet": no value, and a reminder that it is to be confirmed.
public struct TeamAnswer: Sendable, Hashable {
    public var path: String
    public var value: Value
    public var version: Int
    public var memberName: String?
    public var agreed: Bool
    public var pending: Bool
    public var at: Date
    /// What the answer rests on (« délibération du 12 mars »), as the team noted it.
    public var answerSource: String?
    /// Given, but to be confirmed before the documents are published.
    public var toConfirm = false
    /// The day the answer was given: the workshop's day of a member's save, the date an imported file gave.
    public var givenOn: CalendarDate?

    /// Where the answer comes from, as the answers file keeps it: who gave it, the day, its source, its flag.
    public var provenance: AnswerProvenance {
        AnswerProvenance(by: memberName, date: givenOn, source: answerSource, toConfirm: toConfirm)
    }
}

/// What one member last proposed for a question.
public struct Proposal: Sendable, Hashable {
    public var path: String
    public var memberID: String
    public var memberName: String
    public var value: Value
    public var at: Date
}

/// One entry of a question's history: who gave which value, when, from where.
public struct AnswerEvent: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A member's save that became the team's answer.
        case saved
        /// A member's save refused because another had changed the answer meanwhile; the value is kept.
        case conflict
        /// The team recorded its agreed answer.
        case agreed
        /// An answers file imported by the trainer, or the file opened by `serve answers.yaml`.
        case imported
    }

    public var path: String
    public var kind: Kind
    public var memberName: String?
    public var value: Value
    public var pending: Bool
    /// The page it came from: `section:<id>`, `question`, `import`.
    public var source: String
    public var at: Date
}

/// One answer to save.
public struct AnswerSave: Sendable, Hashable {
    public var path: String
    public var value: Value
    /// The version the person saw; nil writes whatever the current version (an import).
    public var seenVersion: Int?
    public var pending: Bool
    /// What the answer rests on; nil when nothing is said.
    public var answerSource: String?
    public var toConfirm: Bool
    /// Who gave the answer, for a save no member makes (an imported file names its author).
    public var givenBy: String?
    /// The day it was given: the workshop's day for a member's save, the file's date for an import.
    public var givenOn: CalendarDate?

    public init(
        path: String, value: Value, seenVersion: Int?, pending: Bool = false, answerSource: String? = nil,
        toConfirm: Bool = false, givenBy: String? = nil, givenOn: CalendarDate? = nil
    ) {
        self.path = path
        self.value = value
        self.seenVersion = seenVersion
        self.pending = pending
        self.answerSource = answerSource
        self.toConfirm = toConfirm
        self.givenBy = givenBy
        self.givenOn = givenOn
    }
}

/// What became of one save.
public enum SaveOutcome: Sendable, Hashable {
    /// Written; the answer's version is now this one.
    case saved(version: Int)
    /// The same as the team's answer already: nothing changed.
    case unchanged(version: Int)
    /// Another save changed the answer since the person saw it: not written (the person's value is kept in
    /// their proposals and history), the current answer returned for the conflict view.
    case conflict(current: TeamAnswer)
}
