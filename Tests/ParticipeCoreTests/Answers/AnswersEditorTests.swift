import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// Saving into an existing file changes only the lines of the answers that changed.
@Suite("Answers: saving keeps the file's other lines")
struct AnswersEditorTests {
    static let userComment = "    # à valider avec la DG"

    /// One change to an answer sheet: what it does and which question it touches.
    enum Change: String, CaseIterable, CustomTestStringConvertible {
        case text, number, choice, listItem, cleared
        var testDescription: String { rawValue }
    }

    static func shippedKit(_ id: String) throws -> Kit {
        var texts = SourceTexts()
        return try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/\(id)", texts: &texts)
    }

    /// A `participe new` file of the kit, with a comment of the buyer's own after its first entry.
    static func newFile(_ kit: Kit, language: Language) -> String {
        var lines = AnswersSkeleton(kit: kit, language: language).yaml().split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        let first = lines.firstIndex { $0.hasPrefix("    ") && !$0.hasPrefix("    #") } ?? lines.count - 1
        lines.insert(userComment, at: first + 1)
        return lines.joined(separator: "\n")
    }

    /// The sheet of `text`, which must read back with every answer fitting.
    static func sheet(_ text: String, kit: Kit) throws -> AnswerSheet {
        try #require(AnswersEditor.read(text, kit: kit)).1
    }

    /// The path and new value of `change` applied to `sheet`; nil when the kit has no question for it.
    static func apply(_ change: Change, to sheet: AnswerSheet, kit: Kit) -> (QuestionPath, Value)? {
        let questions = kit.sections.flatMap { section in
            section.questions.map { (QuestionPath(section.id, $0.id), $0) }
        }
        switch change {
        case .text:
            return questions.first { $0.1.type == .text }.map { ($0.0, .text("Nouvelle valeur : à revoir")) }
        case .number:
            return questions.first { $0.1.type == .integer || $0.1.type == .number }.map { path, _ in
                (path, .number((sheet[path].number ?? 0) + 7))
            }
        case .choice:
            return questions.first { $0.1.type == .single && $0.1.choices.count > 1 }.map { path, question in
                let other = question.choiceIDs.first { Value.text($0) != sheet[path] } ?? question.choiceIDs[0]
                return (path, .text(other))
            }
        case .listItem:
            guard
                let (path, question) = questions.first(where: {
                    $0.1.type == .list && $0.1.fields.contains { $0.type == .text }
                }),
                let field = question.fields.first(where: { $0.type == .text })
            else { return nil }
            var items = sheet[path].list ?? []
            if items.isEmpty {
                items = [.record([field.id: .text("Premier élément")])]
            } else {
                var record = items[0].record ?? [:]
                record[field.id] = .text("Élément modifié")
                items[0] = .record(record)
            }
            return (path, .list(items))
        case .cleared:
            return questions.first { sheet[$0.0] != .null }.map { ($0.0, .null) }
        }
    }

    /// Saves `sheet` with `path` set to `value` over `text`, and checks that only that answer's lines changed.
    static func checkEdit(
        _ text: String, kit: Kit, path: QuestionPath, value: Value, name: String, newSection: Bool = false,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> String {
        var sheet = try sheet(text, kit: kit)
        sheet[path] = value
        let edited = try #require(
            AnswersEditor.edited(text, to: sheet, kit: kit), "\(name): not edited", sourceLocation: sourceLocation)
        let reread = try Self.sheet(edited, kit: kit)
        #expect(reread.hasSameContent(as: sheet), "\(name): reads back", sourceLocation: sourceLocation)

        let before = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = edited.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var prefix = 0
        while prefix < min(before.count, after.count), before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(before.count, after.count) - prefix,
            before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
        {
            suffix += 1
        }
        let removed = before[prefix..<(before.count - suffix)]
        let added = Array(after[prefix..<(after.count - suffix)])
        let question = try #require(kit.question(path))
        let entry =
            value == .null
            ? [] : AnswersWriter.entry(key: question.id, value: value, question: question, kit: kit, indent: "")
        let comment = { (line: String) in line.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        let blank = { (line: String) in line.trimmingCharacters(in: .whitespaces).isEmpty }
        // Only the answer's own lines: no comment or blank line goes or comes, what comes is the answer's entry.
        #expect(!removed.contains(where: comment), "\(name): \(removed)", sourceLocation: sourceLocation)
        #expect(!removed.contains(where: blank), "\(name): \(removed)", sourceLocation: sourceLocation)
        let trimmedEntry =
            (newSection ? [path.section + ":"] : [])
            + entry.flatMap { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }
        let trimmedAdded = added.map { $0.trimmingCharacters(in: .whitespaces) }
        let fits = (0...max(0, trimmedEntry.count - trimmedAdded.count)).contains { start in
            Array(trimmedEntry.dropFirst(start).prefix(trimmedAdded.count)) == trimmedAdded
        }
        #expect(fits, "\(name): added \(added), entry \(entry)", sourceLocation: sourceLocation)
        if !removed.isEmpty {
            // The lines that go are under the answer's key: the last entry key at or before the first of them.
            let key = before[...min(prefix, before.count - 1)].last { line in
                line.hasPrefix("    ") && !line.hasPrefix("     ") && !comment(line)
            }
            #expect(
                key?.hasPrefix("    \(question.id):") == true, "\(name): \(removed) under \(key ?? "-")",
                sourceLocation: sourceLocation)
        }
        #expect(
            before.filter(comment) == after.filter(comment), "\(name): comments", sourceLocation: sourceLocation)
        #expect(
            before.filter(blank).count == after.filter(blank).count, "\(name): blank lines",
            sourceLocation: sourceLocation)
        return edited
    }

    @Test(arguments: Fixtures.samples, Change.allCases)
    func oneAnswerChangedInASampleChangesOnlyItsLines(sample: String, change: Change) throws {
        let text = try String(contentsOfFile: Fixtures.packageRoot + "/" + sample, encoding: .utf8)
        let kit = try Self.shippedKit(sample.split(separator: "/")[1].description)
        let sheet = try Self.sheet(text, kit: kit)
        let (path, value) = try #require(Self.apply(change, to: sheet, kit: kit))
        _ = try Self.checkEdit(text, kit: kit, path: path, value: value, name: "\(sample) \(change) \(path)")
    }

    @Test(arguments: ["outil-numerique", "tribunal-generations-futures"], Change.allCases)
    func oneAnswerChangedInANewFileChangesOnlyItsLines(kitID: String, change: Change) throws {
        let kit = try Self.shippedKit(kitID)
        for language in kit.languages {
            var text = Self.newFile(kit, language: language)
            var sheet = try Self.sheet(text, kit: kit)
            if change == .cleared, Self.apply(.cleared, to: sheet, kit: kit) == nil {
                // Nothing to clear in a new file without defaults: answer first, then clear.
                let (path, value) = try #require(Self.apply(.text, to: sheet, kit: kit))
                text = try Self.checkEdit(text, kit: kit, path: path, value: value, name: "\(kitID) answered")
                sheet = try Self.sheet(text, kit: kit)
            }
            let (path, value) = try #require(Self.apply(change, to: sheet, kit: kit))
            let edited = try Self.checkEdit(
                text, kit: kit, path: path, value: value, name: "\(kitID) \(language) \(change) \(path)")
            #expect(edited.contains(Self.userComment + "\n"))
        }
    }

    @Test(arguments: Fixtures.samples)
    func everyAnswerOfASampleClearedThenGivenToANewFileChangesOnlyItsLines(sample: String) throws {
        let text = try String(contentsOfFile: Fixtures.packageRoot + "/" + sample, encoding: .utf8)
        let kit = try Self.shippedKit(sample.split(separator: "/")[1].description)
        let sheet = try Self.sheet(text, kit: kit)
        let newFile = Self.newFile(kit, language: sheet.language ?? .french)
        let fresh = try Self.sheet(newFile, kit: kit)
        for (path, value) in sheet.values.sorted(by: { $0.key < $1.key }) {
            _ = try Self.checkEdit(text, kit: kit, path: path, value: .null, name: "\(sample) cleared \(path)")
            guard fresh[path] != value else { continue }
            _ = try Self.checkEdit(newFile, kit: kit, path: path, value: value, name: "new \(kit.id) \(path)")
        }
    }

    @Test(arguments: Fixtures.samples)
    func anAnswerInASectionTheFileLacksAddsThatSectionInKitOrder(sample: String) throws {
        let full = try String(contentsOfFile: Fixtures.packageRoot + "/" + sample, encoding: .utf8)
        let kit = try Self.shippedKit(sample.split(separator: "/")[1].description)
        // The sample without its second section, then one answer of that section given again.
        var sheet = try Self.sheet(full, kit: kit)
        let section = kit.sections[1]
        let answered = try #require(
            section.questions.first { sheet[QuestionPath(section.id, $0.id)] != .null }, "\(sample)")
        let path = QuestionPath(section.id, answered.id)
        let value = sheet[path]
        for question in section.questions { sheet[QuestionPath(section.id, question.id)] = .null }
        let text = "# Notes de l'équipe\n" + AnswersWriter.yaml(sheet, kit: kit)
        let edited = try Self.checkEdit(
            text, kit: kit, path: path, value: value, name: "\(sample) \(path)", newSection: true)
        let lines = edited.split(separator: "\n").map(String.init)
        let keys = lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
        let sectionIDs = keys.map { String($0.dropFirst(2).prefix { $0 != ":" }) }
        #expect(sectionIDs == kit.sections.map(\.id).filter(sectionIDs.contains), "\(sample): kit order")
        #expect(sectionIDs.contains(section.id))
    }

    @Test func answersWithoutAnySectionGetTheirFirstSection() throws {
        let kit = try Self.shippedKit("outil-numerique")
        let question = try #require(kit.sections[0].questions.first { $0.type == .text })
        let path = QuestionPath(kit.sections[0].id, question.id)
        for answers in ["answers:\n", "answers: {}\n", ""] {
            let text = "# Brouillon\nkit: outil-numerique\nversion: \"\(kit.version)\"  # version du kit\n" + answers
            var sheet = try Self.sheet(text, kit: kit)
            sheet[path] = .text("Ville")
            let edited = try #require(AnswersEditor.edited(text, to: sheet, kit: kit))
            #expect(
                edited
                    == "# Brouillon\nkit: outil-numerique\nversion: \"\(kit.version)\"  # version du kit\nanswers:\n"
                    + "  \(path.section):\n    \(question.id): Ville\n")
        }
    }

    @Test func aFileThatCannotBeEditedIsRewrittenWhole() throws {
        let kit = try Self.shippedKit("outil-numerique")
        let question = try #require(kit.sections[0].questions.first { $0.type == .text })
        let path = QuestionPath(kit.sections[0].id, question.id)
        var sheet = AnswerSheet(for: kit)
        sheet[path] = .text("Ville")
        let flow =
            "kit: outil-numerique\nversion: \"\(kit.version)\"\nanswers: {\(path.section): {\(question.id): x}}\n"
        for text in ["pas du YAML: [\n", flow, "kit: autre\nversion: \"1\"\n"] {
            #expect(AnswersEditor.edited(text, to: sheet, kit: kit) == nil, "\(text)")
            let folder = try TemporaryDirectory()
            let file = try folder.write(text, to: "answers.yaml")
            try AnswersWriter.save(sheet, kit: kit, to: file)
            #expect(try folder.read("answers.yaml") == AnswersWriter.yaml(sheet, kit: kit))
        }
    }

    @Test func windowsLineEndingsStay() throws {
        let kit = try Self.shippedKit("outil-numerique")
        let text = Self.newFile(kit, language: .french).replacing("\n", with: "\r\n")
        let sheet = try Self.sheet(text, kit: kit)
        let (path, value) = try #require(Self.apply(.text, to: sheet, kit: kit))
        var changed = sheet
        changed[path] = value
        let edited = try #require(AnswersEditor.edited(text, to: changed, kit: kit))
        #expect(!edited.replacing("\r\n", with: "").contains("\n"))
        #expect(edited.split(separator: "\r\n").count == text.split(separator: "\r\n").count)
    }

    @Test func savingAFileKeepsItsComments() throws {
        let kit = try Self.shippedKit("tribunal-generations-futures")
        let folder = try TemporaryDirectory()
        let text = Self.newFile(kit, language: .french)
        let file = try folder.write(text, to: "answers.yaml")
        var sheet = try Self.sheet(text, kit: kit)
        let (path, value) = try #require(Self.apply(.text, to: sheet, kit: kit))
        sheet[path] = value
        try AnswersWriter.save(sheet, kit: kit, to: file)
        let saved = try folder.read("answers.yaml")
        let comments = { (text: String) in text.split(separator: "\n").filter { $0.contains("#") }.count }
        #expect(comments(saved) == comments(text))
        #expect(try loadSheet(file, kit: kit).hasSameContent(as: sheet))
    }
}

@Suite("Answers: a comment at the end of a changed answer's line")
struct AnswersEditorTrailingCommentTests {
    static let header = "kit: outil-numerique\nversion: \"3\"\nanswers:\n  etat_des_lieux:\n"

    static func edit(_ entry: String, to value: Value) throws -> String {
        let kit = try AnswersEditorTests.shippedKit("outil-numerique")
        let text = Self.header + entry + "    population: 12  # recensement 2022\n"
        var sheet = try AnswersEditorTests.sheet(text, kit: kit)
        sheet[QuestionPath("etat_des_lieux", "nom_organisme")] = value
        let edited = try #require(AnswersEditor.edited(text, to: sheet, kit: kit))
        #expect(edited.hasSuffix("    population: 12  # recensement 2022\n"))
        return String(edited.dropFirst(Self.header.count).dropLast("    population: 12  # recensement 2022\n".count))
    }

    @Test func staysOnTheNewLine() throws {
        #expect(
            try Self.edit("    nom_organisme: Ville  # à valider\n", to: .text("Ville B"))
                == "    nom_organisme: Ville B  # à valider\n")
        #expect(
            try Self.edit("    nom_organisme: \"Ville \\\" # 1\" # à valider\n", to: .text("Ville B"))
                == "    nom_organisme: Ville B  # à valider\n")
        #expect(
            try Self.edit("    nom_organisme: 'Ville '' # 1'  # à valider\n", to: .text("Ville B"))
                == "    nom_organisme: Ville B  # à valider\n")
        #expect(
            try Self.edit("    nom_organisme:   # à valider\n", to: .text("Ville B"))
                == "    nom_organisme: Ville B  # à valider\n")
        #expect(
            try Self.edit("    nom_organisme: Ville  # à valider\n", to: .text("Deux\nlignes"))
                == "    nom_organisme: |-  # à valider\n      Deux\n      lignes\n")
    }

    @Test func staysAsALineWhenTheAnswerIsCleared() throws {
        #expect(try Self.edit("    nom_organisme: Ville  # à valider\n", to: .null) == "    # à valider\n")
    }
}
