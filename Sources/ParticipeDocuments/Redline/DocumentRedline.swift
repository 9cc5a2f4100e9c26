import ParticipeCore

/// Two versions of a document merged block by block, the blocks that went marked deleted and those that came
/// marked inserted: what the legal service reads to see what changed in version 2 of a cahier des charges.
///
/// Blocks are compared whole (a heading, a paragraph, a list, a table): a table with one row changed shows as the
/// old table deleted and the new one inserted.
public struct DocumentRedline: Sendable {
    public enum Revision: Sendable, Hashable {
        case inserted
        case deleted
    }

    /// Every block of both versions, in reading order.
    public let blocks: [MarkdownBlock]
    /// The revision of each block of `blocks`; nil for a block both versions share.
    public let revisions: [Revision?]

    public init(old: MarkdownDocument, new: MarkdownDocument) {
        var blocks: [MarkdownBlock] = []
        var revisions: [Revision?] = []
        for step in SequenceDiff.steps(from: old.blocks, to: new.blocks) {
            switch step {
            case .same(_, let index):
                blocks.append(new.blocks[index])
                revisions.append(nil)
            case .deleted(let index):
                blocks.append(old.blocks[index])
                revisions.append(.deleted)
            case .inserted(let index):
                blocks.append(new.blocks[index])
                revisions.append(.inserted)
            }
        }
        self.blocks = blocks
        self.revisions = revisions
    }

    /// The blocks to write under a title block, each with its revision: as in the document, a first heading
    /// repeating the title goes, unless it changed.
    package func blocks(under metadata: DocumentMetadata, layout: DocumentLayout) -> (
        blocks: [MarkdownBlock], revisions: [Revision?]
    ) {
        var blocks = blocks
        var revisions = revisions
        let kept = MarkdownDocument(blocks: blocks).blocks(under: metadata, layout: layout)
        if kept.count < blocks.count {
            let lead = MarkdownDocument.leadingQuotes(in: blocks)
            if revisions[lead] == nil {
                blocks.remove(at: lead)
                revisions.remove(at: lead)
            }
        }
        return (blocks, revisions)
    }

    /// The headings of the document as the later version has them, for its table of contents.
    package static func outline(of blocks: [MarkdownBlock], revisions: [Revision?]) -> [MarkdownDocument.Outline] {
        MarkdownDocument(blocks: zip(blocks, revisions).filter { $0.1 != .deleted }.map(\.0)).outline
    }

    /// The blocks grouped in runs of one revision (or none), in order.
    package static func runs(of blocks: [MarkdownBlock], revisions: [Revision?]) -> [(
        revision: Revision?, blocks: [MarkdownBlock]
    )] {
        var runs: [(revision: Revision?, blocks: [MarkdownBlock])] = []
        for (block, revision) in zip(blocks, revisions) {
            if let last = runs.last, last.revision == revision {
                runs[runs.count - 1].blocks.append(block)
            } else {
                runs.append((revision, [block]))
            }
        }
        return runs
    }

    /// Whether anything changed.
    public var hasChanges: Bool { revisions.contains { $0 != nil } }

    /// The headings (levels 1 to 3) of the parts where something changed, in reading order, each once; a change
    /// before any heading counts under `start`.
    public func changedSections(start: String) -> [String] {
        var current = start
        var found: [String] = []
        for (block, revision) in zip(blocks, revisions) {
            if case .heading(let level, let content) = block, level <= 3, revision != .deleted {
                current = content.plainText
            }
            if revision != nil, !found.contains(current) { found.append(current) }
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
