import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// Problems that share a cause are grouped under it, and the three things to do first come from the gravest groups
/// and those that settle the most.
@Suite("Rules: causes, consequences and the things to do first")
struct RuleCausesTests {
    static let sections = """
        sections:
          - id: s
            title: S
            questions:
              - {id: a, type: boolean, label: A}
              - {id: b, type: boolean, label: B}

        """

    static func kit(_ rules: String) throws -> Kit {
        try KitFixture(kitText(sections: sections, "rules:\n" + rules)).load()
    }

    static func evaluation(_ kit: Kit, a: Bool = true, b: Bool = true) -> Evaluation {
        var sheet = AnswerSheet(for: kit)
        sheet[QuestionPath("s", "a")] = .boolean(a)
        sheet[QuestionPath("s", "b")] = .boolean(b)
        return Evaluation(kit: kit, sheet: sheet, today: testToday)
    }

    static let rules = """
          - {id: cause, severity: warning, when: "s.a", message: "Cause."}
          - {id: relais, severity: advice, when: "false", message: "Relais.", follows: [cause]}
          - {id: suite, severity: blocker, when: "s.a", message: "Suite.", follows: [relais]}
          - {id: autre, severity: blocker, when: "s.b", message: "Autre."}
          - {id: conseil, severity: advice, when: "s.b", message: "Conseil."}
          - {id: seul, severity: warning, when: "s.b", message: "Seul.", follows: [cause]}

        """

    @Test func aConsequenceGoesUnderItsCauseThroughARuleThatDidNotFire() throws {
        let kit = try Self.kit(Self.rules)
        let groups = Self.evaluation(kit).ruleGroups
        #expect(groups.map(\.cause.rule.id) == ["autre", "cause", "conseil"])
        let cause = try #require(groups.first { $0.cause.rule.id == "cause" })
        #expect(cause.consequences.map(\.rule.id) == ["suite", "seul"])
        // A warning whose consequence is a blocker weighs as a blocker.
        #expect(cause.severity == .blocker)
        // Every fired rule is in one group, once.
        let grouped = groups.flatMap { [$0.cause.rule.id] + $0.consequences.map(\.rule.id) }
        #expect(grouped.sorted() == Self.evaluation(kit).firedRules.map(\.rule.id).sorted())
    }

    @Test func withoutItsCauseAConsequenceStandsAlone() throws {
        let kit = try Self.kit(Self.rules)
        let groups = Self.evaluation(kit, a: false).ruleGroups
        #expect(groups.map(\.cause.rule.id) == ["autre", "seul", "conseil"])
        #expect(groups.allSatisfy { $0.consequences.isEmpty })
    }

    @Test func theThingsToDoFirstAreTheGravestThenThoseThatSettleTheMost() throws {
        let kit = try Self.kit(Self.rules)
        // Two blocker groups: the cause settles two problems, so it comes before the lone blocker.
        #expect(Self.evaluation(kit).firstSteps.map(\.cause.rule.id) == ["cause", "autre", "conseil"])
        #expect(Self.evaluation(kit, a: false).firstSteps.map(\.cause.rule.id) == ["autre", "seul", "conseil"])
        #expect(Self.evaluation(kit, a: false, b: false).firstSteps.isEmpty)
    }

    @Test func anUnknownCauseIsAnErrorWithASuggestion() throws {
        let fixture = try KitFixture(
            kitText(
                sections: Self.sections,
                "rules:\n  - {id: cause, severity: warning, when: \"s.a\", message: \"C.\"}\n"
                    + "  - {id: suite, severity: warning, when: \"s.a\", message: \"S.\", follows: [cuase]}\n"))
        let messages = fixture.errors().diagnostics.map(\.message)
        #expect(
            messages.contains { $0.contains("cuase") && $0.contains("follows") && $0.contains("cause") }, "\(messages)")
    }

    @Test func rulesThatFollowFromOneAnotherInACircleAreRefused() throws {
        let fixture = try KitFixture(
            kitText(
                sections: Self.sections,
                "rules:\n  - {id: un, severity: warning, when: \"s.a\", message: \"1.\", follows: [deux]}\n"
                    + "  - {id: deux, severity: warning, when: \"s.a\", message: \"2.\", follows: [trois]}\n"
                    + "  - {id: trois, severity: warning, when: \"s.a\", message: \"3.\", follows: [un]}\n"))
        let messages = fixture.errors().diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("un → deux → trois → un") }, "\(messages)")
    }
}
