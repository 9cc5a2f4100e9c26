import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// A computed value written per language: the evaluation uses the expression of its language.
@Suite("Computed values per language")
struct LocalizedComputedTests {
    static func load(_ value: String) throws -> Kit {
        let folder = try TemporaryDirectory()
        _ = try folder.write(
            """
            id: mots
            version: "1"
            languages: [fr, en]
            title: Mots
            sections:
              - id: s
                title: S
                questions:
                  - {id: mesure, type: text, label: Mesure}
            computed:
              - id: formulation
                value:
            \(value)
            """, to: "mots/kit.yaml")
        var texts = SourceTexts()
        return try KitLoader().load(directory: folder.path("mots"), texts: &texts)
    }

    @Test func eachLanguageGetsItsExpression() throws {
        let kit = try Self.load(
            """
                  fr: "'Faut-il ' + s.mesure + ' ?'"
                  en: "'Should we ' + s.mesure + '?'"
            """)
        #expect(kit.warnings.isEmpty)
        let sheet = AnswerSheet(kitID: "mots", kitVersion: "1", values: [QuestionPath("s", "mesure"): .text("voter")])
        let today = CalendarDate(dayNumber: 0)
        #expect(
            Evaluation(kit: kit, sheet: sheet, language: .french, today: today).computed["formulation"]
                == .text("Faut-il voter ?"))
        #expect(
            Evaluation(kit: kit, sheet: sheet, language: .english, today: today).computed["formulation"]
                == .text("Should we voter?"))
    }

    @Test func aMissingLanguageIsAWarning() throws {
        let kit = try Self.load("      fr: \"'Faut-il ' + s.mesure\"")
        #expect(kit.warnings.map(\.message) == ["computed value 'formulation' has no 'en' expression"])
        let sheet = AnswerSheet(kitID: "mots", kitVersion: "1", values: [QuestionPath("s", "mesure"): .text("voter")])
        #expect(
            Evaluation(kit: kit, sheet: sheet, language: .english, today: CalendarDate(dayNumber: 0)).computed[
                "formulation"] == .text("Faut-il voter"))
    }

    @Test func languagesThatDisagreeOnTheTypeAreAnError() throws {
        #expect(throws: DiagnosticList.self) {
            _ = try Self.load("      fr: \"'texte'\"\n      en: \"1 + 1\"")
        }
    }
}
