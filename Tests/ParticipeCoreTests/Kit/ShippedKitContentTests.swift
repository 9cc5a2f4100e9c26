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
        #expect(
            grid.levels.map(\.id) == [
                "capteur", "consultation_sans_engagement", "consulte", "concerte", "co_constructeur", "partie_prenante",
            ])
        for level in grid.levels {
            #expect(level.iap2 != nil && level.promise != nil, "level \(level.id) lacks its IAP2 level or promise")
            // Each level names its conditions, so that documents say which are met and which are missing.
            #expect(level.when == nil && !level.conditions.isEmpty, "level \(level.id)")
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

/// The procurement rules of `outil-numerique` take the thresholds in force when the consultation is launched.
@Suite("Shipped kits: dated procurement facts")
struct ShippedKitFactsTests {
    static func evaluate(amount: Double, procedure: String, launch: String, body: String = "commune") throws
        -> Evaluation
    {
        let kit = try ShippedKitContentTests.load("outil-numerique")
        var texts = SourceTexts()
        var sheet = try AnswersFile.read(
            Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml", texts: &texts
        ).decode(for: kit)
        sheet[QuestionPath("marche", "montant_estime")] = .number(amount)
        sheet[QuestionPath("marche", "procedure_envisagee")] = .text(procedure)
        if let date = CalendarDate(iso: launch) { sheet[QuestionPath("marche", "date_lancement")] = .date(date) }
        sheet[QuestionPath("etat_des_lieux", "type_organisme")] = .text(body)
        return Evaluation(kit: kit, sheet: sheet, today: testToday)
    }

    static func fired(_ evaluation: Evaluation) -> [String] { evaluation.firedRules.map(\.rule.id) }

    @Test func aPurchaseOf50000EurosLaunchedInSeptember2026NeedsNoPublicity() throws {
        let september = try Self.evaluate(amount: 50_000, procedure: "gre_a_gre", launch: "2026-09-15")
        #expect(!Self.fired(september).contains("procedure-sous-dimensionnee"))
        #expect(september.computed["procedure_suggeree"] == .text("gre_a_gre"))
        // The same purchase launched before 1 April 2026 was above the threshold of the time.
        let february = try Self.evaluate(amount: 50_000, procedure: "gre_a_gre", launch: "2026-02-15")
        #expect(Self.fired(february).contains("procedure-sous-dimensionnee"))
        #expect(february.computed["procedure_suggeree"] == .text("mapa"))
    }

    @Test func theFormalThresholdFollowsTheBodyAndThePeriod() throws {
        let commune = try Self.evaluate(amount: 218_000, procedure: "mapa", launch: "2026-09-15")
        #expect(commune.computed["seuil_procedure_formalisee"] == .number(216_000))
        #expect(Self.fired(commune).contains("procedure-sous-dimensionnee"))
        let state = try Self.evaluate(amount: 141_000, procedure: "mapa", launch: "2026-09-15", body: "etat")
        #expect(state.computed["seuil_procedure_formalisee"] == .number(140_000))
        #expect(Self.fired(state).contains("procedure-sous-dimensionnee"))
        // In 2025 the thresholds of 2024–2025 applied.
        let earlier = try Self.evaluate(amount: 218_000, procedure: "mapa", launch: "2025-06-02")
        #expect(earlier.computed["seuil_procedure_formalisee"] == .number(221_000))
        #expect(!Self.fired(earlier).contains("procedure-sous-dimensionnee"))
    }

    @Test func noEnvironmentalCriterionIsAWarningOnceTheLawRequiresOne() throws {
        let kit = try ShippedKitContentTests.load("outil-numerique")
        var texts = SourceTexts()
        var sheet = try AnswersFile.read(
            Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml", texts: &texts
        ).decode(for: kit)
        let weights = QuestionPath("marche", "ponderation")
        sheet[weights] = .record(["valeur_technique": .number(70), "prix": .number(30), "environnement": .number(0)])
        let none = Evaluation(kit: kit, sheet: sheet, today: testToday)
        #expect(none.firedRules.first { $0.rule.id == "critere-environnemental-absent" }?.rule.severity == .warning)
        sheet[weights] = .record(["valeur_technique": .number(65), "prix": .number(30), "environnement": .number(5)])
        let little = Evaluation(kit: kit, sheet: sheet, today: testToday)
        #expect(Self.fired(little).contains("critere-environnemental"))
        #expect(!Self.fired(little).contains("critere-environnemental-absent"))
    }

    @Test func theEnvironmentalCriterionIsRequiredFrom21August2026() throws {
        var before = try Self.evaluate(amount: 68_000, procedure: "mapa", launch: "2026-08-20")
        #expect(before.computed["critere_environnemental_obligatoire"] == .boolean(false))
        before = try Self.evaluate(amount: 68_000, procedure: "mapa", launch: "2026-08-21")
        #expect(before.computed["critere_environnemental_obligatoire"] == .boolean(true))
    }

    @Test func aConsultationLaunchedAfterTheKnownThresholdsIsWarned() throws {
        let late = try Self.evaluate(amount: 68_000, procedure: "mapa", launch: "2028-02-01")
        #expect(
            late.factsNotInForce.map(\.message).allSatisfy {
                $0.hasPrefix("règle à vérifier : le kit ne connaît « Seuil des procédures formalisées")
            })
        #expect(late.factsNotInForce.count == 2)
        #expect(try Self.evaluate(amount: 68_000, procedure: "mapa", launch: "2027-12-31").factsNotInForce.isEmpty)
    }
}

/// The commune's sample records an offer that fails a mandatory requirement of its specification.
@Suite("Shipped kits: irregular offers")
struct ShippedKitIrregularOfferTests {
    static let sample = Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml"

    static func evaluate(_ edit: (String) -> String = { $0 }) throws -> Evaluation {
        try evaluate(sample: sample, edit)
    }

    /// The answers of an `outil-numerique` sample, changed by `edit`, evaluated in French.
    static func evaluate(sample: String, kit id: String = "outil-numerique", _ edit: (String) -> String) throws
        -> Evaluation
    {
        let kit = try ShippedKitContentTests.load(id)
        let folder = try TemporaryDirectory()
        try folder.write(edit(try String(contentsOfFile: sample, encoding: .utf8)), to: "a.yaml")
        var texts = SourceTexts()
        let sheet = try AnswersFile.read(folder.path("a.yaml"), texts: &texts).decode(for: kit, messages: .french)
        return Evaluation(kit: kit, sheet: sheet, today: testToday)
    }

    @Test func anOfferWithoutPaperVotingIsIrregularAndNotRanked() throws {
        let result = try #require(try Self.evaluate().matrices["choix_offre"])
        #expect(result.ranking == ["Civilab (plateforme Kalisto)", "Agorae SAS"])
        #expect(result.candidate("Votéo")?.status == .eliminated(failed: ["FON-10"]))
        #expect(result.label(of: "FON-10") == "FON-10 — Votes papier comptés avec les votes en ligne")
    }

    @Test func aRequirementThatIsNotMandatoryHereIsAWarningOfTheAnswers() throws {
        let evaluation = try Self.evaluate { $0.replacingOccurrences(of: "fails: [FON-10]", with: "fails: [FON-05]") }
        #expect(evaluation.matrices["choix_offre"]?.candidate("Votéo")?.rank == 3)
        let warnings = evaluation.offersToReview
        #expect(
            warnings.map(\.message) == [
                "candidat « Votéo » : « FON-05 » n'est pas une exigence obligatoire du cahier des charges pour ces "
                    + "réponses ; ce manquement est ignoré"
            ])
        #expect(warnings.first?.location?.line == 255)
        #expect(evaluation.diagnostics.contains { $0.code == "matrix.unknown-requirement" })
        // A regularisation asked of an offer that fails nothing is said too.
        let regular = try Self.evaluate {
            $0.replacingOccurrences(of: "fails: [FON-10]", with: "fails: []\n        regularisation: true")
        }
        #expect(
            regular.offersToReview.map(\.message) == [
                "candidat « Votéo » : l'offre est dite à régulariser, mais elle ne manque à aucune exigence ; la "
                    + "mention est ignorée"
            ])
        #expect(regular.matrices["choix_offre"]?.candidate("Votéo")?.rank != nil)
    }

    @Test func anOfferAskedToRegulariseMakesTheRankingProvisional() throws {
        let evaluation = try Self.evaluate {
            $0.replacingOccurrences(of: "fails: [FON-10]", with: "fails: [FON-10]\n        regularisation: true")
        }
        let result = try #require(evaluation.matrices["choix_offre"])
        #expect(result.candidate("Votéo")?.status == .regularising(failed: ["FON-10"]))
        #expect(result.diagnostics.contains { $0.message == .provisionalRanking(["Votéo"]) })
    }

    /// The messages of reading an edited sample; none when it reads.
    static func problems(_ edit: (String) -> String) -> [String] {
        do {
            _ = try evaluate(edit)
            return []
        } catch let error as DiagnosticList {
            return error.diagnostics.map(\.message)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func failsNamesOnlyCriteriaAndRequirementsOfTheKit() throws {
        #expect(
            Self.problems { $0.replacingOccurrences(of: "fails: [FON-10]", with: "fails: [FON-99X]") } == [
                "« FON-99X » n'est ni un critère éliminatoire ni une exigence du kit ; vouliez-vous dire « FON-09 » ?"
            ])
        // Ids are read whatever their case, and a yes or no as any answer writes it.
        let lower = try Self.evaluate {
            $0.replacingOccurrences(
                of: "fails: [FON-10]", with: "fails: [fon-10, RGAA_engagement]\n        regularisation: oui")
        }
        #expect(
            lower.matrices["choix_offre"]?.candidate("Votéo")?.status
                == .regularising(failed: ["rgaa_engagement", "FON-10"]))
        let maybe = Self.problems {
            $0.replacingOccurrences(of: "fails: [FON-10]", with: "fails: [FON-10]\n        regularisation: peut-être")
        }
        #expect(maybe.count == 1)
        #expect(maybe.first?.contains("regularisation") == true)
    }
}
