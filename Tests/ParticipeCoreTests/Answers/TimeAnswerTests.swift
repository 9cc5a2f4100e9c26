import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// The `time` question type: written `HH:MM` (or `19h30`), seen by expressions as minutes since midnight.
@Suite("Answers: times of day")
struct TimeAnswerTests {
    static func kit() throws -> Kit {
        let folder = try TemporaryDirectory()
        _ = try folder.write(
            """
            id: soiree
            version: "1"
            languages: [fr, en]
            title: Soirée
            sections:
              - id: seance
                title: Séance
                questions:
                  - {id: debut, type: time, label: Début}
                  - {id: duree, type: integer, label: Durée, unit: min}
            computed:
              - {id: fin, value: "clock(seance.debut + seance.duree)"}
            """, to: "soiree/kit.yaml")
        var texts = SourceTexts()
        return try KitLoader().load(directory: folder.path("soiree"), texts: &texts)
    }

    @Test(arguments: [
        ("19:30", 1170.0), ("19h30", 1170), ("19 h 30", 1170), ("9h", 540), ("00:00", 0), ("23:59", 1439), ("19", 1140),
    ])
    func readsTheWaysPeopleWriteATime(_ written: String, _ minutes: Double) throws {
        #expect(AnswerDecoder.parseTime(written).map(Double.init) == minutes)
    }

    @Test(arguments: ["24:00", "19:60", "7pm", "19:3a", ":30", "", "19:"])
    func refusesWhatIsNotATime(_ written: String) {
        #expect(AnswerDecoder.parseTime(written) == nil)
    }

    @Test func savesAsHHMMAndComputesClockTimes() throws {
        let kit = try Self.kit()
        let fixture = try AnswersFixture(
            "kit: soiree\nversion: \"1\"\nanswers:\n  seance:\n    debut: 19h30\n    duree: 95\n")
        let sheet = try fixture.decode(for: kit).get()
        #expect(sheet[QuestionPath("seance", "debut")] == .number(1170))
        #expect(AnswersWriter.yaml(sheet, kit: kit).contains("    debut: \"19:30\"\n"))
        let evaluation = Evaluation(kit: kit, sheet: sheet, today: CalendarDate(dayNumber: 0))
        #expect(evaluation.computed["fin"] == .text("21:05"))
        let question = try #require(kit.question(QuestionPath("seance", "debut")))
        #expect(ValueFormatter(language: .french).answer(.number(1170), for: question) == "19 h 30")
        #expect(ValueFormatter(language: .english).answer(.number(1170), for: question) == "19:30")
    }

    @Test func aWrongTimeIsAnErrorWithItsPosition() throws {
        let fixture = try AnswersFixture("kit: soiree\nversion: \"1\"\nanswers:\n  seance:\n    debut: 25h\n")
        let errors = fixture.errors(for: try Self.kit())
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasSuffix(":5:12: error: 'seance.debut' expects a time of day written HH:MM, found '25h'")
                == true)
    }
}
