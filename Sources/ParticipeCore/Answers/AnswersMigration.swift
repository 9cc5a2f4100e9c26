/// Brings an answers file written for an earlier version of its kit to the kit's version, through the kit's
/// migrations (see `docs/versions.md`), editing its text so that its comments stay.
///
/// Answers that no migration touches keep their lines. An answer moved, renamed or converted is written at its new
/// place by `AnswersEditor`. An answer that no longer has a question, or no longer fits it, is never dropped: its
/// lines are kept aside as comments at the top of the answers, with the reason.
public enum AnswersMigration {
    /// Why an answer was kept aside rather than carried forward.
    public enum AsideReason: Sendable, Hashable {
        /// The kit removed the question; `note` is what the kit says about it.
        case removed(note: String?)
        /// No migration says where the question went.
        case noQuestion
        /// The answer does not fit the new question: the decoder's message.
        case doesNotFit(String)
    }

    public struct KeptAside: Sendable, Hashable {
        public var path: String
        public var reason: AsideReason
        /// The answer's lines as they were written.
        public var lines: [String]
    }

    /// What a migration did.
    public struct Report: Sendable {
        public var from: String
        public var to: String
        public var moved: [(from: QuestionPath, to: QuestionPath)] = []
        /// Answers whose choices were renamed, merged or split, or whose value was converted.
        public var converted: [QuestionPath] = []
        public var keptAside: [KeptAside] = []
        /// Required questions without an answer in the migrated file.
        public var toAnswer: [QuestionPath] = []
        /// False when the file's layout could not be edited line by line and was written again whole.
        public var commentsKept = true
    }

    /// An answer as the file holds it, followed through the migrations.
    private struct Entry {
        var original: QuestionPath
        var path: QuestionPath
        var pair: YAMLPair
        var siblings: [YAMLPair]
        /// The value, once a migration changed it; nil while the written one stands.
        var changed: Value?
        var aside: AsideReason?
    }

    /// The migrated text and what happened. Throws when the file does not read, is for another kit, or its version
    /// has no migration to the kit's.
    /// - Parameter language: the language of the messages and of the comments written into the file.
    public static func migrate(text: String, path: String, kit: Kit, language: Language)
        throws(DiagnosticList) -> (text: String, report: Report)
    {
        var reader = YAMLReader()
        reader.language = language
        let root: YAMLNode
        do {
            root = try reader.read(text: text, file: path)
        } catch {
            throw DiagnosticList([error])
        }
        let file = try AnswersFile.header(of: root, path: path, language: language)
        let versionLocation = file.root["version"]?.location ?? root.location
        guard file.kitID == kit.id else {
            throw DiagnosticList([
                Diagnostic(DecodingMessage.wrongKit(file.kitID, expected: kit.id), in: language, at: versionLocation)
            ])
        }
        var report = Report(from: file.kitVersion, to: kit.version)
        guard file.kitVersion != kit.version else { return (text, report) }
        guard let chain = kit.migrations(from: file.kitVersion), let lines = AnswerLines(text) else {
            let message = DecodingMessage.noMigration(
                file.kitVersion, kit: kit.id, found: kit.version, from: kit.migrations.map(\.from))
            throw DiagnosticList([Diagnostic(message, in: language, at: versionLocation)])
        }
        var entries = Self.entries(of: file)
        var pending = file.root["pending"]?.sequence?.compactMap { $0.scalar.flatMap(QuestionPath.init) } ?? []
        for migration in chain {
            apply(migration, to: &entries, pending: &pending, report: &report, kit: kit, language: language)
        }
        var sheet = AnswerSheet(kitID: kit.id, kitVersion: kit.version, language: file.language)
        for index in entries.indices where entries[index].aside == nil {
            decode(&entries[index], into: &sheet, kit: kit, language: language)
        }
        sheet.pending = Set(pending.filter { kit.question($0) != nil && !sheet[$0].isAnswered })
        report.keptAside = entries.compactMap { entry in
            entry.aside.map {
                KeptAside(path: entry.original.description, reason: $0, lines: Self.lines(of: entry, in: lines.lines))
            }
        }
        report.toAnswer = kit.allQuestions.filter { $0.question.required == .always && !sheet[$0.path].isAnswered }
            .map(\.path)
        var migrated = rewritten(
            lines, entries: entries, sheet: sheet, kit: kit, version: kit.version, versionLine: versionLocation.line)
        if let edited = AnswersEditor.edited(migrated.text, to: sheet, kit: kit) {
            migrated = AnswerLines(edited) ?? migrated
        } else {
            report.commentsKept = false
            migrated = AnswerLines(AnswersWriter.yaml(sheet, kit: kit)) ?? migrated
        }
        migrated.lines.insert(
            contentsOf: asideComment(report, language: language), at: answersLine(of: migrated) ?? migrated.lines.count)
        return (migrated.text, report)
    }

    /// Every answer of the file, with the pair that holds it.
    private static func entries(of file: AnswersFile) -> [Entry] {
        guard let sections = file.root["answers"]?.mapping else { return [] }
        return sections.flatMap { section -> [Entry] in
            let questions = section.value.mapping ?? []
            return questions.compactMap { pair in
                guard let sectionID = section.key.scalar, let questionID = pair.key.scalar else { return nil }
                let path = QuestionPath(sectionID, questionID)
                return Entry(original: path, path: path, pair: pair, siblings: questions)
            }
        }
    }

    /// One migration's changes: removals, then moves, then choices and conversions on the new paths.
    private static func apply(
        _ migration: Migration, to entries: inout [Entry], pending: inout [QuestionPath], report: inout Report,
        kit: Kit, language: Language
    ) {
        for change in migration.changes {
            guard case .remove(let path, let note) = change else { continue }
            for index in entries.indices where entries[index].path == path && entries[index].aside == nil {
                entries[index].aside = .removed(note: note?.resolve(language, fallbacks: kit.fallbacks))
            }
            pending.removeAll { $0 == path }
        }
        for change in migration.changes {
            guard case .move(let from, let to) = change else { continue }
            for index in entries.indices where entries[index].path == from && entries[index].aside == nil {
                entries[index].path = to
                report.moved.append((entries[index].original, to))
            }
            pending = pending.map { $0 == from ? to : $0 }
        }
        for change in migration.changes {
            switch change {
            case .choices(let path, let map):
                for index in entries.indices where entries[index].path == path && entries[index].aside == nil {
                    let value = entries[index].changed ?? Value(yaml: entries[index].pair.value)
                    entries[index].changed = mapped(value, map)
                    if !report.converted.contains(path) { report.converted.append(path) }
                }
            case .convert(let path, let expression):
                for index in entries.indices where entries[index].path == path && entries[index].aside == nil {
                    let old = entries[index].changed ?? Value(yaml: entries[index].pair.value)
                    let environment = MigrationEnvironment(language: language)
                    entries[index].changed = expression.evaluate(
                        in: environment, bindings: [Migration.oldName: old])
                    if !report.converted.contains(path) { report.converted.append(path) }
                }
            case .move, .remove:
                continue
            }
        }
    }

    /// Choice ids renamed, merged or split: in a single id, a list of ids or the keys of points.
    private static func mapped(_ value: Value, _ map: [String: [String]]) -> Value {
        switch value {
        case .text(let id):
            guard let targets = map[id] else { return value }
            return targets.count == 1 ? .text(targets[0]) : .list(targets.map(Value.text))
        case .list(let items):
            var seen: Set<Value> = []
            return .list(
                items.flatMap { mapped($0, map).list ?? [mapped($0, map)] }.filter { seen.insert($0).inserted })
        case .record(let points):
            var result: [String: Value] = [:]
            for (key, number) in points {
                for target in map[key] ?? [key] {
                    result[target] = .number((result[target]?.number ?? 0) + (number.number ?? 0))
                }
            }
            return .record(result)
        default:
            return value
        }
    }

    /// Reads the answer as the new question reads it; one that does not fit is kept aside.
    private static func decode(_ entry: inout Entry, into sheet: inout AnswerSheet, kit: Kit, language: Language) {
        guard let question = kit.question(entry.path) else {
            entry.aside = .noQuestion
            return
        }
        var decoder = NodeDecoder()
        decoder.language = language
        var locations: [String: SourceLocation] = [:]
        let node = entry.changed.map { YAMLNode(value: $0, at: entry.pair.value.location) } ?? entry.pair.value
        let criteria = question.criteriaCatalogue.flatMap(kit.catalogue)?.items.map(\.id) ?? []
        let value = AnswerDecoder.value(
            of: node, for: question, criteria: criteria, decoder: &decoder, path: entry.path.description,
            locations: &locations)
        if let problem = decoder.collector.errors.first {
            entry.aside = .doesNotFit(problem.message)
        } else if let value {
            sheet[entry.path] = value
        }
    }

    /// The file's lines with its version changed; an answer that stays in its section is rewritten in its place
    /// (under a new key when renamed), so that the comments around it stay; one that leaves its section or is kept
    /// aside is taken out. What remains reads as answers to the new version.
    private static func rewritten(
        _ lines: AnswerLines, entries: [Entry], sheet: AnswerSheet, kit: Kit, version: String, versionLine: Int
    ) -> AnswerLines {
        var result = lines
        var replaced: [(range: Range<Int>, lines: [String])] = []
        for entry in entries where entry.aside != nil || entry.changed != nil || entry.path != entry.original {
            let start = entry.pair.key.location.line - 1
            let range = start..<AnswersEditor.end(of: entry.pair, among: entry.siblings, in: lines.lines)
            let indent = String(repeating: " ", count: entry.pair.key.location.column - 1)
            // Only an entry whose key starts its line (block style) can be rewritten line by line.
            guard entry.aside == nil, entry.path.section == entry.original.section,
                let question = kit.question(entry.path), lines.lines[start].hasPrefix(indent + entry.original.question)
            else {
                replaced.append((range, []))
                continue
            }
            let written = AnswersWriter.entry(
                key: question.id, value: sheet[entry.path], question: question, kit: kit, indent: indent)
            replaced.append((range, written))
        }
        for (range, newLines) in replaced.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.lines.replaceSubrange(range, with: newLines)
        }
        if versionLine - 1 < result.lines.count {
            result.lines[versionLine - 1] = "version: " + YAMLScalar.doubleQuoted(version)
        }
        return result
    }

    /// The lines of the answer as written, for the comment that keeps it aside.
    private static func lines(of entry: Entry, in lines: [String]) -> [String] {
        let start = entry.pair.key.location.line - 1
        let end = AnswersEditor.end(of: entry.pair, among: entry.siblings, in: lines)
        let written = Array(lines[start..<end])
        let indent = written.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return written.map { String($0.dropFirst(indent)) }
    }

    /// Where the comment goes: before `answers:`.
    private static func answersLine(of lines: AnswerLines) -> Int? {
        lines.lines.firstIndex { $0.hasPrefix("answers:") }
    }

    /// The answers kept aside, as comments: a line saying why, then the answer as it was written.
    private static func asideComment(_ report: Report, language: Language) -> [String] {
        guard !report.keptAside.isEmpty else { return [] }
        var lines = ["# " + MigrationWording.keptAsideHeader(from: report.from, to: report.to).text(in: language)]
        for aside in report.keptAside {
            lines.append("#   " + MigrationWording.reason(aside.path, aside.reason).text(in: language))
            lines += aside.lines.map { "#     " + $0 }
        }
        return lines
    }
}

/// Conversions read only `old`: no answer, no date of the day that could differ between two runs.
private struct MigrationEnvironment: ExpressionEnvironment {
    let language: Language
    func value(of path: [String]) -> Value { .null }
    var today: CalendarDate { CalendarDate(dayNumber: 0) }
}
