/// The tables of a workshop database, in SQL that SQLite and PostgreSQL both read, and their version.
///
/// Ids are text made by the application and times ISO 8601 text, so no dialect's own types or sequences are
/// needed; `answer_events` orders by `seq`, counted by the application per team. A new version
/// of the schema adds a step to `migrations`; a database of a newer version than the program is refused.
enum SQLiteSchema {
    static let version = 2

    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE organiser_keys (digest TEXT PRIMARY KEY, created_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE workshops (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, kit_id TEXT NOT NULL, language TEXT NOT NULL,
                trainer_digest TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, closed_at TEXT)
            """,
            """
            CREATE TABLE teams (
                id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL REFERENCES workshops (id), name TEXT NOT NULL,
                position INTEGER NOT NULL, join_digest TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)
            """,
            "CREATE INDEX teams_workshop ON teams (workshop_id, position)",
            """
            CREATE TABLE members (
                id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams (id), name TEXT NOT NULL,
                session_digest TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)
            """,
            "CREATE INDEX members_team ON members (team_id)",
            """
            CREATE TABLE team_answers (
                team_id TEXT NOT NULL REFERENCES teams (id), path TEXT NOT NULL, value TEXT NOT NULL,
                version INTEGER NOT NULL, member_name TEXT, agreed INTEGER NOT NULL, pending INTEGER NOT NULL,
                at TEXT NOT NULL, PRIMARY KEY (team_id, path))
            """,
            """
            CREATE TABLE proposals (
                team_id TEXT NOT NULL REFERENCES teams (id), path TEXT NOT NULL,
                member_id TEXT NOT NULL REFERENCES members (id), value TEXT NOT NULL, at TEXT NOT NULL,
                PRIMARY KEY (team_id, path, member_id))
            """,
            """
            CREATE TABLE answer_events (
                team_id TEXT NOT NULL REFERENCES teams (id), seq INTEGER NOT NULL, path TEXT NOT NULL,
                kind TEXT NOT NULL, member_name TEXT, value TEXT NOT NULL, pending INTEGER NOT NULL,
                source TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (team_id, seq))
            """,
            "CREATE INDEX answer_events_path ON answer_events (team_id, path, seq)",
        ],
        // 2: where each answer comes from, and the kit version a workshop's answers are for.
        [
            "ALTER TABLE team_answers ADD COLUMN answer_source TEXT",
            "ALTER TABLE team_answers ADD COLUMN to_confirm INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE team_answers ADD COLUMN given_on TEXT",
            "ALTER TABLE workshops ADD COLUMN kit_version TEXT",
        ],
    ]
}
