import Foundation
import ParticipeCore
import SQLiteNIO

/// The workshop store in one SQLite file (WAL journal, full synchronisation): nothing to install, and a save
/// that returned survives a `kill -9` or a power cut.
///
/// One connection carries every transaction, one at a time (`SerialGate`); a workshop's load is a few saves
/// a second per team, well within what one SQLite writer does.
public final class SQLiteWorkshopStore: WorkshopStore {
    let connection: SQLiteConnection
    private let gate = SerialGate()

    /// A save of a migration found an answer changed since it was read: the migration is undone, to be run again.
    public struct AnswersChangedMeanwhile: Error {}

    public struct NewerSchema: Error, CustomStringConvertible {
        public var found: Int
        public var description: String {
            "the database has schema version \(found); this participe knows up to \(SQLiteSchema.version)"
        }
    }

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (or creates) the database at `path`, or one in memory when nil, and brings its schema up to date.
    public static func open(path: String?) async throws -> SQLiteWorkshopStore {
        if let path, !FileManager.default.fileExists(atPath: path) {
            // Created readable by its owner only: it holds every team's answers.
            FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let connection = try await SQLiteConnection.open(storage: path.map { .file(path: $0) } ?? .memory)
        let store = SQLiteWorkshopStore(connection: connection)
        do {
            try await store.prepare()
        } catch {
            try? await connection.close()
            throw error
        }
        return store
    }

    public func close() async throws {
        try await gate.run { try await self.connection.close() }
    }

    private func prepare() async throws {
        _ = try await connection.query("PRAGMA journal_mode = WAL")
        _ = try await connection.query("PRAGMA synchronous = FULL")
        _ = try await connection.query("PRAGMA foreign_keys = ON")
        _ = try await connection.query("PRAGMA busy_timeout = 5000")
        _ = try await connection.query("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        let found = try await connection.query("SELECT version FROM schema_version").first?.column("version")?.integer
        let current = found ?? 0
        guard current <= SQLiteSchema.version else { throw NewerSchema(found: current) }
        guard current < SQLiteSchema.version else { return }
        try await transaction { connection in
            for step in SQLiteSchema.migrations[current...] {
                for statement in step { _ = try await connection.query(statement) }
            }
            _ = try await connection.query("DELETE FROM schema_version")
            _ = try await connection.query(
                "INSERT INTO schema_version (version) VALUES (?)", [.integer(SQLiteSchema.version)])
        }
    }

    /// Runs `body` in one write transaction, after any other transaction of this store.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        try await gate.run {
            _ = try await self.connection.query("BEGIN IMMEDIATE")
            do {
                let result = try await body(self.connection)
                _ = try await self.connection.query("COMMIT")
                return result
            } catch {
                _ = try? await self.connection.query("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs one reading query, between transactions.
    func read(_ sql: String, _ binds: [SQLiteData] = []) async throws -> [SQLiteRow] {
        try await gate.run { try await self.connection.query(sql, binds) }
    }

    // MARK: Organiser

    public func setOrganiserKey(digest: String) async throws {
        try await transaction { db in
            _ = try await db.query("DELETE FROM organiser_keys")
            _ = try await db.query(
                "INSERT INTO organiser_keys (digest, created_at) VALUES (?, ?)", [.text(digest), .text(Self.now())])
        }
    }

    public func isOrganiserKey(digest: String) async throws -> Bool {
        try await !read("SELECT 1 FROM organiser_keys WHERE digest = ?", [.text(digest)]).isEmpty
    }

    // MARK: Workshops and teams

    public func createWorkshop(
        title: String, kitID: String, kitVersion: String, language: Language, trainerDigest: String,
        teams: [(name: String, joinDigest: String)]
    ) async throws -> WorkshopRecord {
        let workshop = WorkshopRecord(
            id: SecretToken.identifier(), title: title, kitID: kitID, kitVersion: kitVersion, language: language,
            createdAt: Date(), closedAt: nil)
        let teams = teams.map { (name: $0.name, joinDigest: $0.joinDigest) }
        try await transaction { db in
            _ = try await db.query(
                """
                INSERT INTO workshops (id, title, kit_id, kit_version, language, trainer_digest, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(workshop.id), .text(title), .text(kitID), .text(kitVersion), .text(language.code),
                    .text(trainerDigest), .text(Self.time(workshop.createdAt)),
                ])
            for (position, team) in teams.enumerated() {
                try await Self.insertTeam(
                    db, workshopID: workshop.id, name: team.name, joinDigest: team.joinDigest, position: position)
            }
        }
        return workshop
    }

    private static func insertTeam(
        _ db: SQLiteConnection, workshopID: String, name: String, joinDigest: String, position: Int
    ) async throws -> TeamRecord {
        let team = TeamRecord(id: SecretToken.identifier(), workshopID: workshopID, name: name, position: position)
        _ = try await db.query(
            "INSERT INTO teams (id, workshop_id, name, position, join_digest, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [.text(team.id), .text(workshopID), .text(name), .integer(position), .text(joinDigest), .text(now())])
        return team
    }

    public func workshop(id: String) async throws -> WorkshopRecord? {
        try await read("SELECT * FROM workshops WHERE id = ?", [.text(id)]).first.map(Self.workshop)
    }

    public func workshops() async throws -> [WorkshopRecord] {
        try await read("SELECT * FROM workshops ORDER BY created_at DESC").map(Self.workshop)
    }

    public func isTrainer(workshopID: String, digest: String) async throws -> Bool {
        try await !read(
            "SELECT 1 FROM workshops WHERE id = ? AND trainer_digest = ?", [.text(workshopID), .text(digest)]
        )
        .isEmpty
    }

    public func closeWorkshop(id: String) async throws {
        try await transaction { db in
            _ = try await db.query(
                "UPDATE workshops SET closed_at = ? WHERE id = ? AND closed_at IS NULL", [.text(Self.now()), .text(id)])
        }
    }

    public func setLanguage(_ language: Language, workshopID: String) async throws {
        try await transaction { db in
            _ = try await db.query(
                "UPDATE workshops SET language = ? WHERE id = ?", [.text(language.code), .text(workshopID)])
        }
    }

    public func setKitVersion(_ version: String, workshopID: String) async throws {
        try await transaction { db in
            _ = try await db.query(
                "UPDATE workshops SET kit_version = ? WHERE id = ?", [.text(version), .text(workshopID)])
        }
    }

    public func addTeam(workshopID: String, name: String, joinDigest: String) async throws -> TeamRecord {
        try await transaction { db in
            let count =
                try await db.query("SELECT COUNT(*) AS n FROM teams WHERE workshop_id = ?", [.text(workshopID)])
                .first?.column("n")?.integer ?? 0
            return try await Self.insertTeam(
                db, workshopID: workshopID, name: name, joinDigest: joinDigest, position: count)
        }
    }

    public func teams(workshopID: String) async throws -> [TeamRecord] {
        try await read("SELECT * FROM teams WHERE workshop_id = ? ORDER BY position", [.text(workshopID)])
            .map(Self.team)
    }

    public func team(joinDigest: String) async throws -> TeamRecord? {
        try await read("SELECT * FROM teams WHERE join_digest = ?", [.text(joinDigest)]).first.map(Self.team)
    }

    public func replaceJoinLink(teamID: String, joinDigest: String) async throws {
        try await transaction { db in
            _ = try await db.query("UPDATE teams SET join_digest = ? WHERE id = ?", [.text(joinDigest), .text(teamID)])
        }
    }

    // MARK: Members

    public func addMember(teamID: String, name: String, sessionDigest: String) async throws -> MemberRecord {
        let member = MemberRecord(id: SecretToken.identifier(), teamID: teamID, name: name)
        try await transaction { db in
            _ = try await db.query(
                "INSERT INTO members (id, team_id, name, session_digest, created_at) VALUES (?, ?, ?, ?, ?)",
                [.text(member.id), .text(teamID), .text(name), .text(sessionDigest), .text(Self.now())])
        }
        return member
    }

    public func member(sessionDigest: String) async throws -> MemberRecord? {
        try await read("SELECT * FROM members WHERE session_digest = ?", [.text(sessionDigest)]).first.map(Self.member)
    }

    public func members(teamID: String) async throws -> [MemberRecord] {
        try await read("SELECT * FROM members WHERE team_id = ? ORDER BY created_at, id", [.text(teamID)])
            .map(Self.member)
    }

    // MARK: Answers

    public func answers(teamID: String) async throws -> [TeamAnswer] {
        try await read("SELECT * FROM team_answers WHERE team_id = ? ORDER BY path", [.text(teamID)]).map(Self.answer)
    }

    public func proposals(teamID: String) async throws -> [Proposal] {
        try await read(
            """
            SELECT p.path, p.member_id, m.name, p.value, p.at FROM proposals p JOIN members m ON m.id = p.member_id
            WHERE p.team_id = ? ORDER BY p.path, p.at
            """, [.text(teamID)]
        ).map { row in
            Proposal(
                path: row.column("path")?.string ?? "", memberID: row.column("member_id")?.string ?? "",
                memberName: row.column("name")?.string ?? "",
                value: StoredValue.decode(row.column("value")?.string ?? ""),
                at: Self.date(row.column("at")))
        }
    }

    public func history(teamID: String, path: String) async throws -> [AnswerEvent] {
        try await read(
            "SELECT * FROM answer_events WHERE team_id = ? AND path = ? ORDER BY seq", [.text(teamID), .text(path)]
        ).map { row in
            AnswerEvent(
                path: row.column("path")?.string ?? "",
                kind: AnswerEvent.Kind(rawValue: row.column("kind")?.string ?? "") ?? .saved,
                memberName: row.column("member_name")?.string,
                value: StoredValue.decode(row.column("value")?.string ?? ""),
                pending: row.column("pending")?.bool ?? false, source: row.column("source")?.string ?? "",
                at: Self.date(row.column("at")))
        }
    }

    public func eventCount(teamID: String) async throws -> Int {
        try await read("SELECT COUNT(*) AS n FROM answer_events WHERE team_id = ?", [.text(teamID)])
            .first?.column("n")?.integer ?? 0
    }

    public func save(
        _ saves: [AnswerSave], teamID: String, member: MemberRecord?, source: String, agreed: Bool
    ) async throws -> [SaveOutcome] {
        try await transaction { db in
            try await Self.save(db, saves, teamID: teamID, member: member, source: source, agreed: agreed)
        }
    }

    public func bringForward(
        workshopID: String, from: String, to: String, saves: [(teamID: String, saves: [AnswerSave])]
    ) async throws -> Bool {
        try await transaction { db in
            // Another trainer, or a second click, brought them forward already: nothing is done twice.
            let found = try await db.query("SELECT kit_version FROM workshops WHERE id = ?", [.text(workshopID)])
            guard found.first?.column("kit_version")?.string == from else { return false }
            for plan in saves {
                let outcomes = try await Self.save(
                    db, plan.saves, teamID: plan.teamID, member: nil, source: "migration", agreed: false)
                if outcomes.contains(where: { if case .conflict = $0 { true } else { false } }) {
                    throw AnswersChangedMeanwhile()
                }
            }
            _ = try await db.query(
                "UPDATE workshops SET kit_version = ? WHERE id = ?", [.text(to), .text(workshopID)])
            return true
        }
    }

    /// Saves in the transaction of `db`; see `save(_:teamID:member:source:agreed:)`.
    private static func save(
        _ db: SQLiteConnection, _ saves: [AnswerSave], teamID: String, member: MemberRecord?, source: String,
        agreed: Bool
    ) async throws -> [SaveOutcome] {
        var sequence =
            try await db.query("SELECT MAX(seq) AS n FROM answer_events WHERE team_id = ?", [.text(teamID)])
            .first?.column("n")?.integer ?? 0
        var outcomes: [SaveOutcome] = []
        let now = Self.now()
        for save in saves {
            let current = try await db.query(
                "SELECT * FROM team_answers WHERE team_id = ? AND path = ?", [.text(teamID), .text(save.path)]
            ).first.map(Self.answer)
            if let member, !agreed { try await Self.propose(db, save, teamID: teamID, member: member, at: now) }
            let version = current?.version ?? 0
            let same =
                current.map {
                    $0.value == save.value && $0.pending == save.pending && $0.answerSource == save.answerSource
                        && $0.toConfirm == save.toConfirm
                } ?? false
            let outcome: SaveOutcome
            if same, !agreed || current?.agreed == true {
                outcomes.append(.unchanged(version: version))
                continue
            } else if let current, let seen = save.seenVersion, seen != version, !same {
                outcome = .conflict(current: current)
            } else {
                outcome = .saved(version: version + 1)
                try await Self.write(
                    db, save, teamID: teamID, version: version + 1, member: member, agreed: agreed, at: now)
            }
            let kind: AnswerEvent.Kind =
                if case .conflict = outcome { .conflict } else if agreed { .agreed } else if member == nil {
                    .imported
                } else { .saved }
            sequence += 1
            _ = try await db.query(
                """
                INSERT INTO answer_events (team_id, seq, path, kind, member_name, value, pending, source, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(teamID), .integer(sequence), .text(save.path), .text(kind.rawValue),
                    member.map { .text($0.name) } ?? .null, .text(StoredValue.encode(save.value)),
                    .integer(save.pending ? 1 : 0), .text(source), .text(now),
                ])
            outcomes.append(outcome)
        }
        return outcomes
    }

    private static func write(
        _ db: SQLiteConnection, _ save: AnswerSave, teamID: String, version: Int, member: MemberRecord?, agreed: Bool,
        at now: String
    ) async throws {
        _ = try await db.query(
            """
            INSERT INTO team_answers (
                team_id, path, value, version, member_name, agreed, pending, at, answer_source, to_confirm, given_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (team_id, path) DO UPDATE SET value = excluded.value, version = excluded.version,
                member_name = excluded.member_name, agreed = excluded.agreed, pending = excluded.pending,
                at = excluded.at, answer_source = excluded.answer_source, to_confirm = excluded.to_confirm,
                given_on = excluded.given_on
            """,
            [
                .text(teamID), .text(save.path), .text(StoredValue.encode(save.value)), .integer(version),
                (member?.name ?? save.givenBy).map { .text($0) } ?? .null, .integer(agreed ? 1 : 0),
                .integer(save.pending ? 1 : 0), .text(now), save.answerSource.map { .text($0) } ?? .null,
                .integer(save.toConfirm ? 1 : 0), save.givenOn.map { .text($0.description) } ?? .null,
            ])
    }

    private static func propose(
        _ db: SQLiteConnection, _ save: AnswerSave, teamID: String, member: MemberRecord, at now: String
    ) async throws {
        if save.pending || !save.value.isAnswered {
            _ = try await db.query(
                "DELETE FROM proposals WHERE team_id = ? AND path = ? AND member_id = ?",
                [.text(teamID), .text(save.path), .text(member.id)])
            return
        }
        _ = try await db.query(
            """
            INSERT INTO proposals (team_id, path, member_id, value, at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (team_id, path, member_id) DO UPDATE SET value = excluded.value, at = excluded.at
            """,
            [.text(teamID), .text(save.path), .text(member.id), .text(StoredValue.encode(save.value)), .text(now)])
    }

    // MARK: Rows

    private static func workshop(_ row: SQLiteRow) -> WorkshopRecord {
        WorkshopRecord(
            id: row.column("id")?.string ?? "", title: row.column("title")?.string ?? "",
            kitID: row.column("kit_id")?.string ?? "",
            kitVersion: row.column("kit_version").flatMap { $0.isNull ? nil : $0.string },
            language: Language(code: row.column("language")?.string ?? "") ?? .french,
            createdAt: date(row.column("created_at")),
            closedAt: row.column("closed_at").flatMap { $0.isNull ? nil : date($0) })
    }

    private static func team(_ row: SQLiteRow) -> TeamRecord {
        TeamRecord(
            id: row.column("id")?.string ?? "", workshopID: row.column("workshop_id")?.string ?? "",
            name: row.column("name")?.string ?? "", position: row.column("position")?.integer ?? 0)
    }

    private static func member(_ row: SQLiteRow) -> MemberRecord {
        MemberRecord(
            id: row.column("id")?.string ?? "", teamID: row.column("team_id")?.string ?? "",
            name: row.column("name")?.string ?? "")
    }

    private static func answer(_ row: SQLiteRow) -> TeamAnswer {
        TeamAnswer(
            path: row.column("path")?.string ?? "", value: StoredValue.decode(row.column("value")?.string ?? ""),
            version: row.column("version")?.integer ?? 0, memberName: row.column("member_name")?.string,
            agreed: row.column("agreed")?.bool ?? false, pending: row.column("pending")?.bool ?? false,
            at: date(row.column("at")), answerSource: row.column("answer_source")?.string,
            toConfirm: row.column("to_confirm")?.bool ?? false,
            givenOn: row.column("given_on")?.string.flatMap { CalendarDate(iso: $0) })
    }

    private static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func time(_ date: Date) -> String { timeStyle.format(date) }
    static func now() -> String { time(Date()) }
    static func date(_ data: SQLiteData?) -> Date {
        data?.string.flatMap { try? timeStyle.parse($0) } ?? Date(timeIntervalSince1970: 0)
    }
}
