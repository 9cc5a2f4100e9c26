/// Brings an answers file written for an earlier version of its kit to the kit's version, through the kit's
/// migrations (see `docs/versions.md`), editing its text so that its comments stay.
///
/// An answer that stays in its section is rewritten in its place, keeping the comments around it. An answer moved
/// to another section is written at its new place by `AnswersEditor`, and the comments above it and at the end of
/// its line go with it. An answer that no longer has a question, or no longer fits it, is never dropped: its lines
/// are kept aside as comments at the top of the answers, with the reason.
public enum AnswersMigration {
    /// Why an answer was kept aside rather than carried forward.
    public enum AsideReason: Sendable, Hashable {
        /// The kit removed the question; `note` is what the kit says about it.
        case removed(note: String?)
        /// No migration says where the question went.
        case noQuestion
        /// The answer does not fit the new question, or not the conversion: the decoder's message.
        case doesNotFit(String)
        /// Another answer of the file already answers the question it moves to.
        case alreadyAnswered(String)
    }

    public struct KeptAside: Sendable, Hashable {
        public var path: String
        public var reason: AsideReason
        /// The answer's lines as they were written.
        public var lines: [String]
    }

    /// An answer whose choices or value a migration changed.
    public struct Converted: Sendable, Hashable {
        public var path: QuestionPath
        public var before: String
        public var after: String
    }

    /// What a migration did.
    public struct Report: Sendable {
        public var from: String
        public var to: String
        public var moved: [(from: QuestionPath, to: QuestionPath)] = []
        public var converted: [Converted] = []
        public var keptAside: [KeptAside] = []
        /// Required questions without an answer in the migrated file.
        public var toAnswer: [QuestionPath] = []
        /// False when the file's layout could not be edited line by line (flow style) and was written again whole.
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
        /// The value as it was written, when a migration changed it.
        var before: Value?
        var aside: AsideReason?

        var isRewritten: Bool { aside != nil || changed != nil || path != original }
    }

    /// The comments an answer carries when it moves: the lines just above it and the end of its key line.
    private struct Comments {
        var above: [String]
        var trailing: String?
    }

    /// The migrated text and what happened. Throws when the file does not read, is for another kit, or its version
    /// has no migration to the kit's.
    /// - Parameter language: the language of the messages and of the comments written into the file.
    public static func migrate(text: String, path: String, kit: Kit, language: Language)
        throws(DiagnosticList) -> (text: String, report: Report)
    {
        var texts = SourceTexts()
        return try migrate(
            AnswersFile.read(text: text, path: path, language: language, texts: &texts), kit: kit, language: language)
    }

    /// `file`, already read, migrated: see `migrate(text:path:kit:language:)`.
    public static func migrate(_ file: AnswersFile, kit: Kit, language: Language)
        throws(DiagnosticList) -> (text: String, report: Report)
    {
        let text = file.text
        let versionNode = file.root["version"]
        let versionLocation = versionNode?.location ?? file.root.node.location
        guard file.kitID == kit.id else {
            throw DiagnosticList([
                Diagnostic(DecodingMessage.wrongKit(file.kitID, expected: kit.id), in: language, at: versionLocation)
            ])
        }
        var report = Report(from: file.kitVersion, to: kit.version)
        guard file.kitVersion != kit.version else { return (text, report) }
        guard let chain = kit.migrations(from: file.kitVersion), let lines = AnswerLines(text) else {
            throw DiagnosticList([
                Diagnostic(unknownVersion(file.kitVersion, kit: kit), in: language, at: versionLocation)
            ])
        }
        // A provenance entry that does not read is an error here as everywhere: migrating would drop it.
        var decoder = NodeDecoder()
        decoder.language = language
        if let provenance = file.root["provenance"] { _ = AnswersFile.provenanceEntries(provenance, decoder: &decoder) }
        let errors = decoder.collector.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        var entries = Self.entries(of: file)
        let pending = (file.root["pending"]?.sequence?.compactMap { $0.scalar.flatMap(QuestionPath.init) } ?? [])
            .compactMap { follow($0, through: chain) }
        for migration in chain {
            apply(migration, to: &entries, kit: kit, language: language)
        }
        var sheet = AnswerSheet(kitID: kit.id, kitVersion: kit.version, language: file.language)
        // Answers that stay where they were first, so that one moved onto an answered question is the one kept
        // aside.
        let order = entries.indices.sorted {
            (entries[$0].path != entries[$0].original ? 1 : 0, $0) < (
                entries[$1].path != entries[$1].original ? 1 : 0, $1
            )
        }
        for index in order where entries[index].aside == nil {
            if sheet.values[entries[index].path] != nil {
                entries[index].aside = .alreadyAnswered(entries[index].path.description)
                continue
            }
            decode(&entries[index], into: &sheet, kit: kit, language: language)
        }
        sheet.pending = Set(pending.filter { kit.question($0) != nil && !sheet[$0].isAnswered })
        for entry in provenanceEntries(of: file, entries: entries, through: chain, kit: kit) {
            guard let target = entry.target, !entry.provenance.isEmpty else { continue }
            sheet.provenance[target] = entry.provenance
        }
        report.moved = entries.filter { $0.aside == nil && $0.path != $0.original }.map { ($0.original, $0.path) }
        report.converted = entries.compactMap { entry in
            guard entry.aside == nil, let before = entry.before, before != sheet[entry.path] else { return nil }
            return Converted(path: entry.path, before: shown(before), after: shown(sheet[entry.path]))
        }
        report.keptAside = entries.compactMap { entry in
            entry.aside.map {
                KeptAside(path: entry.original.description, reason: $0, lines: Self.lines(of: entry, in: lines.lines))
            }
        }
        // The questions `check` will ask for: required and shown for these answers (a hidden one is not asked).
        report.toAnswer = Evaluation(kit: kit, sheet: sheet, today: CalendarDate(dayNumber: 0)).missingRequired
        var migrated: AnswerLines
        if let edited = edited(lines, file: file, entries: entries, sheet: sheet, kit: kit, versionNode: versionNode) {
            migrated = edited
        } else {
            report.commentsKept = false
            migrated = AnswerLines(AnswersWriter.yaml(sheet, kit: kit)) ?? lines
            // Written again whole, the file keeps the provenance of no question only in the comment of what was
            // kept aside.
            for entry in provenanceEntries(of: file, entries: entries, through: chain, kit: kit)
            where entry.target == nil && !entry.provenance.isEmpty {
                let key = entry.pair.key.scalar ?? ""
                let written = AnswersWriter.provenanceLines(entry.provenance, key: key, indent: "")
                report.keptAside.append(KeptAside(path: "provenance." + key, reason: .noQuestion, lines: written))
            }
        }
        migrated.lines.insert(
            contentsOf: asideComment(report, language: language), at: answersLine(of: migrated) ?? migrated.lines.count)
        return (migrated.text, report)
    }

    /// A version no migration starts from: newer than the kit when both are numbers and the file's is larger.
    private static func unknownVersion(_ version: String, kit: Kit) -> DecodingMessage {
        if let written = Double(version), let current = Double(kit.version), written > current {
            return .newerThanKit(version, kit: kit.id, found: kit.version)
        }
        return .noMigration(version, kit: kit.id, found: kit.version, from: kit.migrations.map(\.from))
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
    /// Answers kept apart from their file (a workshop's database) written as an answers file of `version` of
    /// `kit`, for `migrate` to bring forward: each value whole, a time as `19:30` where the question it leads to,
    /// or the conversion it meets on the way, reads a time.
    public static func earlierFile(
        of values: [QuestionPath: Value], pending: Set<QuestionPath>, provenance: [QuestionPath: AnswerProvenance],
        version: String, language: Language?, kit: Kit
    ) -> String {
        let chain = kit.migrations(from: version) ?? []
        let times = Set(values.keys.filter { values[$0]?.number != nil && readsTime($0, through: chain, kit: kit) })
        return AnswersWriter.yaml(
            kitID: kit.id, version: version, language: language, values: values, pending: pending,
            provenance: provenance, times: times)
    }

    /// Whether the answer to `path` is read as a time on its way through `chain`: by a conversion that reads the
    /// former value as a time, else by the question it leads to.
    private static func readsTime(_ path: QuestionPath, through chain: some Collection<Migration>, kit: Kit) -> Bool {
        let route = route(of: path, through: chain)
        if let conversion = route.conversion { return conversion == .time }
        return route.target.flatMap(kit.question)?.type == .time
    }

    /// Where `path` leads through the migrations of `chain`: nil when a migration removes it.
    static func follow(_ path: QuestionPath, through chain: some Collection<Migration>) -> QuestionPath? {
        route(of: path, through: chain).target
    }

    /// Where `path` leads through `chain` (nil when a migration removes it), and the kind of value the first
    /// conversion met on the way reads the answer as, if any; each migration removes, then moves, then converts.
    private static func route(of path: QuestionPath, through chain: some Collection<Migration>) -> (
        target: QuestionPath?, conversion: QuestionType?
    ) {
        var current = path
        var conversion: QuestionType?
        for migration in chain {
            for change in migration.changes {
                if case .remove(let removed, _) = change, removed == current { return (nil, conversion) }
            }
            for change in migration.changes {
                if case .move(let from, let to) = change, from == current {
                    current = to
                    break
                }
            }
            for change in migration.changes where conversion == nil {
                if case .convert(let converted, let type, _) = change, converted == current { conversion = type }
            }
        }
        return (current, conversion)
    }

    /// The file's `provenance:` entries, each with its question and the question it now describes: the one its
    /// answer was carried to (none when the answer was kept aside), else where the question leads; none too when
    /// that question is not in the kit or another entry describes it already (the entry of an answer that stayed
    /// in place first). An entry without a question goes with its answer's comment lines.
    private static func provenanceEntries(
        of file: AnswersFile, entries: [Entry], through chain: some Collection<Migration>, kit: Kit
    ) -> [(pair: YAMLPair, original: QuestionPath?, target: QuestionPath?, provenance: AnswerProvenance)] {
        var answered: [QuestionPath: QuestionPath?] = [:]
        for entry in entries { answered[entry.original] = entry.aside == nil ? entry.path : nil }
        var decoder = NodeDecoder()
        let written = file.root["provenance"].map { AnswersFile.provenanceEntries($0, decoder: &decoder) } ?? []
        var found: [(pair: YAMLPair, original: QuestionPath?, target: QuestionPath?, provenance: AnswerProvenance)] = []
        for (pair, key, provenance) in written {
            let original = QuestionPath(key)
            let target = original.flatMap { answered[$0] ?? follow($0, through: chain) }
            found.append((pair, original, target.flatMap { kit.question($0) != nil ? $0 : nil }, provenance))
        }
        var described: Set<QuestionPath> = []
        // The entries of answers that stayed in place first, so that one moved onto them gives way.
        let stays = found.map { $0.target != nil && $0.target == $0.original }
        let order = found.indices.sorted { (stays[$0] ? 0 : 1, $0) < (stays[$1] ? 0 : 1, $1) }
        for index in order {
            guard let target = found[index].target else { continue }
            if !described.insert(target).inserted { found[index].target = nil }
        }
        return found
    }

    private static func apply(_ migration: Migration, to entries: inout [Entry], kit: Kit, language: Language) {
        for change in migration.changes {
            guard case .remove(let path, let note) = change else { continue }
            for index in entries.indices where entries[index].path == path && entries[index].aside == nil {
                entries[index].aside = .removed(note: note?.resolve(language, fallbacks: kit.fallbacks))
            }
        }
        for change in migration.changes {
            guard case .move(let from, let to) = change else { continue }
            for index in entries.indices where entries[index].path == from && entries[index].aside == nil {
                entries[index].path = to
            }
        }
        for change in migration.changes {
            switch change {
            case .choices(let path, let map):
                for index in entries.indices where entries[index].path == path && entries[index].aside == nil {
                    let value = entries[index].changed ?? Value(yaml: entries[index].pair.value)
                    entries[index].before = entries[index].before ?? value
                    entries[index].changed = mapped(value, map)
                }
            case .convert(let path, let type, let expression):
                for index in entries.indices where entries[index].path == path && entries[index].aside == nil {
                    convert(&entries[index], from: type, by: expression, language: language)
                }
            case .move, .remove:
                continue
            }
        }
    }

    /// The former value read as the conversion says it was (a value of another kind is kept aside, never guessed
    /// at), then converted.
    private static func convert(
        _ entry: inout Entry, from type: QuestionType, by expression: Expression, language: Language
    ) {
        let node = entry.changed.map { YAMLNode(value: $0, at: entry.pair.value.location) } ?? entry.pair.value
        var decoder = NodeDecoder()
        decoder.language = language
        var locations: [String: SourceLocation] = [:]
        let former = Question.plain(id: entry.path.question, type: type)
        let old = AnswerDecoder.value(
            of: node, for: former, decoder: &decoder, path: entry.original.description, locations: &locations)
        if let problem = decoder.collector.errors.first {
            entry.aside = .doesNotFit(problem.message)
            return
        }
        entry.before = entry.before ?? old ?? .null
        entry.changed = expression.evaluate(
            in: MigrationEnvironment(language: language), bindings: [Migration.oldName: old ?? .null])
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
        let value = AnswerDecoder.value(
            of: node, for: question, criteria: kit.itemIDs(question.criteriaCatalogue),
            requirements: kit.itemIDs(question.requirementsCatalogue), decoder: &decoder,
            path: entry.path.description, locations: &locations)
        if let problem = decoder.collector.errors.first {
            entry.aside = .doesNotFit(problem.message)
        } else if let value {
            sheet[entry.path] = value
        }
    }

    /// The file's lines brought to the new version, or nil when its layout cannot be edited line by line (flow
    /// style): the version changed; an answer that stays in its section rewritten in its place; the others taken
    /// out, then placed by `AnswersEditor`, with the comments they carry.
    private static func edited(
        _ lines: AnswerLines, file: AnswersFile, entries: [Entry], sheet: AnswerSheet, kit: Kit, versionNode: YAMLNode?
    ) -> AnswerLines? {
        let sections = file.root["answers"]?.mapping ?? []
        // A section the new version does not have goes whole, however it is written: its answers are kept aside.
        let gone = sections.filter { kit.section($0.key.scalar ?? "") == nil }
        let goneIDs = Set(gone.compactMap(\.key.scalar))
        guard sections.allSatisfy({ startsItsLine($0, in: lines.lines) }),
            entries.filter({ $0.isRewritten && !goneIDs.contains($0.original.section) }).allSatisfy({
                startsItsLine($0.pair, in: lines.lines)
            })
        else { return nil }
        var result = lines
        var replaced: [(range: Range<Int>, lines: [String])] = []
        var carried: [QuestionPath: Comments] = [:]
        for section in gone {
            let start = section.key.location.line - 1
            replaced.append((start..<AnswersEditor.end(of: section, among: sections, in: lines.lines), []))
        }
        for entry in entries where entry.isRewritten && !goneIDs.contains(entry.original.section) {
            let start = entry.pair.key.location.line - 1
            let end = AnswersEditor.end(of: entry.pair, among: entry.siblings, in: lines.lines)
            let trailing = AnswersEditor.trailingComment(of: entry.pair, in: lines.lines)
            guard entry.aside == nil, let question = kit.question(entry.path) else {
                replaced.append((start..<end, []))
                continue
            }
            let indent = String(repeating: " ", count: entry.pair.key.location.column - 1)
            if entry.path.section == entry.original.section {
                var written = AnswersWriter.entry(
                    key: question.id, value: sheet[entry.path], question: question, kit: kit, indent: indent)
                if let trailing, !written.isEmpty { written[0] += "  " + trailing }
                replaced.append((start..<end, written))
            } else {
                // The comment lines just above go with the answer to its new section.
                var first = start
                while first > 0, lines.lines[first - 1].drop(while: { $0 == " " }).hasPrefix("#") { first -= 1 }
                let above = lines.lines[first..<start].map { $0.drop(while: { $0 == " " }) }.map(String.init)
                carried[entry.path] = Comments(above: above, trailing: trailing)
                replaced.append((first..<end, []))
            }
        }
        // `provenance:` entries follow their questions; one whose question went stays as comment lines.
        let chain = kit.migrations(from: file.kitVersion) ?? []
        let provenance = file.root["provenance"]?.mapping ?? []
        let found = provenanceEntries(of: file, entries: entries, through: chain, kit: kit)
        let rootPairs = file.root.node.mapping ?? []
        if let block = rootPairs.first(where: { $0.key.scalar == "provenance" }), startsItsLine(block, in: lines.lines),
            !provenance.allSatisfy({ startsItsLine($0, in: lines.lines) })
        {
            // Written in flow style (`{…}`): the block is written again, one entry a line, the entries of no
            // question as comments, the comment of its line kept.
            let start = block.key.location.line - 1
            let end = AnswersEditor.end(of: block, among: rootPairs, in: lines.lines)
            let comment = AnswersEditor.trailingComment(of: block, in: lines.lines)
            var written = ["provenance:" + (comment.map { "  " + $0 } ?? "")]
            for entry in found where entry.target == nil {
                let key = entry.pair.key.scalar ?? ""
                written += AnswersWriter.provenanceLines(entry.provenance, key: key, indent: "  ").map { "# " + $0 }
            }
            written += kit.allQuestions.flatMap { AnswersWriter.provenanceLines(sheet, path: $0.path, indent: "  ") }
            replaced.append((start..<end, written))
        } else {
            for (pair, original, target, _) in found where target != original {
                guard startsItsLine(pair, in: lines.lines) else { return nil }
                let start = pair.key.location.line - 1
                let end = AnswersEditor.end(of: pair, among: provenance, in: lines.lines)
                if let target {
                    var moved = Array(lines.lines[start..<end])
                    let column = moved[0].index(moved[0].startIndex, offsetBy: pair.key.location.column - 1)
                    moved[0].replaceSubrange(
                        column..<moved[0].endIndex,
                        with: moved[0][column...].replacingOccurrences(
                            of: original?.description ?? "", with: target.description, options: .anchored))
                    replaced.append((start..<end, moved))
                } else {
                    replaced.append((start..<end, lines.lines[start..<end].map { "# " + $0 }))
                }
            }
        }
        // A section all of whose lines leave goes with them, rather than stay as an empty key.
        let removed = Set(replaced.filter(\.lines.isEmpty).flatMap { Array($0.range) })
        for section in sections where !goneIDs.contains(section.key.scalar ?? "") {
            let start = section.key.location.line - 1
            let range = start..<AnswersEditor.end(of: section, among: sections, in: lines.lines)
            let emptied = range.dropFirst().allSatisfy { index in
                removed.contains(index) || lines.lines[index].allSatisfy { $0 == " " }
            }
            if emptied, range.count > 1 { replaced.append((range, [])) }
        }
        for (range, newLines) in merged(replaced) {
            result.lines.replaceSubrange(range, with: newLines)
        }
        if let versionNode, versionNode.location.line - 1 < result.lines.count {
            let index = versionNode.location.line - 1
            let comment = AnswersEditor.trailingComment(
                of: YAMLPair(
                    key: YAMLNode(.scalar("version", .plain), at: SourceLocation(file: "", line: index + 1, column: 1)),
                    value: versionNode),
                in: lines.lines)
            result.lines[index] =
                "version: " + YAMLScalar.doubleQuoted(sheet.kitVersion) + (comment.map { "  " + $0 } ?? "")
        }
        guard let placed = AnswersEditor.edited(result.text, to: sheet, kit: kit), var final = AnswerLines(placed)
        else { return nil }
        withComments(carried, in: &final, sheet: sheet, kit: kit)
        return final
    }

    /// The ranges to replace, from the bottom up; a range inside another (an answer in a section that goes whole)
    /// is dropped with it, and two that overlap are taken as one.
    private static func merged(_ replaced: [(range: Range<Int>, lines: [String])]) -> [(Range<Int>, [String])] {
        var kept: [(Range<Int>, [String])] = []
        let ordered = replaced.sorted {
            ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound)
        }
        for item in ordered {
            if let last = kept.last, item.range.lowerBound < last.0.upperBound {
                if item.range.upperBound > last.0.upperBound {
                    kept[kept.count - 1] = (last.0.lowerBound..<item.range.upperBound, last.1 + item.lines)
                }
                continue
            }
            kept.append(item)
        }
        return kept.reversed()
    }

    /// The comments of the answers that moved, put back at their new place; left out should the file then not
    /// read as the same answers.
    private static func withComments(
        _ carried: [QuestionPath: Comments], in lines: inout AnswerLines, sheet: AnswerSheet, kit: Kit
    ) {
        guard !carried.isEmpty, let root = try? YAMLReader().read(text: lines.text, file: "answers.yaml"),
            let sections = root.mapping?.first(where: { $0.key.scalar == "answers" })?.value.mapping
        else { return }
        var inserts: [(line: Int, above: [String], trailing: String?)] = []
        for section in sections {
            for pair in section.value.mapping ?? [] {
                guard let sectionID = section.key.scalar, let questionID = pair.key.scalar,
                    let comments = carried[QuestionPath(sectionID, questionID)]
                else { continue }
                let indent = String(repeating: " ", count: pair.key.location.column - 1)
                inserts.append((pair.key.location.line - 1, comments.above.map { indent + $0 }, comments.trailing))
            }
        }
        var candidate = lines
        for insert in inserts.sorted(by: { $0.line > $1.line }) {
            if let trailing = insert.trailing { candidate.lines[insert.line] += "  " + trailing }
            candidate.lines.insert(contentsOf: insert.above, at: insert.line)
        }
        if let (_, reread) = AnswersEditor.read(candidate.text, kit: kit), reread.hasSameContent(as: sheet) {
            lines = candidate
        }
    }

    /// Whether only spaces come before the key on its line: a block mapping, edited by lines.
    private static func startsItsLine(_ pair: YAMLPair, in lines: [String]) -> Bool {
        let line = pair.key.location.line - 1
        guard lines.indices.contains(line) else { return false }
        let before = lines[line].unicodeScalars.prefix(pair.key.location.column - 1)
        return before.count == pair.key.location.column - 1 && before.allSatisfy { $0 == " " }
    }

    /// The lines of the answer as written, for the comment that keeps it aside.
    private static func lines(of entry: Entry, in lines: [String]) -> [String] {
        let start = entry.pair.key.location.line - 1
        guard startsItsLine(entry.pair, in: lines) else {
            // A flow-style answer: written again on one line.
            return [entry.original.question + ": " + shown(Value(yaml: entry.pair.value))]
        }
        let end = AnswersEditor.end(of: entry.pair, among: entry.siblings, in: lines)
        let written = Array(lines[start..<max(start + 1, end)])
        let indent = written.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return written.map { String($0.dropFirst(indent)) }
    }

    /// A value as a report shows it: YAML's flow style on one line, as the answers file writes it.
    private static func shown(_ value: Value) -> String { AnswersWriter.scalar(value) }

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
