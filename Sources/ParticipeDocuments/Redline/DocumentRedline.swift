import ParticipeCore

/// Two versions of a document merged into one, what went marked deleted and what came marked inserted: what the
/// legal service reads to see what changed in version 2 of a cahier des charges.
///
/// Blocks are compared first (a heading, a paragraph, a list, a table). Where a paragraph or a heading gave way to
/// a similar one of the same kind, the words are compared inside it (« 27 500 € » struck, « 95 000 € » added, the
/// rest of the sentence kept); where a table gave way to one with the same header, its rows are compared. Other
/// blocks are marked whole.
public struct DocumentRedline: Sendable {
    public enum Revision: Sendable, Hashable {
        case inserted
        case deleted
    }

    /// Inlines that went, came or stayed together inside a changed block.
    public struct InlineRun: Sendable, Equatable {
        public var inlines: [MarkdownInline]
        /// Nil for the words both versions share.
        public var revision: Revision?

        public init(inlines: [MarkdownInline], revision: Revision?) {
            self.inlines = inlines
            self.revision = revision
        }
    }

    /// What changed inside a block both versions have in another form.
    public enum Change: Sendable, Equatable {
        /// A paragraph or a heading whose words changed: its inlines in runs, each with its revision.
        case words([InlineRun])
        /// A table whose rows changed under the same header: the part's table holds the rows of both versions,
        /// `rows` the revision of each; `old` and `new` are the two tables, for a writer that marks tables whole.
        case rows([Revision?], old: MarkdownTable, new: MarkdownTable)
    }

    /// One block of the merged document.
    public struct Part: Sendable {
        /// The block as the later version has it; a deleted block as the earlier one had it; a table whose rows
        /// changed with the rows of both.
        public var block: MarkdownBlock
        /// Set when the whole block went or came.
        public var revision: Revision?
        /// Set when the block changed in place.
        public var change: Change?

        public init(_ block: MarkdownBlock, revision: Revision? = nil, change: Change? = nil) {
            self.block = block
            self.revision = revision
            self.change = change
        }
    }

    /// Every block of both versions, in reading order.
    public let parts: [Part]

    public init(old: MarkdownDocument, new: MarkdownDocument) {
        var parts: [Part] = []
        var deleted: [MarkdownBlock] = []
        var inserted: [MarkdownBlock] = []
        for step in SequenceDiff.steps(from: old.blocks, to: new.blocks) {
            switch step {
            case .same(_, let index):
                parts += Self.merged(deleted: deleted, inserted: inserted)
                (deleted, inserted) = ([], [])
                parts.append(Part(new.blocks[index]))
            case .deleted(let index): deleted.append(old.blocks[index])
            case .inserted(let index): inserted.append(new.blocks[index])
            }
        }
        parts += Self.merged(deleted: deleted, inserted: inserted)
        self.parts = parts
    }

    /// The blocks of one place where the versions differ: each deleted block paired, in order, with the first
    /// inserted one after the last pair that it changed into (a similar paragraph or heading, a table with the same
    /// header), the others marked whole; an inserted block comes after the deleted ones before it.
    static func merged(deleted: [MarkdownBlock], inserted: [MarkdownBlock]) -> [Part] {
        var parts: [Part] = []
        var next = 0
        for old in deleted {
            guard
                let match = inserted[next...].indices.first(where: { Self.change(from: old, to: inserted[$0]) != nil }),
                let change = Self.change(from: old, to: inserted[match])
            else {
                parts.append(Part(old, revision: .deleted))
                continue
            }
            parts += inserted[next..<match].map { Part($0, revision: .inserted) }
            if case .rows(_, let oldTable, let newTable) = change {
                parts.append(Part(.table(Self.rows(oldTable, newTable)), change: change))
            } else {
                parts.append(Part(inserted[match], change: change))
            }
            next = match + 1
        }
        parts += inserted[next...].map { Part($0, revision: .inserted) }
        return parts
    }

    /// How `old` changed into `new` in place: words of a similar paragraph or heading of the same level, rows of
    /// a table with the same header; nil when they are better marked whole.
    static func change(from old: MarkdownBlock, to new: MarkdownBlock) -> Change? {
        switch (old, new) {
        case (.paragraph(let before), .paragraph(let after)):
            return words(before, after)
        case (.heading(let level, let before), .heading(let newLevel, let after)) where level == newLevel:
            return words(before, after)
        case (.table(let before), .table(let after)) where before.header == after.header:
            return .rows(rowRevisions(before, after), old: before, new: after)
        default:
            return nil
        }
    }

    /// The words of two inline sequences compared, when at least half of them are shared (else they are two
    /// different sentences, better shown whole); deleted words come before the inserted ones they give way to.
    static func words(_ before: [MarkdownInline], _ after: [MarkdownInline]) -> Change? {
        let (old, new) = (tokens(before), tokens(after))
        let steps = SequenceDiff.steps(from: old, to: new)
        let shared = steps.count { if case .same = $0 { return true } else { return false } }
        guard shared * 4 >= (old.count + new.count) else { return nil }
        var runs: [InlineRun] = []
        var deleted: [MarkdownInline] = []
        var inserted: [MarkdownInline] = []
        func append(_ inlines: [MarkdownInline], _ revision: Revision?) {
            guard !inlines.isEmpty else { return }
            if let last = runs.last, last.revision == revision {
                runs[runs.count - 1].inlines += inlines
            } else {
                runs.append(InlineRun(inlines: inlines, revision: revision))
            }
        }
        for step in steps {
            switch step {
            case .same(_, let index):
                append(deleted, .deleted)
                append(inserted, .inserted)
                (deleted, inserted) = ([], [])
                append([new[index]], nil)
            case .deleted(let index): deleted.append(old[index])
            case .inserted(let index): inserted.append(new[index])
            }
        }
        append(deleted, .deleted)
        append(inserted, .inserted)
        return .words(runs.map { InlineRun(inlines: Self.joined($0.inlines), revision: $0.revision) })
    }

    /// Inlines cut into words: a text into its words, each with the spaces after it (a non-breaking space does not
    /// cut: « 27 500 € » stays one word); emphasis, links and code whole.
    static func tokens(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var tokens: [MarkdownInline] = []
        for inline in inlines {
            guard case .text(let text) = inline else {
                tokens.append(inline)
                continue
            }
            var word = ""
            var afterSpace = false
            for character in text {
                let isSpace = character == " " || character == "\n" || character == "\t"
                if afterSpace, !isSpace {
                    tokens.append(.text(word))
                    word = ""
                }
                word.append(character)
                afterSpace = isSpace
            }
            if !word.isEmpty { tokens.append(.text(word)) }
        }
        return tokens
    }

    /// Adjacent texts made one again.
    static func joined(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var joined: [MarkdownInline] = []
        for inline in inlines {
            if case .text(let text) = inline, case .text(let previous)? = joined.last {
                joined[joined.count - 1] = .text(previous + text)
            } else {
                joined.append(inline)
            }
        }
        return joined
    }

    /// The revision of each row of `rows(old, new)`.
    static func rowRevisions(_ old: MarkdownTable, _ new: MarkdownTable) -> [Revision?] {
        rowSteps(old, new).map(\.revision)
    }

    /// The rows of both tables in reading order, under the later header: the table a row-level redline shows.
    static func rows(_ old: MarkdownTable, _ new: MarkdownTable) -> MarkdownTable {
        MarkdownTable(alignments: new.alignments, header: new.header, rows: rowSteps(old, new).map(\.cells))
    }

    /// The rows compared, the deleted ones of each place before the inserted ones.
    private static func rowSteps(_ old: MarkdownTable, _ new: MarkdownTable) -> [(
        cells: [[MarkdownInline]], revision: Revision?
    )] {
        var rows: [(cells: [[MarkdownInline]], revision: Revision?)] = []
        var inserted: [[[MarkdownInline]]] = []
        for step in SequenceDiff.steps(from: old.rows, to: new.rows) {
            switch step {
            case .same(_, let index):
                rows += inserted.map { ($0, .inserted) }
                inserted = []
                rows.append((new.rows[index], nil))
            case .deleted(let index): rows.append((old.rows[index], .deleted))
            case .inserted(let index): inserted.append(new.rows[index])
            }
        }
        return rows + inserted.map { ($0, .inserted) }
    }

    /// The parts to write under a title block: as in the document, a first heading repeating the title goes,
    /// unless it changed.
    package func parts(under metadata: DocumentMetadata, layout: DocumentLayout) -> [Part] {
        var parts = parts
        let blocks = parts.map(\.block)
        let kept = MarkdownDocument(blocks: blocks).blocks(under: metadata, layout: layout)
        if kept.count < blocks.count {
            let lead = MarkdownDocument.leadingQuotes(in: blocks)
            if parts[lead].revision == nil, parts[lead].change == nil { parts.remove(at: lead) }
        }
        return parts
    }

    /// The headings of the document as the later version has them, for its table of contents.
    package static func outline(of parts: [Part]) -> [MarkdownDocument.Outline] {
        MarkdownDocument(blocks: parts.filter { $0.revision != .deleted }.map(\.block)).outline
    }

    /// Whether anything changed.
    public var hasChanges: Bool { parts.contains { $0.revision != nil || $0.change != nil } }

    /// The headings (levels 1 to 3) of the parts where something changed, in reading order, each once; a change
    /// before any heading counts under `start`.
    public func changedSections(start: String) -> [String] {
        var current = start
        var found: [String] = []
        for part in parts {
            if case .heading(let level, let content) = part.block, level <= 3, part.revision != .deleted {
                current = content.plainText
            }
            if part.revision != nil || part.change != nil, !found.contains(current) { found.append(current) }
        }
        return found
    }

    /// The new Markdown with the lines that went and came marked in CriticMarkup (`{--…--}`, `{++…++}`),
    /// the convention Markdown editors use for revisions.
    public static func markdown(old: String, new: String) -> String {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var output: [String] = []
        var deleted: [String] = []
        var inserted: [String] = []
        func flush() {
            if !deleted.isEmpty { output.append("{--" + deleted.joined(separator: "\n") + "--}") }
            if !inserted.isEmpty { output.append("{++" + inserted.joined(separator: "\n") + "++}") }
            deleted = []
            inserted = []
        }
        for step in SequenceDiff.steps(from: oldLines, to: newLines) {
            switch step {
            case .same(_, let index):
                flush()
                output.append(newLines[index])
            case .deleted(let index): deleted.append(oldLines[index])
            case .inserted(let index): inserted.append(newLines[index])
            }
        }
        flush()
        return output.joined(separator: "\n")
    }
}
