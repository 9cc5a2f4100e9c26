import Foundation

/// An `answers.yaml` read from disk: its header first, so the right kit can be found, then its answers.
public struct AnswersFile: Sendable {
    static let keys = NodeDecoder.Keys(
        required: ["kit", "version"], optional: ["language", "pending", "answers", "provenance"])

    public let path: String
    public let kitID: String
    public let kitVersion: String
    public let language: Language?
    /// The file's text, as read.
    public let text: String
    let root: NodeDecoder.Fields

    /// Reads and parses the file, checking its header.
    /// - Parameter language: the language of the messages (`fr` or `en`).
    public static func read(
        _ path: String, reader: YAMLReader = YAMLReader(), language: Language = .english, texts: inout SourceTexts
    ) throws(DiagnosticList) -> AnswersFile {
        var reader = reader
        reader.language = language
        let (root, text) = try KitLoader(reader: reader).readWithText(path, texts: &texts)
        return try header(of: root, text: text, path: path, language: language)
    }

    /// Reads an answers file's text received otherwise than from disk (an upload in the workshop); `path` names
    /// it in messages.
    public static func read(
        text: String, path: String, language: Language = .english, texts: inout SourceTexts
    ) throws(DiagnosticList) -> AnswersFile {
        var reader = YAMLReader()
        reader.language = language
        texts.register(text, for: path)
        let root: YAMLNode
        do {
            root = try reader.read(text: text, file: path)
        } catch {
            throw DiagnosticList([error])
        }
        return try header(of: root, text: text, path: path, language: language)
    }

    /// Checks the header of the answers file parsed as `root` from `text`.
    static func header(of root: YAMLNode, text: String, path: String, language: Language) throws(DiagnosticList)
        -> AnswersFile
    {
        var decoder = NodeDecoder()
        decoder.language = language
        guard
            let fields = decoder.fields(of: root, keys, what: decoder.say(.answersFile))
        else {
            throw DiagnosticList(decoder.collector.diagnostics)
        }
        let kitID = fields["kit"].flatMap { decoder.string($0, what: decoder.quoted("kit")) }
        let version = fields["version"].flatMap { decoder.string($0, what: decoder.quoted("version")) }
        let language = fields["language"].flatMap { node -> Language? in
            guard let code = decoder.identifier(node, what: decoder.quoted("language")) else { return nil }
            guard let language = Language(code: code), language.code == code else {
                decoder.error(.languageNotSpoken(code, spoken: Language.allCases.map(\.code)), at: node.location)
                return nil
            }
            return language
        }
        guard let kitID, let version, decoder.collector.diagnostics.isEmpty else {
            throw DiagnosticList(decoder.collector.diagnostics)
        }
        return AnswersFile(
            path: path, kitID: kitID, kitVersion: version, language: language, text: text, root: fields)
    }

    /// These answers brought to `kit`'s version, when they were written for an earlier one its migrations know,
    /// with what the migration did; as they are otherwise.
    public func broughtForward(to kit: Kit, language: Language, texts: inout SourceTexts)
        throws(DiagnosticList) -> (file: AnswersFile, migration: AnswersMigration.Report?)
    {
        guard kitID == kit.id, kitVersion != kit.version, kit.migrations(from: kitVersion) != nil else {
            return (self, nil)
        }
        let migrated = try AnswersMigration.migrate(self, kit: kit, language: language)
        return (
            try AnswersFile.read(text: migrated.text, path: path, language: language, texts: &texts), migrated.report
        )
    }

    /// The answers that read, and what did not.
    public struct Decoded: Sendable {
        /// Every answer that fits its question.
        public var sheet: AnswerSheet
        /// An error for each answer that does not (an unknown key, a wrong type, an impossible choice), in file order.
        public var invalid: [Diagnostic]
    }

    /// The answers, checked against `kit`: every unknown id, wrong type and impossible choice is reported,
    /// and an error throws. See `decodeValid` to go on with the answers that read.
    /// - Parameter messages: the language of the messages.
    public func decode(for kit: Kit, messages: Language = .english) throws(DiagnosticList) -> AnswerSheet {
        let decoded = try decodeValid(for: kit, messages: messages)
        guard !decoded.invalid.contains(where: { $0.severity == .error }) else { throw DiagnosticList(decoded.invalid) }
        return decoded.sheet
    }

    /// The answers that fit `kit`, and an error for each that does not: a misspelt key or a wrong type is an
    /// invalid answer among others, not an unreadable file. Throws only when the file is not for this kit
    /// (another kit, another version, a language the kit lacks).
    public func decodeValid(for kit: Kit, messages: Language = .english) throws(DiagnosticList) -> Decoded {
        var decoder = NodeDecoder()
        decoder.language = messages
        if kitID != kit.id {
            decoder.error(.wrongKit(kitID, expected: kit.id), at: root["kit"]?.location ?? root.node.location)
        }
        if kitVersion != kit.version {
            let message: DecodingMessage =
                kit.migrations(from: kitVersion) != nil
                ? .migrationAvailable(kitVersion, kit: kitID, found: kit.version, file: path)
                : .wrongVersion(kitVersion, kit: kitID, found: kit.version)
            decoder.error(message, at: root["version"]?.location ?? root.node.location)
        }
        if let language, !kit.languages.contains(language), let node = root["language"] {
            decoder.error(
                .kitLacksLanguage(kit: kit.id, language: language.code, languages: kit.languages.map(\.code)),
                at: node.location)
        }
        var sheet = AnswerSheet(kitID: kitID, kitVersion: kitVersion, language: language)
        sheet.file = path
        guard decoder.collector.diagnostics.isEmpty else { throw DiagnosticList(decoder.collector.diagnostics) }
        if let answers = root["answers"], !answers.isNull {
            decodeSections(answers, kit: kit, into: &sheet, decoder: &decoder)
        }
        if let pending = root["pending"], !pending.isNull {
            decodePending(pending, kit: kit, into: &sheet, decoder: &decoder)
        }
        if let provenance = root["provenance"], !provenance.isNull {
            decodeProvenance(provenance, kit: kit, into: &sheet, decoder: &decoder)
        }
        return Decoded(sheet: sheet, invalid: decoder.collector.diagnostics.inFileOrder())
    }

    /// `pending: [section.question, …]`: required questions left "not known yet". One that has an answer
    /// meanwhile is answered, no longer pending.
    private func decodePending(_ node: YAMLNode, kit: Kit, into sheet: inout AnswerSheet, decoder: inout NodeDecoder) {
        for item in decoder.list(node, what: decoder.quoted("pending")) {
            guard let text = decoder.string(item, what: decoder.quoted("pending")) else { continue }
            guard let path = QuestionPath(text), kit.question(path) != nil else {
                // A stale entry (a question the kit renamed) does not stop anything: it is reported and dropped.
                let known = kit.allQuestions.map(\.path.description)
                decoder.warning(
                    DecodingMessage.unknownKey(
                        text, what: decoder.quoted("pending"), suggestion: Suggestion.closest(to: text, among: known),
                        expected: nil),
                    at: item.location)
                continue
            }
            sheet.locations["pending." + path.description] = item.location
            if !sheet[path].isAnswered { sheet.pending.insert(path) }
        }
    }

    /// `provenance:`, by `section.question`: `source`, `by`, `date` and `to_confirm`, each optional. An entry for a
    /// question the kit does not know is reported and dropped, as in `pending`.
    private func decodeProvenance(
        _ node: YAMLNode, kit: Kit, into sheet: inout AnswerSheet, decoder: inout NodeDecoder
    ) {
        let known = kit.allQuestions.map(\.path.description)
        for (entry, text, provenance) in Self.provenanceEntries(node, decoder: &decoder) {
            guard let path = QuestionPath(text), kit.question(path) != nil else {
                decoder.warning(
                    DecodingMessage.unknownKey(
                        text, what: decoder.quoted("provenance"),
                        suggestion: Suggestion.closest(to: text, among: known), expected: nil),
                    at: entry.key.location)
                continue
            }
            sheet.locations["provenance." + path.description] = entry.key.location
            if !provenance.isEmpty { sheet.provenance[path] = provenance }
        }
    }

    /// The entries of a `provenance:` block read as they are written, without a kit: each key with what it says,
    /// every mistake reported to `decoder` (a field of the wrong kind, an unknown field, a key written twice). An
    /// entry left empty (`a.b:`) says nothing.
    static func provenanceEntries(_ node: YAMLNode, decoder: inout NodeDecoder) -> [(
        pair: YAMLPair, key: String, provenance: AnswerProvenance
    )] {
        guard let entries = node.mapping else {
            _ = decoder.fields(of: node, NodeDecoder.Keys(), what: decoder.quoted("provenance"))
            return []
        }
        let keys = NodeDecoder.Keys(optional: AnswerProvenance.keys)
        var seen: Set<String> = []
        var found: [(pair: YAMLPair, key: String, provenance: AnswerProvenance)] = []
        for entry in entries {
            guard let text = decoder.string(entry.key, what: decoder.quoted("provenance")) else { continue }
            guard seen.insert(text).inserted else {
                decoder.error(.duplicateKey(text, what: decoder.quoted("provenance")), at: entry.key.location)
                continue
            }
            var provenance = AnswerProvenance()
            if !entry.value.isNull {
                guard let fields = decoder.fields(of: entry.value, keys, what: decoder.quoted("provenance." + text))
                else { continue }
                provenance.source = fields["source"].flatMap { decoder.string($0, what: decoder.quoted("source")) }
                provenance.by = fields["by"].flatMap { decoder.string($0, what: decoder.quoted("by")) }
                provenance.date = fields["date"].flatMap { decoder.date($0, what: decoder.quoted("date")) }
                provenance.toConfirm =
                    fields["to_confirm"].flatMap { decoder.boolean($0, what: decoder.quoted("to_confirm")) } ?? false
            }
            found.append((entry, text, provenance))
        }
        return found
    }

    private func decodeSections(_ node: YAMLNode, kit: Kit, into sheet: inout AnswerSheet, decoder: inout NodeDecoder) {
        let sectionKeys = NodeDecoder.Keys(optional: kit.sections.map(\.id))
        guard
            let sections = decoder.fields(of: node, sectionKeys, what: decoder.say(.answersSections))
        else {
            return
        }
        for section in kit.sections {
            guard let sectionNode = sections[section.id], !sectionNode.isNull else { continue }
            let questionKeys = NodeDecoder.Keys(optional: section.questions.map(\.id))
            guard
                let questions = decoder.fields(of: sectionNode, questionKeys, what: decoder.say(.section(section.id)))
            else {
                continue
            }
            for question in section.questions {
                guard let answer = questions[question.id] else { continue }
                let path = QuestionPath(section.id, question.id)
                sheet.locations[path.description] = answer.location
                if let value = AnswerDecoder.value(
                    of: answer, for: question, criteria: kit.itemIDs(question.criteriaCatalogue),
                    requirements: kit.itemIDs(question.requirementsCatalogue), decoder: &decoder,
                    path: path.description, locations: &sheet.locations)
                {
                    sheet[path] = value
                }
                if question.type == .scores, let catalogue = question.criteriaCatalogue.flatMap(kit.catalogue) {
                    ScoresDecoder.reportIgnoredScores(answer, catalogue: catalogue, decoder: &decoder)
                }
            }
        }
    }
}
