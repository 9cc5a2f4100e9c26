import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

func path(_ dotted: String) -> QuestionPath {
    QuestionPath(dotted) ?? QuestionPath("?", "?")
}

/// `kit` evaluated over an answers file written from `text`, so that issues have locations.
func evaluation(ofAnswers text: String, kit: Kit, language: Language? = nil) throws -> (Evaluation, AnswersFixture) {
    let fixture = try AnswersFixture(text)
    let sheet = try fixture.decode(for: kit).get()
    return (Evaluation(kit: kit, sheet: sheet, language: language, today: testToday), fixture)
}
