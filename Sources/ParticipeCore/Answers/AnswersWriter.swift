import Foundation

/// Writes an answer sheet as `answers.yaml`, in the kit's question order, so that reading it back gives the same sheet.
public enum AnswersWriter {
    public static func yaml(_ sheet: AnswerSheet, kit: Kit) -> String {
        var lines = header(kitID: sheet.kitID, version: sheet.kitVersion, language: sheet.language)
        if let pending = pendingLine(sheet, kit: kit) { lines.append(pending) }
        var sectionLines: [String] = []
        for section in kit.sections {
            var questionLines: [String] = []
            for question in section.questions {
                let value = sheet[QuestionPath(section.id, question.id)]
                guard value != .null else { continue }
                questionLines += entry(key: question.id, value: value, question: question, kit: kit, indent: "    ")
            }
            if !questionLines.isEmpty { sectionLines += ["  \(section.id):"] + questionLines }
        }
        lines += sectionLines.isEmpty ? ["answers: {}"] : ["answers:"] + sectionLines
        let provenance = kit.allQuestions.flatMap { provenanceLines(sheet, path: $0.path, indent: "  ") }
        if !provenance.isEmpty { lines += ["provenance:"] + provenance }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Answers kept apart from the kit they were given for (a workshop's database after the kit changed)
    /// written as an answers file of `version`: each value under its section and question, whole (every key of a
    /// record, every field of an item) in flow style, a text of several lines as a block, a number of `times` as
    /// `19:30`; with the questions left for later and where each answer comes from.
    static func yaml(
        kitID: String, version: String, language: Language?, values: [QuestionPath: Value],
        pending: Set<QuestionPath>, provenance: [QuestionPath: AnswerProvenance], times: Set<QuestionPath>
    ) -> String {
        var lines = header(kitID: kitID, version: version, language: language)
        if !pending.isEmpty {
            lines.append("pending: [" + pending.map(\.description).sorted().joined(separator: ", ") + "]")
        }
        let paths = values.keys.filter { values[$0] != .null }.sorted()
        lines += paths.isEmpty ? ["answers: {}"] : ["answers:"]
        var section: String?
        for path in paths {
            if path.section != section {
                lines.append("  \(path.section):")
                section = path.section
            }
            let value = values[path] ?? .null
            if times.contains(path), let minutes = value.number {
                lines.append("    \(path.question): \"\(NumberFormat.clock(minutes))\"")
            } else if case .text(let text) = value, let block = YAMLScalar.block(text, indent: "      ") {
                lines.append("    \(path.question): \(block)")
            } else {
                lines.append("    \(path.question): \(flow(value))")
            }
        }
        let entries = provenance.keys.sorted().flatMap {
            provenanceLines(provenance[$0], key: $0.description, indent: "  ")
        }
        if !entries.isEmpty { lines += ["provenance:"] + entries }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The entry of `path` under `provenance:`, its fields one per line; none when nothing is recorded.
    static func provenanceLines(_ sheet: AnswerSheet, path: QuestionPath, indent: String) -> [String] {
        provenanceLines(sheet.provenance[path], key: path.description, indent: indent)
    }

    /// An entry under `provenance:` keyed `key` as written, its fields one per line; none when it says nothing.
    static func provenanceLines(_ entry: AnswerProvenance?, key: String, indent: String) -> [String] {
        guard let entry, !entry.isEmpty else { return [] }
        var lines = ["\(indent)\(key):"]
        if let source = entry.source { lines.append("\(indent)  source: \(YAMLScalar.quoted(source))") }
        if let by = entry.by { lines.append("\(indent)  by: \(YAMLScalar.quoted(by))") }
        if let date = entry.date { lines.append("\(indent)  date: \(date)") }
        if entry.toConfirm { lines.append("\(indent)  to_confirm: true") }
        return lines
    }

    /// `pending: [a.b, c.d]`, in questionnaire order; nil when nothing is pending.
    static func pendingLine(_ sheet: AnswerSheet, kit: Kit) -> String? {
        let paths = kit.allQuestions.map(\.path).filter { sheet.pending.contains($0) && !sheet[$0].isAnswered }
        return paths.isEmpty ? nil : "pending: [" + paths.map(\.description).joined(separator: ", ") + "]"
    }

    static func header(kitID: String, version: String, language: Language?) -> [String] {
        var lines = ["kit: \(YAMLScalar.quoted(kitID))", "version: \(YAMLScalar.doubleQuoted(version))"]
        if let language { lines.append("language: \(language)") }
        return lines
    }

    /// Writes atomically: a temporary file in the same folder, then a rename, so a crash never leaves half a file.
    /// When the file exists and reads as answers to `kit`, only the lines of the answers that changed are
    /// rewritten (`AnswersEditor`): its comments, blank lines and quoting stay. Otherwise the whole file is written.
    public static func save(_ sheet: AnswerSheet, kit: Kit, to path: String) throws(AtomicFileError) {
        try AtomicFile.write(savedText(sheet, kit: kit, over: path), to: path)
    }

    /// What `save` writes over `path`: the file's text edited answer by answer when it can be, else `yaml`.
    static func savedText(_ sheet: AnswerSheet, kit: Kit, over path: String) -> String {
        guard case .success(let bytes) = BoundedFile.contents(of: path, limit: YAMLReader.defaultMaximumSize),
            let current = String(validating: bytes, as: UTF8.self),
            let edited = AnswersEditor.edited(current, to: sheet, kit: kit)
        else { return yaml(sheet, kit: kit) }
        return edited
    }

    static func entry(key: String, value: Value, question: Question, kit: Kit, indent: String) -> [String] {
        switch (question.type, value) {
        case (.list, .list(let items)):
            if items.isEmpty { return ["\(indent)\(key): []"] }
            var lines = ["\(indent)\(key):"]
            for item in items {
                let fields = item.record ?? [:]
                var itemLines: [String] = []
                for field in question.fields {
                    guard let fieldValue = fields[field.id], fieldValue != .null else { continue }
                    itemLines += entry(
                        key: field.id, value: fieldValue, question: field, kit: kit, indent: indent + "    ")
                }
                if itemLines.isEmpty { itemLines = ["\(indent)    {}"] }
                itemLines[0] = indent + "  - " + itemLines[0].dropFirst(indent.count + 4)
                lines += itemLines
            }
            return lines
        case (.scores, .list(let rows)):
            let criteria = question.criteriaCatalogue.flatMap(kit.catalogue)?.items.map(\.id) ?? []
            return ["\(indent)\(key):"] + rows.flatMap { scoreRow($0, criteria: criteria, indent: indent) }
        case (.time, .number(let minutes)):
            return ["\(indent)\(key): \"\(NumberFormat.clock(minutes))\""]
        case (.points, .record(let points)):
            let entries = question.choiceIDs.compactMap { id in points[id].map { "\(indent)  \(id): \(scalar($0))" } }
            return entries.isEmpty ? ["\(indent)\(key): {}"] : ["\(indent)\(key):"] + entries
        case (_, .list(let items)):
            return ["\(indent)\(key): [" + items.map(scalar).joined(separator: ", ") + "]"]
        case (_, .text(let text)):
            if let block = YAMLScalar.block(text, indent: indent + "  ") { return ["\(indent)\(key): \(block)"] }
            return ["\(indent)\(key): \(YAMLScalar.quoted(text))"]
        default:
            return ["\(indent)\(key): \(scalar(value))"]
        }
    }

    private static func scoreRow(_ row: Value, criteria: [String], indent: String) -> [String] {
        let fields = row.record ?? [:]
        var lines = ["\(indent)  - candidate: \(YAMLScalar.quoted(fields["candidate"]?.text ?? ""))"]
        if let lot = fields["lot"]?.text { lines.append("\(indent)    lot: \(YAMLScalar.quoted(lot))") }
        if let price = fields["price"], price != .null { lines.append("\(indent)    price: \(scalar(price))") }
        if let scores = fields["scores"]?.record {
            let entries = criteria.compactMap { id in scores[id].map { "\(indent)      \(id): \(scalar($0))" } }
            lines += entries.isEmpty ? ["\(indent)    scores: {}"] : ["\(indent)    scores:"] + entries
        }
        if let fails = fields["fails"]?.list {
            lines.append("\(indent)    fails: [" + fails.map(scalar).joined(separator: ", ") + "]")
        }
        if let asked = fields["regularisation"]?.boolean { lines.append("\(indent)    regularisation: \(asked)") }
        if let notes = fields["notes"]?.text { lines.append("\(indent)    notes: \(YAMLScalar.quoted(notes))") }
        return lines
    }

    /// A value of any shape in flow style, every text double-quoted (a comma or a brace in it stays text).
    static func flow(_ value: Value) -> String {
        switch value {
        case .text(let text): YAMLScalar.doubleQuoted(text)
        case .list(let items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .record(let fields):
            "{"
                + fields.keys.sorted().map { YAMLScalar.doubleQuoted($0) + ": " + flow(fields[$0] ?? .null) }
                .joined(separator: ", ") + "}"
        default: scalar(value)
        }
    }

    static func scalar(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .boolean(let flag): flag ? "true" : "false"
        case .number(let number): NumberFormat.plain(number)
        case .text(let text): YAMLScalar.quoted(text)
        case .date(let date): date.description
        case .list(let items): "[" + items.map(scalar).joined(separator: ", ") + "]"
        case .record(let fields):
            "{" + fields.keys.sorted().map { "\($0): \(scalar(fields[$0] ?? .null))" }.joined(separator: ", ") + "}"
        }
    }
}
