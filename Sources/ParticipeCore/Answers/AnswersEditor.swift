/// Saves answers into an existing `answers.yaml` by editing its text: only the lines of the answers that
/// changed are rewritten, and every other line (comments, blank lines, quoting, number spelling) stays.
///
/// An entry's lines run from its key line to its last line of value, before the next key at the same or a
/// lower indentation; the comments and blank lines after that value belong to what follows and stay. A new
/// answer goes after the entry of the question before it in the kit (a new section after the section before
/// it), an answer cleared loses its entry. Each entry is written by `AnswersWriter.entry`, indented like
/// the file.
public enum AnswersEditor {
    /// `text` with the entries of the answers that differ from `sheet` replaced, added or removed; `nil` when
    /// the text cannot be edited safely (it does not parse, its header is not the sheet's, it holds answers
    /// that do not fit the kit, the answers are written in flow style `{…}`), and the whole file is to be
    /// written instead. The result is checked: it reads back as `sheet`, or `nil`.
    public static func edited(_ text: String, to sheet: AnswerSheet, kit: Kit) -> String? {
        guard let lines = AnswerLines(text), let (root, old) = read(text, kit: kit),
            old.kitID == sheet.kitID, old.kitVersion == sheet.kitVersion, old.language == sheet.language
        else { return nil }
        // A comment at the end of an entry's key line is kept on the new one; should that not read back, the
        // edit is tried again without.
        for keepingComments in [true, false] {
            var editor = Editor(lines: lines.lines, kit: kit, old: old, new: sheet)
            editor.keepsComments = keepingComments
            guard editor.plan(root: root) else { return nil }
            var edited = lines
            edited.lines = editor.applied()
            let result = edited.text
            if let (_, reread) = read(result, kit: kit), reread.hasSameContent(as: sheet) { return result }
        }
        return nil
    }

    /// The index past the last line of `pair`'s value among the lines of its file: trailing blank lines and
    /// comments are left out, and so is anything from the next key at the same or a lower indentation.
    static func end(of pair: YAMLPair, among pairs: [YAMLPair], in lines: [String], bound: Int? = nil) -> Int {
        let start = pair.key.location.line - 1
        let next = pairs.map { $0.key.location.line - 1 }.filter { $0 > start }.min() ?? lines.count
        let limit = min(next, bound ?? lines.count)
        let keyIndent = pair.key.location.column - 1
        let isBlock: Bool
        if case .scalar(_, .block) = pair.value.content { isBlock = true } else { isBlock = false }
        var end = start + 1
        for index in (start + 1)..<max(start + 1, limit) {
            let line = lines[index]
            let lineIndent = line.prefix { $0 == " " }.count
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.isEmpty { continue }
            if lineIndent > keyIndent, isBlock || !content.hasPrefix("#") {
                end = index + 1
            } else if lineIndent == keyIndent, content == "-" || content.hasPrefix("- ") {
                end = index + 1
            } else if content.hasPrefix("#") {
                continue
            } else {
                break
            }
        }
        return end
    }

    /// The comment that ends the key line of `pair` (`# à valider`), when it can be told from the value: after
    /// a value that starts on the next line, or after a plain value on the same line with no quote before it.
    static func trailingComment(of pair: YAMLPair, in lines: [String]) -> String? {
        let line = Array(lines[pair.key.location.line - 1].unicodeScalars)
        var from: Int
        let sameLine = pair.value.location.line == pair.key.location.line && !pair.value.isNull
        if sameLine {
            if case .scalar(_, .block) = pair.value.content { return nil }
            from = pair.value.location.column - 1
        } else {
            guard let colon = line[(pair.key.location.column - 1)...].firstIndex(of: ":") else { return nil }
            from = colon + 1
        }
        if sameLine, case .scalar(_, .quoted) = pair.value.content, from < line.count {
            // Past the closing quote: `\"` escapes a double quote, `''` a single one.
            let quote = line[from]
            from += 1
            while from < line.count,
                line[from] != quote || (quote == "'" && line.indices.contains(from + 1) && line[from + 1] == "'")
            {
                from += quote == "\"" && line[from] == "\\" || quote == "'" && line[from] == "'" ? 2 : 1
            }
            guard from < line.count else { return nil }
            from += 1
        }
        while from < line.count {
            if line[from] == "\"" || line[from] == "'" { return nil }
            if line[from] == "#", from == 0 || line[from - 1] == " " || line[from - 1] == "\t" {
                var comment = String.UnicodeScalarView()
                comment.append(contentsOf: line[from...])
                return String(comment)
            }
            from += 1
        }
        return nil
    }

    /// The parsed tree and the answers of `text`, when it reads as an answers file for `kit` with every
    /// answer fitting.
    static func read(_ text: String, kit: Kit) -> (YAMLNode, AnswerSheet)? {
        let path = "answers.yaml"
        guard let root = try? YAMLReader().read(text: text, file: path),
            let file = try? AnswersFile.header(of: root, text: text, path: path, language: .english),
            let decoded = try? file.decodeValid(for: kit), !decoded.invalid.contains(where: { $0.severity == .error })
        else { return nil }
        return (root, decoded.sheet)
    }
}

/// A text as lines, with its line ending (`\n` or `\r\n`, the same throughout) and its final newline.
struct AnswerLines {
    var lines: [String]
    let ending: String
    let finalNewline: Bool

    init?(_ text: String) {
        let returns = text.utf8.count(where: { $0 == 13 })
        let newlines = text.utf8.count(where: { $0 == 10 })
        var body = text
        if returns > 0 {
            body = text.replacing("\r\n", with: "\n")
            guard returns == newlines, !body.utf8.contains(13) else { return nil }
        }
        ending = returns > 0 ? "\r\n" : "\n"
        finalNewline = body.hasSuffix("\n")
        lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if finalNewline { lines.removeLast() }
    }

    var text: String { lines.joined(separator: ending) + (finalNewline ? ending : "") }
}

/// Plans the replacements against the original lines, then applies them from the bottom up.
private struct Editor {
    struct Edit {
        var start: Int
        var end: Int
        var lines: [String]
        var order: Int
    }

    var lines: [String]
    let kit: Kit
    let old: AnswerSheet
    let new: AnswerSheet
    var edits: [Edit] = []
    /// Whether a comment at the end of a changed entry's key line goes on the new entry.
    var keepsComments = true

    init(lines: [String], kit: Kit, old: AnswerSheet, new: AnswerSheet) {
        self.lines = lines
        self.kit = kit
        self.old = old
        self.new = new
    }

    func applied() -> [String] {
        var result = lines
        for edit in edits.sorted(by: { ($0.start, $0.order) > ($1.start, $1.order) }) {
            result.replaceSubrange(edit.start..<edit.end, with: edit.lines)
        }
        return result
    }

    /// Plans every edit; false when the file's layout is not one this editor can change line by line.
    mutating func plan(root: YAMLNode) -> Bool {
        guard let rootPairs = root.mapping else { return false }
        let answers = rootPairs.first { $0.key.scalar == "answers" }
        guard planPending(rootPairs, answers: answers) else { return false }
        guard planProvenance(rootPairs) else { return false }
        guard let answers, let sections = answers.value.mapping, !sections.isEmpty else {
            return planAnswers(answers)
        }
        guard sections.allSatisfy(keyStartsItsLine) else { return false }
        let sectionIndent = indent(of: sections[0])
        let step =
            sections.compactMap { section in
                section.value.mapping?.first.map { $0.key.location.column - section.key.location.column }
            }.first { $0 > 0 } ?? 2
        for (sectionIndex, section) in kit.sections.enumerated() {
            let changed = section.questions.enumerated().filter { differs($0.element, in: section) }
            guard !changed.isEmpty else { continue }
            let order = sectionIndex * 100_000
            if let pair = sections.first(where: { $0.key.scalar == section.id }) {
                guard
                    planSection(
                        section, pair: pair, siblings: sections, changed: changed, step: step, order: order)
                else { return false }
            } else {
                let previous = kit.sections[..<sectionIndex].reversed().lazy.compactMap { earlier in
                    sections.first { $0.key.scalar == earlier.id }
                }.first
                let position = previous.map { end(of: $0, among: sections) } ?? answers.key.location.line
                let block = sectionLines(section, indent: String(repeating: " ", count: sectionIndent), step: step)
                edits.append(Edit(start: position, end: position, lines: block, order: order))
            }
        }
        return true
    }

    /// `pending: […]` rewritten on its own line when the questions left for later changed; added before
    /// `answers:` when the file has none, removed when none is left.
    private mutating func planPending(_ rootPairs: [YAMLPair], answers: YAMLPair?) -> Bool {
        let line = AnswersWriter.pendingLine(new, kit: kit)
        guard line != AnswersWriter.pendingLine(old, kit: kit) else { return true }
        if let pair = rootPairs.first(where: { $0.key.scalar == "pending" }) {
            guard keyStartsItsLine(pair) else { return false }
            let start = pair.key.location.line - 1
            // A comment at the end of the line stays with the list (a block list's item comments do not).
            let comment = keepsComments ? trailingComment(of: pair) : nil
            var kept: [String] = []
            if let line {
                kept = [comment.map { line + "  " + $0 } ?? line]
            } else if let comment {
                kept = [comment]
            }
            edits.append(Edit(start: start, end: end(of: pair, among: rootPairs), lines: kept, order: -1))
        } else if let line {
            let position = answers.map { $0.key.location.line - 1 } ?? lines.count
            edits.append(Edit(start: position, end: position, lines: [line], order: -1))
        }
        return true
    }

    /// The entries of `provenance:` that changed rewritten, added after the entry of the question before them in
    /// the kit, or removed; the block is added at the end of the file when it has none, and its key goes with its
    /// last entry (the comments stay).
    private mutating func planProvenance(_ rootPairs: [YAMLPair]) -> Bool {
        let paths = kit.allQuestions.map(\.path)
        let changed = paths.enumerated().filter { old.provenance[$0.element] != new.provenance[$0.element] }
        guard !changed.isEmpty else { return true }
        let order = 10_000_000
        guard let pair = rootPairs.first(where: { $0.key.scalar == "provenance" }) else {
            let block = paths.flatMap { AnswersWriter.provenanceLines(new, path: $0, indent: "  ") }
            edits.append(Edit(start: lines.count, end: lines.count, lines: ["provenance:"] + block, order: order))
            return true
        }
        guard keyStartsItsLine(pair) else { return false }
        let keyLine = pair.key.location.line - 1
        let entries = pair.value.mapping ?? []
        guard pair.value.isNull || !entries.isEmpty, entries.allSatisfy(keyStartsItsLine) else { return false }
        let entryIndent = entries.first.map { String(repeating: " ", count: indent(of: $0)) } ?? "  "
        let bound = nextKeyLine(after: keyLine, among: rootPairs)
        func entry(_ path: QuestionPath) -> YAMLPair? { entries.first { $0.key.scalar == path.description } }
        var removed = 0
        for (index, path) in changed {
            var block = AnswersWriter.provenanceLines(new, path: path, indent: entryIndent)
            if let existing = entry(path) {
                let start = existing.key.location.line - 1
                let end = end(of: existing, among: entries, bound: bound)
                // What a person wrote in the entry stays: the comments at the end of its lines, on the same field
                // (or on their own line when the field goes), and its comment lines.
                var notes = lines[(start + 1)..<end].filter { $0.drop { $0 == " " }.hasPrefix("#") }
                if keepsComments {
                    var comments: [(key: String, comment: String)] = []
                    if let comment = trailingComment(of: existing) { comments.append(("", comment)) }
                    for field in existing.value.mapping ?? [] {
                        if let comment = trailingComment(of: field) {
                            comments.append((field.key.scalar ?? "", comment))
                        }
                    }
                    for (key, comment) in comments {
                        let prefix = key.isEmpty ? "\(entryIndent)\(path):" : "\(entryIndent)  \(key):"
                        if let line = block.firstIndex(where: { $0.hasPrefix(prefix) }) {
                            block[line] += "  " + comment
                        } else {
                            notes.append(entryIndent + "  " + comment)
                        }
                    }
                }
                if block.isEmpty { removed += 1 }
                edits.append(Edit(start: start, end: end, lines: block + notes, order: order + index))
            } else {
                let previous = paths[..<index].reversed().lazy.compactMap(entry).first
                let position = previous.map { end(of: $0, among: entries, bound: bound) } ?? keyLine + 1
                edits.append(Edit(start: position, end: position, lines: block, order: order + index))
            }
        }
        // The key goes with its last entry; an entry the kit does not know keeps it.
        if removed == entries.count, new.provenance.values.allSatisfy(\.isEmpty) {
            edits.append(Edit(start: keyLine, end: keyLine + 1, lines: [], order: order - 1))
        }
        return true
    }

    /// The answers hold no section yet (`answers:` empty, `answers: {}` or no `answers` at all): their lines are
    /// written after the header as a full save writes them.
    private mutating func planAnswers(_ answers: YAMLPair?) -> Bool {
        let block = kit.sections.flatMap { sectionLines($0, indent: "  ", step: 2) }
        guard !block.isEmpty else { return true }
        guard let answers else {
            edits.append(Edit(start: lines.count, end: lines.count, lines: ["answers:"] + block, order: 0))
            return true
        }
        guard keyStartsItsLine(answers) else { return false }
        let line = answers.key.location.line - 1
        if answers.value.isNull {
            edits.append(Edit(start: line + 1, end: line + 1, lines: block, order: 0))
        } else if answers.value.mapping?.isEmpty == true, lines[line] == "answers: {}" {
            edits.append(Edit(start: line, end: line + 1, lines: ["answers:"] + block, order: 0))
        } else {
            return false
        }
        return true
    }

    private mutating func planSection(
        _ section: Section, pair: YAMLPair, siblings: [YAMLPair], changed: [(offset: Int, element: Question)],
        step: Int, order: Int
    ) -> Bool {
        let keyLine = pair.key.location.line - 1
        guard let entries = pair.value.mapping, !entries.isEmpty else {
            // `section:` with nothing under it: the new entries go right after its key.
            guard pair.value.isNull else { return false }
            let indent = String(repeating: " ", count: indent(of: pair) + step)
            let block = changed.flatMap { entryLines($0.element, in: section, indent: indent) }
            edits.append(Edit(start: keyLine + 1, end: keyLine + 1, lines: block, order: order))
            return true
        }
        guard entries.allSatisfy(keyStartsItsLine) else { return false }
        let indent = String(repeating: " ", count: indent(of: entries[0]))
        let bound = nextKeyLine(after: keyLine, among: siblings)
        for (questionIndex, question) in changed {
            var block = entryLines(question, in: section, indent: indent)
            if let entry = entries.first(where: { $0.key.scalar == question.id }) {
                let start = entry.key.location.line - 1
                if keepsComments, let comment = trailingComment(of: entry) {
                    if block.isEmpty {
                        block = [indent + comment]
                    } else {
                        let first = block[0].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
                        block[0] = ([first[0] + "  " + comment] + first.dropFirst()).joined(separator: "\n")
                    }
                }
                edits.append(
                    Edit(
                        start: start, end: end(of: entry, among: entries, bound: bound), lines: block,
                        order: order + questionIndex))
            } else {
                let previous = section.questions[..<questionIndex].reversed().lazy.compactMap { earlier in
                    entries.first { $0.key.scalar == earlier.id }
                }.first
                let position = previous.map { end(of: $0, among: entries, bound: bound) } ?? keyLine + 1
                edits.append(Edit(start: position, end: position, lines: block, order: order + questionIndex))
            }
        }
        return true
    }

    private func differs(_ question: Question, in section: Section) -> Bool {
        let path = QuestionPath(section.id, question.id)
        return old[path] != new[path]
    }

    private func entryLines(_ question: Question, in section: Section, indent: String) -> [String] {
        let value = new[QuestionPath(section.id, question.id)]
        guard value != .null else { return [] }
        return AnswersWriter.entry(key: question.id, value: value, question: question, kit: kit, indent: indent)
    }

    private func sectionLines(_ section: Section, indent: String, step: Int) -> [String] {
        let inner = indent + String(repeating: " ", count: step)
        let entries = section.questions.flatMap { entryLines($0, in: section, indent: inner) }
        return entries.isEmpty ? [] : ["\(indent)\(section.id):"] + entries
    }

    /// The comment that ends the key line of `pair` (`# à valider`), when it can be told from the value: after
    /// a value that starts on the next line, or after a plain value on the same line with no quote before it.
    private func trailingComment(of pair: YAMLPair) -> String? {
        AnswersEditor.trailingComment(of: pair, in: lines)
    }

    /// Whether only spaces come before the key on its line: the mapping is a block one, edited by lines.
    private func keyStartsItsLine(_ pair: YAMLPair) -> Bool {
        let line = pair.key.location.line - 1
        guard lines.indices.contains(line) else { return false }
        let before = lines[line].unicodeScalars.prefix(pair.key.location.column - 1)
        return before.count == pair.key.location.column - 1 && before.allSatisfy { $0 == " " }
    }

    private func indent(of pair: YAMLPair) -> Int { pair.key.location.column - 1 }

    /// The index of the first line, after `line`, of a key among `pairs`; the end of the text when none.
    private func nextKeyLine(after line: Int, among pairs: [YAMLPair]) -> Int {
        pairs.map { $0.key.location.line - 1 }.filter { $0 > line }.min() ?? lines.count
    }

    /// The index past the last line of `pair`'s value (see `AnswersEditor.end(of:among:in:bound:)`).
    private func end(of pair: YAMLPair, among pairs: [YAMLPair], bound: Int? = nil) -> Int {
        AnswersEditor.end(of: pair, among: pairs, in: lines, bound: bound)
    }
}
