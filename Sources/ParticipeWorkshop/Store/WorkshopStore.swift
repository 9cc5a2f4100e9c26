import ParticipeCore

/// Where workshops live: their teams, members, every answer given and the answers agreed.
///
/// Tokens reach the store only as digests (`SecretToken.digest`). Every method is one transaction: a save
/// that returns has been written durably. SQLite is the implementation for one machine; the SQL is kept
/// portable so that a PostgreSQL implementation can follow, and the schema carries its version.
public protocol WorkshopStore: Sendable {
    /// Replaces the organiser's key, printed anew at each start of `participe serve`.
    func setOrganiserKey(digest: String) async throws
    func isOrganiserKey(digest: String) async throws -> Bool

    /// Creates a workshop with its teams; `teams` pairs each name with its join link's digest. Its answers are
    /// for version `kitVersion` of the kit.
    func createWorkshop(
        title: String, kitID: String, kitVersion: String, language: Language, trainerDigest: String,
        teams: [(name: String, joinDigest: String)]
    ) async throws -> WorkshopRecord
    func workshop(id: String) async throws -> WorkshopRecord?
    func workshops() async throws -> [WorkshopRecord]
    func isTrainer(workshopID: String, digest: String) async throws -> Bool
    func closeWorkshop(id: String) async throws
    func setLanguage(_ language: Language, workshopID: String) async throws
    /// Records that the workshop's answers are now for version `version` of its kit (after a migration).
    func setKitVersion(_ version: String, workshopID: String) async throws

    func addTeam(workshopID: String, name: String, joinDigest: String) async throws -> TeamRecord
    func teams(workshopID: String) async throws -> [TeamRecord]
    /// The team whose join link has this digest.
    func team(joinDigest: String) async throws -> TeamRecord?
    /// Gives a team a new join link; the old one stops working.
    func replaceJoinLink(teamID: String, joinDigest: String) async throws

    func addMember(teamID: String, name: String, sessionDigest: String) async throws -> MemberRecord
    /// The member whose session has this digest.
    func member(sessionDigest: String) async throws -> MemberRecord?
    func members(teamID: String) async throws -> [MemberRecord]

    func answers(teamID: String) async throws -> [TeamAnswer]
    func proposals(teamID: String) async throws -> [Proposal]
    func history(teamID: String, path: String) async throws -> [AnswerEvent]
    /// Saves answers of a team in one transaction, each against the version it saw.
    ///
    /// A member's value is also kept as that member's proposal and in the history, even on a conflict.
    /// `agreed` records the values as the team's agreed answers.
    func save(
        _ saves: [AnswerSave], teamID: String, member: MemberRecord?, source: String, agreed: Bool
    ) async throws -> [SaveOutcome]
    /// Brings a workshop's answers from version `from` of its kit to version `to` in one transaction: every team's
    /// saves, each against the version of the answer it was read at, then the workshop's version. Nothing is done
    /// when the workshop is no longer at `from` (returns false); a save that meets an answer changed since it was
    /// read undoes it all (throws).
    func bringForward(
        workshopID: String, from: String, to: String, saves: [(teamID: String, saves: [AnswerSave])]
    ) async throws -> Bool
    /// How many saves were written for a team, conflicts included: what the load benchmark counts.
    func eventCount(teamID: String) async throws -> Int
}
