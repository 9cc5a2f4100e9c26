import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// A `participe new` file keeps French typography: « : » and « # » in texts, and texts of several lines.
@Suite("Answers: a new file's texts read back intact")
struct SkeletonTypographyTests {
    static let kitText = """
        id: typo
        version: "1"
        languages: [fr, en]
        title: {fr: Typographie, en: Typography}
        sections:
          - id: lieu
            title: {fr: Lieu, en: Place}
            questions:
              - id: territoire
                type: text
                label: {fr: Territoire, en: Area}
                default: "Quartiers Nord ; Gare # et centre"
                examples: {fr: ["Nord : Gare", "Centre # Est", "Bourg"], en: ["North: station", "Town"]}
              - id: contexte
                type: paragraph
                label: {fr: Contexte, en: Context}
                default: "Première ligne : la gare\\nSeconde # ligne"

        """

    static func kit() throws -> Kit {
        let folder = try TemporaryDirectory()
        _ = try folder.write(kitText, to: "typo/kit.yaml")
        var texts = SourceTexts()
        return try KitLoader().load(directory: folder.path("typo"), texts: &texts)
    }

    @Test(arguments: [Language.french, .english])
    func theHeaderSaysHowToWriteColonsHashesAndSeveralLines(language: Language) throws {
        let yaml = AnswersSkeleton(kit: try Self.kit(), language: language).yaml()
        let header = yaml.components(separatedBy: "answers:")[0]
        if language == .french {
            #expect(header.contains("# Un texte qui contient « : » ou « # » s'écrit entre guillemets droits"))
            #expect(header.contains("# Un texte de plusieurs lignes : « | » après les deux-points"))
        } else {
            #expect(header.contains("# A text holding ': ' or ' #' goes between double quotes"))
            #expect(header.contains("# A text of several lines: '|' after the colon"))
        }
    }

    @Test func defaultsAreQuotedAndReadBackIntact() throws {
        let kit = try Self.kit()
        let yaml = AnswersSkeleton(kit: kit, language: .french).yaml()
        #expect(yaml.contains("    territoire: \"Quartiers Nord ; Gare # et centre\"\n"))
        #expect(yaml.contains("    contexte: |-\n      Première ligne : la gare\n      Seconde # ligne\n"))
        let file = try AnswersFixture(yaml)
        let sheet = try file.decode(for: kit).get()
        #expect(sheet[QuestionPath("lieu", "territoire")] == .text("Quartiers Nord ; Gare # et centre"))
        #expect(sheet[QuestionPath("lieu", "contexte")] == .text("Première ligne : la gare\nSeconde # ligne"))
    }

    @Test func examplesAreShownAsTheyMustBeWrittenAndReadBackIntact() throws {
        let kit = try Self.kit()
        let yaml = AnswersSkeleton(kit: kit, language: .french).yaml()
        let line = try #require(yaml.split(separator: "\n").first { $0.contains("# Exemples : ") })
        #expect(line == "    # Exemples : \"Nord : Gare\" ; \"Centre # Est\" ; Bourg")
        // Each example, copied as shown as the answer, reads back as the example.
        for (shown, meant) in [
            ("\"Nord : Gare\"", "Nord : Gare"), ("\"Centre # Est\"", "Centre # Est"), ("Bourg", "Bourg"),
        ] {
            let filled = yaml.replacingOccurrences(
                of: "    territoire: \"Quartiers Nord ; Gare # et centre\"", with: "    territoire: \(shown)")
            let sheet = try AnswersFixture(filled).decode(for: kit).get()
            #expect(sheet[QuestionPath("lieu", "territoire")] == .text(meant))
        }
    }

    @Test(arguments: [Language.french, .english])
    func theDatedFactsAHelpNamesShowTheirValueOfTheDay(language: Language) throws {
        var texts = SourceTexts()
        let kit = try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/outil-numerique", texts: &texts)
        let yaml = AnswersSkeleton(kit: kit, language: language, today: testToday).yaml()
        #expect(!yaml.contains("{{"))
        #expect(yaml.contains(language == .french ? "sous 60\u{A0}000\u{A0}€ HT" : "below 60,000\u{A0}€ excl. tax"))
        // Without a day, the text stays as written.
        #expect(AnswersSkeleton(kit: kit, language: language).yaml().contains("seuil_dispense_publicite }}"))
    }
}
