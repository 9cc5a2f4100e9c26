import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Answers: save and load give back the same sheet")
struct AnswersRoundTripTests {
    /// load → save → load gives the same sheet; save → load → save gives the same text.
    private func assertRoundTrip(
        _ sheet: AnswerSheet, kit: Kit, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws
    {
        let folder = try TemporaryDirectory()
        let first = AnswersWriter.yaml(sheet, kit: kit)
        let path = try folder.write(first, to: "answers.yaml")
        let reloaded: AnswerSheet
        do {
            reloaded = try loadSheet(path, kit: kit)
        } catch {
            Issue.record("the saved sheet does not load: \(error)\n\(first)", sourceLocation: sourceLocation)
            return
        }
        #expect(reloaded.hasSameContent(as: sheet), "saved as:\n\(first)", sourceLocation: sourceLocation)
        for (path, value) in sheet.values where reloaded[path] != value {
            Issue.record("\(path): \(value) came back as \(reloaded[path])\n\(first)", sourceLocation: sourceLocation)
        }
        assertLines(AnswersWriter.yaml(reloaded, kit: kit), first, "second save", sourceLocation: sourceLocation)
    }

    @Test func theDemoAnswers() throws {
        let kit = try demoKit()
        let sheet = try demoSheet(for: kit)
        #expect(sheet.values.count == 14)
        #expect(sheet[QuestionPath("identite", "nom")] == .text("Ville de Lorient & <environs>"))
        #expect(sheet[QuestionPath("identite", "presentation")] == .text("Une ville *littorale*.\n# Pas un titre\n"))
        #expect(sheet[QuestionPath("projet", "ouverture")] == .date(try #require(CalendarDate(iso: "2026-03-01"))))
        #expect(
            sheet[QuestionPath("projet", "ponderation")] == .record(["technique": .number(70), "prix": .number(30)]))
        try assertRoundTrip(sheet, kit: kit)
    }

    static let trickyTexts: [String] = [
        "l'école \"Jules Ferry\" et 'la mairie'", "clé: valeur", "fin:", "# pas un commentaire", "a #b", "a#b",
        "  deux espaces devant", "espace derrière ", "ligne 1\nligne 2", "une ligne\n", "deux retours\n\n",
        "\ncommence par un retour", "  indenté\n  aussi\n", "Émilie — 日本語 🎉👩‍👩‍👧", "yes", "no", "No", "null", "~", "true",
        "Oui", "off", "y", "123", "1.5", "-4", "0x1F", "1e3", "15 000", "2026-03-01", "- tiret", "[crochet",
        "{accolade",
        "*étoile", "&ancre", "!tag", "%pour", "@arobase", "`accent grave`", "|barre", ">chevron", "?question",
        "tab\tdedans",
        "retour\r\nchariot", "cloche \u{7}", "\u{FEFF}bom", "ligne\u{2028}séparateur", "anti\\slash", "", "   ", "\"",
        "'",
        "a: b\nc: d", "fin de bloc |\n  >\n", String(repeating: "long ", count: 60),
    ]

    @Test(arguments: trickyTexts)
    func aTrickyText(_ text: String) throws {
        let kit = try demoKit()
        var sheet = AnswerSheet(for: kit, language: .french)
        sheet[QuestionPath("identite", "nom")] = .text(text)
        sheet[QuestionPath("identite", "presentation")] = .text(text)
        sheet[QuestionPath("projet", "equipe")] = .list([.record(["nom": .text(text), "role": .text("dpo")])])
        sheet[QuestionPath("projet", "offres")] = .list([
            .record(["candidate": .text(text), "notes": .text(text), "scores": .record(["technique": .number(3)])])
        ])
        try assertRoundTrip(sheet, kit: kit)
    }

    @Test func everyTrickyTextInOneSheet() throws {
        let kit = try demoKit()
        var sheet = AnswerSheet(for: kit, language: .english)
        sheet[QuestionPath("projet", "equipe")] = .list(
            Self.trickyTexts.map { .record(["nom": .text($0), "temps": .number(0.25)]) })
        try assertRoundTrip(sheet, kit: kit)
    }

    @Test(arguments: [0, 0.1, -3.25, 1e-7, 123_456_789.125, 1e15, -1e15, 70_000_000])
    func numbers(_ number: Double) throws {
        let kit = try demoKit()
        var sheet = AnswerSheet(for: kit)
        sheet[QuestionPath("projet", "budget")] = .number(number)
        sheet[QuestionPath("projet", "ponderation")] = .record(["technique": .number(number), "prix": .number(1)])
        try assertRoundTrip(sheet, kit: kit)
    }

    @Test func anEmptySheet() throws {
        let kit = try demoKit()
        let sheet = AnswerSheet(for: kit)
        #expect(AnswersWriter.yaml(sheet, kit: kit) == "kit: demo\nversion: \"2\"\nanswers: {}\n")
        try assertRoundTrip(sheet, kit: kit)
    }

    @Test func savingReplacesTheFileAtomically() throws {
        let kit = try demoKit()
        let folder = try TemporaryDirectory()
        let path = try folder.write("ancien contenu\n", to: "answers.yaml")
        var sheet = AnswerSheet(for: kit, language: .french)
        sheet[QuestionPath("identite", "nom")] = .text("Ville")
        try AnswersWriter.save(sheet, kit: kit, to: path)
        #expect(try folder.contents() == ["answers.yaml"])
        #expect(try folder.read("answers.yaml") == AnswersWriter.yaml(sheet, kit: kit))
        #expect(try loadSheet(path, kit: kit).hasSameContent(as: sheet))
    }

    @Test func savingIntoAMissingFolderFailsAndLeavesNothing() throws {
        let kit = try demoKit()
        let folder = try TemporaryDirectory()
        #expect(throws: AtomicFileError.self) {
            try AnswersWriter.save(AnswerSheet(for: kit), kit: kit, to: folder.path("absent/answers.yaml"))
        }
        #expect(try folder.contents() == [])
    }
}
