import ParticipeCore

/// What changed between two sets of answers to one kit, and what it changed in each document: the answers that
/// differ, the parts of each document where something changed, and the catalogue items (requirements, criteria,
/// steps) added, removed or reworded, each with the answers it derives from.
public struct AnswersComparison {
    public struct ChangedAnswer: Sendable {
        public var path: QuestionPath
        public var before: String
        public var after: String
    }

    public struct ChangedItem: Sendable {
        public enum Kind: Sendable { case added, removed, reworded }
        public var kind: Kind
        public var catalogue: String
        public var id: String
        public var title: String
        /// The questions the item derives from (its `from`, then those its condition reads).
        public var from: [QuestionPath]
    }

    public struct ChangedDocument: Sendable {
        public var title: String
        /// What the later version's writers are given: its redlines' revisions are by its author, at its date.
        public var metadata: DocumentMetadata
        /// The file name without extension.
        public var filename: String
        public var sections: [String]
        public var redline: DocumentRedline
        public var before: String
        public var after: String
    }

    public let answers: [ChangedAnswer]
    /// The answers whose origin changed (source, who, when, to be confirmed), worded as documents word it; the
    /// value of each may be the same.
    public let origins: [ChangedAnswer]
    public let items: [ChangedItem]
    public let documents: [ChangedDocument]

    /// Compares `old` with `new`, two evaluations of one kit in one language at one date; `texts` receives the
    /// templates read.
    public init(old: Evaluation, new: Evaluation, texts: inout SourceTexts) throws(DiagnosticList) {
        let kit = new.kit
        let formatter = ValueFormatter(language: new.language)
        answers = kit.allQuestions.compactMap { path, question in
            let (before, after) = (old.sheet[path], new.sheet[path])
            guard before != after else { return nil }
            return ChangedAnswer(
                path: path, before: formatter.items(before, for: question, fallbacks: kit.fallbacks),
                after: formatter.items(after, for: question, fallbacks: kit.fallbacks))
        }
        origins = kit.allQuestions.compactMap { path, _ in
            let (before, after) = (old.sheet.provenance[path] ?? .init(), new.sheet.provenance[path] ?? .init())
            guard before != after else { return nil }
            return ChangedAnswer(
                path: path, before: formatter.provenance(before), after: formatter.provenance(after))
        }
        items = Self.items(old: old, new: new)
        let oldDocuments = try DocumentGenerator(evaluation: old).render(texts: &texts)
        let newDocuments = try DocumentGenerator(evaluation: new).render(texts: &texts)
        let reader = MarkdownReader()
        // A document the new answers newly make compares with an empty one; one they no longer make is not shown.
        // A document made for a lot compares with the same lot's, else with the one of the undivided purchase.
        let key = { (document: DocumentGenerator.RenderedDocument) in "\(document.spec.id)|\(document.lot?.id ?? "")" }
        let previous = Dictionary(oldDocuments.map { (key($0), $0.markdown) }, uniquingKeysWith: { first, _ in first })
        documents = newDocuments.compactMap { after in
            let before = previous[key(after)] ?? previous["\(after.spec.id)|"] ?? ""
            let redline = DocumentRedline(old: reader.read(before), new: reader.read(after.markdown))
            guard redline.hasChanges else { return nil }
            return ChangedDocument(
                title: after.title, metadata: DocumentMetadata(of: after, evaluation: new), filename: after.filename,
                sections: redline.changedSections(start: after.title),
                redline: redline, before: before, after: after.markdown)
        }
    }

    private static func items(old: Evaluation, new: Evaluation) -> [ChangedItem] {
        var changed: [ChangedItem] = []
        for catalogue in new.kit.catalogues {
            let before = Dictionary(
                (old.catalogues[catalogue.id] ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let after = Dictionary(
                (new.catalogues[catalogue.id] ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            func item(_ kept: Evaluation.CatalogueItem, _ kind: ChangedItem.Kind) -> ChangedItem {
                let read = (kept.item.when?.references ?? []).compactMap { reference -> QuestionPath? in
                    reference.path.count >= 2 ? QuestionPath(reference.path[0], reference.path[1]) : nil
                }
                var from = kept.item.from
                for path in read where new.kit.question(path) != nil && !from.contains(path) { from.append(path) }
                return ChangedItem(
                    kind: kind, catalogue: catalogue.id, id: kept.id,
                    title: kept.title?.description ?? kept.item.id, from: from)
            }
            for kept in new.catalogues[catalogue.id] ?? [] {
                guard let previous = before[kept.id] else {
                    changed.append(item(kept, .added))
                    continue
                }
                if previous.title?.description != kept.title?.description
                    || previous.text?.description != kept.text?.description || previous.priority != kept.priority
                {
                    changed.append(item(kept, .reworded))
                }
            }
            for kept in old.catalogues[catalogue.id] ?? [] where after[kept.id] == nil {
                changed.append(item(kept, .removed))
            }
        }
        return changed
    }
}
