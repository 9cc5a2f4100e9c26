import ParticipeCore
import ParticipeTestSupport
import Testing

/// What the kits' authors promise their users: every question explains itself, every rule says what to do.
@Suite("Shipped kits: content")
struct ShippedKitContentTests {
    static func load(_ id: String) throws -> Kit {
        var texts = SourceTexts()
        return try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/\(id)", texts: &texts)
    }

    @Test(arguments: ["outil-numerique", "tribunal-generations-futures"])
    func everyQuestionHasItsHelpInBothLanguages(_ id: String) throws {
        let kit = try Self.load(id)
        for (path, question) in kit.allQuestions {
            let help = try #require(question.help, "\(path) has no help")
            for language in Language.allCases {
                let text = help.resolve(language).map { segment -> String in
                    if case .text(let text) = segment { return text }
                    return "…"
                }.joined()
                #expect(text.count >= 40, "\(path): the \(language) help is too short to say why the question matters")
            }
            for field in question.fields {
                #expect(
                    !field.label.resolve(.english).isEmpty && !field.label.resolve(.french).isEmpty,
                    "\(path).\(field.id)")
            }
        }
    }

    @Test(arguments: ["outil-numerique", "tribunal-generations-futures"])
    func everyRuleSaysWhatToDoAndWhatItConcerns(_ id: String) throws {
        let kit = try Self.load(id)
        for rule in kit.rules {
            #expect(rule.action != nil, "rule \(rule.id) says nothing of what to do next")
            #expect(!rule.concerns.isEmpty, "rule \(rule.id) names no question")
        }
        #expect(Set(kit.rules.map(\.severity)) == Set(Rule.Severity.allCases))
    }

    @Test func theParticipationGridRunsFromSensorToStakeholder() throws {
        let kit = try Self.load("outil-numerique")
        let grid = try #require(kit.grids.first { $0.id == "role_citoyen" })
        #expect(grid.levels.map(\.id) == ["capteur", "consulte", "concerte", "co_constructeur", "partie_prenante"])
        for level in grid.levels {
            #expect(level.iap2 != nil && level.promise != nil, "level \(level.id) lacks its IAP2 level or promise")
        }
        #expect(grid.declared == QuestionPath("role", "niveau_vise"))
    }

    @Test func procurementQuestionsOnlyWhenAProviderIsHired() throws {
        let kit = try Self.load("outil-numerique")
        let procurement = try #require(kit.section("marche"))
        let conditioned = procurement.questions.dropFirst().filter { $0.when != nil }
        #expect(conditioned.count >= procurement.questions.count / 2)
        #expect(conditioned.allSatisfy { $0.when?.source.contains("recours_prestataire") == true })
    }
}
