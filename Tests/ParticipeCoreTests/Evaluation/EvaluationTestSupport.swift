import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// The date the tests evaluate at.
let testToday = CalendarDate(year: 2026, month: 11, day: 27) ?? CalendarDate(dayNumber: 0)

func path(_ dotted: String) -> QuestionPath {
    QuestionPath(dotted) ?? QuestionPath("?", "?")
}

/// The demo kit evaluated over the complete demo answers, changed by `edit`.
func demoEvaluation(language: Language? = nil, _ edit: (inout AnswerSheet) -> Void = { _ in }) throws -> Evaluation {
    let kit = try demoKit()
    var sheet = try loadSheet(Fixtures.path("answers/demo-complete.yaml"), kit: kit)
    edit(&sheet)
    return Evaluation(kit: kit, sheet: sheet, language: language, today: testToday)
}

/// `kit` evaluated over an answers file written from `text`, so that issues have locations.
func evaluation(ofAnswers text: String, kit: Kit, language: Language? = nil) throws -> (Evaluation, AnswersFixture) {
    let fixture = try AnswersFixture(text)
    let sheet = try fixture.decode(for: kit).get()
    return (Evaluation(kit: kit, sheet: sheet, language: language, today: testToday), fixture)
}
