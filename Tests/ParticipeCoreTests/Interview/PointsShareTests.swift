import Testing

@testable import ParticipeCore

/// A `points` answer given choice by choice never goes over the question's total, nor proposes less than zero.
@Suite struct PointsShareTests {
    let kit: Kit
    init() throws { kit = try DemoKit.load() }

    func dialogue(existing: Value = .null, language: Language = .french) throws -> AnswerDialogue {
        let question = try DemoKit.question("projet.ponderation")
        return AnswerDialogue(question: question, kit: kit, existing: existing, language: language)
    }

    @Test func aShareOverWhatRemainsIsRefusedWithTheRemainingPointsNamed() throws {
        var points = try dialogue()
        #expect(points.enter("70") == nil)
        let refused = points.enter("40")
        #expect(refused?.message == "il ne reste que 30 points à répartir : donnez-en au plus 30")
        #expect(refused?.code == "interview.points-over-total")
        #expect(points.step == .points(choice: 1))
        #expect(points.enter("30") == nil)
        #expect(points.value == .record(["technique": .number(70), "prix": .number(30)]))
    }

    @Test func inEnglish() throws {
        var points = try dialogue(language: .english)
        #expect(points.enter("120")?.message == "only 100 points are left to share: give at most 100")
    }

    @Test func theDefaultIsNeverNegativeNorOverWhatRemains() throws {
        // An answer saved over the total: 90 + 40.
        var points = try dialogue(existing: .record(["technique": .number(90), "prix": .number(40)]))
        #expect(points.proposed == "90")
        #expect(points.enter("") == nil)
        #expect(points.proposed == "10")
        #expect(points.enter("") == nil)
        #expect(points.value == .record(["technique": .number(90), "prix": .number(10)]))

        var full = try dialogue()
        #expect(full.enter("100") == nil)
        #expect(full.proposed == "0")
    }
}
