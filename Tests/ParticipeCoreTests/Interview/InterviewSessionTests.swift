import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite struct InterviewSessionTests {
    let kit: Kit
    init() throws { kit = try DemoKit.load() }

    func session(_ values: [String: Value] = [:], language: Language = .french) -> InterviewSession {
        var sheet = AnswerSheet(for: kit, language: language)
        for (path, value) in values {
            if let path = QuestionPath(path) { sheet[path] = value }
        }
        return InterviewSession(kit: kit, sheet: sheet, today: DemoKit.today)
    }

    @Test func startsAtTheFirstQuestionAndMovesOnWhenAnswered() {
        var session = session()
        #expect(session.current == QuestionPath("identite", "nom"))
        #expect(session.answer(.text("Ville")).isEmpty)
        #expect(session.sheet[QuestionPath("identite", "nom")] == .text("Ville"))
        #expect(session.current == QuestionPath("identite", "presentation"))
        #expect(session.progress == InterviewProgress(section: 1, sections: 2, answered: 1, total: 13))
    }

    @Test func resumesAtTheFirstUnansweredVisibleQuestion() {
        let session = session(["identite.nom": .text("Ville"), "identite.presentation": .text("…")])
        #expect(session.current == QuestionPath("identite", "type"))
    }

    @Test func resumesAtAnAnswerThatCheckRefuses() {
        let session = session(["identite.nom": .text("Ville"), "identite.population": .number(0)])
        #expect(session.current == QuestionPath("identite", "population"))
    }

    /// Where the person stopped: after the last answer, not at an optional question left behind.
    @Test func resumesAfterTheLastAnswerNotAtAnOptionalQuestionLeftBehind() {
        var session = session([
            "identite.nom": .text("V"), "identite.type": .text("commune"), "identite.population": .number(9),
        ])
        #expect(session.current == QuestionPath("identite", "public"))
        session.answer(.boolean(true))
        #expect(session.current == QuestionPath("projet", "budget"))
    }

    /// A required question left before the last answer comes first; an optional one left before does not.
    @Test func resumesAtARequiredQuestionLeftBefore() {
        let session = session(["identite.nom": .text("V"), "identite.public": .boolean(false)])
        #expect(session.current == QuestionPath("identite", "type"))
    }

    @Test func refusesAnInvalidAnswerWithTheMessagesOfCheck() {
        var session = session(["identite.nom": .text("V"), "identite.type": .text("commune")])
        session.skip()
        #expect(session.current == QuestionPath("identite", "population"))
        let result1 = session.answer(.number(0))
        #expect(result1 == ["identite.population: 0 est inférieur au minimum 1"])
        #expect(session.sheet[QuestionPath("identite", "population")] == .null)
        #expect(session.current == QuestionPath("identite", "population"))
        let check = Evaluation(
            kit: kit,
            sheet: {
                var sheet = session.sheet
                sheet[QuestionPath("identite", "population")] = .number(0)
                return sheet
            }(),
            today: DemoKit.today)
        #expect(check.issues.map(\.message) == ["identite.population: 0 est inférieur au minimum 1"])
    }

    @Test func requiredQuestionsCannotBeSkipped() {
        var session = session(language: .english)
        let result2 = session.skip()
        #expect(result2 == "this question is required: it cannot be skipped")
        let result3 = session.acceptProposed()
        #expect(result3 == ["this question is required: it cannot be skipped"])
        #expect(session.current == QuestionPath("identite", "nom"))
        let result4 = session.answer(.text(""))
        #expect(result4 == ["required answer missing: identite.nom (“Name of the body”)"])
    }

    @Test func enterAcceptsTheDefault() {
        var session = session([
            "identite.nom": .text("V"), "identite.type": .text("commune"), "identite.population": .number(9),
        ])
        #expect(session.current == QuestionPath("identite", "public"))
        #expect(session.proposedValue(QuestionPath("identite", "public")) == .boolean(true))
        #expect(session.acceptProposed().isEmpty)
        #expect(session.sheet[QuestionPath("identite", "public")] == .boolean(true))
        #expect(session.current == QuestionPath("projet", "budget"))
    }

    @Test func answersRevealQuestions() {
        var session = session([
            "identite.nom": .text("V"), "identite.type": .text("commune"), "identite.population": .number(9),
            "identite.public": .boolean(true), "projet.budget": .number(1),
            "projet.ouverture": .date(CalendarDate(year: 2026, month: 3, day: 1)!),
        ])
        #expect(session.current == QuestionPath("projet", "cloture"))
        session.skip()
        #expect(session.current == QuestionPath("projet", "modules"))
        session.answer(.list([.text("budget_participatif")]))
        #expect(session.current == QuestionPath("projet", "enveloppe"))
        #expect(session.isRequired(QuestionPath("projet", "enveloppe")))
    }

    @Test func backReturnsToThePreviousQuestionThenComesBack() {
        var session = session()
        session.answer(.text("A"))
        session.answer(.text("Présentation"))
        #expect(session.current == QuestionPath("identite", "type"))
        let result5 = session.back()
        #expect(result5)
        #expect(session.current == QuestionPath("identite", "presentation"))
        #expect(session.proposedValue(QuestionPath("identite", "presentation")) == .text("Présentation"))
        let result6 = session.back()
        #expect(result6)
        #expect(session.current == QuestionPath("identite", "nom"))
        let result7 = session.back()
        #expect(!result7 || session.current == QuestionPath("identite", "nom"))
        session.answer(.text("B"))
        #expect(session.current == QuestionPath("identite", "presentation"))
        session.acceptProposed()
        #expect(session.current == QuestionPath("identite", "type"))
        #expect(session.sheet[QuestionPath("identite", "nom")] == .text("B"))
    }

    @Test func backAfterResumingFollowsTheQuestionnaire() {
        var session = session(["identite.nom": .text("A"), "identite.presentation": .text("P")])
        let result8 = session.back()
        #expect(result8)
        #expect(session.current == QuestionPath("identite", "presentation"))
    }

    @Test func reviewAsksAQuestionThenReturns() {
        var session = session(["identite.nom": .text("A"), "identite.presentation": .text("P")])
        #expect(session.reviewable.map(\.question) == ["nom", "presentation", "type", "population", "public"])
        session.review(QuestionPath("identite", "nom"))
        #expect(session.current == QuestionPath("identite", "nom"))
        session.answer(.text("Z"))
        #expect(session.current == QuestionPath("identite", "type"))
        #expect(session.sheet[QuestionPath("identite", "nom")] == .text("Z"))
    }

    @Test func skippedQuestionsAreNotAskedAgainInTheSameSession() {
        var session = session(["identite.nom": .text("A")])
        session.skip()
        #expect(session.current == QuestionPath("identite", "type"))
        session.answer(.text("etat"))
        #expect(session.current == QuestionPath("identite", "population"))
        #expect(!session.isRequired(QuestionPath("identite", "population")))
    }

    @Test func finishesWhenEveryVisibleQuestionIsDone() throws {
        let session = InterviewSession(kit: kit, sheet: try demoSheet(for: kit), today: DemoKit.today)
        #expect(session.isFinished)
        #expect(session.progress.section == 2)
        #expect(session.reviewable.first == QuestionPath("projet", "budget"))
    }
}
