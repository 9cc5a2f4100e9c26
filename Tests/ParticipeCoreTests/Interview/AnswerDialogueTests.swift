import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite struct AnswerDialogueTests {
    let kit: Kit
    init() throws { kit = try DemoKit.load() }

    func dialogue(_ path: String, existing: Value = .null) throws -> AnswerDialogue {
        var sheet = AnswerSheet(for: kit, language: .french)
        let questionPath = try #require(QuestionPath(path))
        sheet[questionPath] = existing
        let session = InterviewSession(kit: kit, sheet: sheet, today: DemoKit.today)
        return try #require(session.dialogue(for: questionPath))
    }

    @Test func pointsShowWhatRemainsAndEnterGivesTheRestToTheLast() throws {
        var points = try dialogue("projet.ponderation")
        #expect(points.prompt == "1. Valeur technique (reste 100)")
        let result1 = points.enter("70")
        #expect(result1 == nil)
        #expect(points.prompt == "2. Prix (reste 30)")
        #expect(points.proposed == "30")
        let result2 = points.enter("")
        #expect(result2 == nil)
        #expect(points.step == nil)
        #expect(points.value == .record(["technique": .number(70), "prix": .number(30)]))
    }

    @Test func pointsRefuseNegativeNumbers() throws {
        var points = try dialogue("projet.ponderation")
        let result3 = points.enter("-5")
        #expect(result3?.message == "un nombre positif ou nul est attendu")
        #expect(points.step == .points(choice: 0))
    }

    @Test func listItemsFieldByFieldUntilAnEmptyLine() throws {
        var team = try dialogue("projet.equipe")
        #expect(team.prompt == "Élément 1 — Nom (Entrée pour finir la liste)")
        let result4 = team.enter("Anne")
        #expect(result4 == nil)
        #expect(team.prompt == "Élément 1 — Rôle (facultatif)")
        let result5 = team.enter("9")
        #expect(result5?.message == "choisissez un numéro entre 1 et 2")
        let result6 = team.enter("dpo")
        #expect(result6 == nil)
        let result7 = team.enter("2")
        #expect(result7?.message == "2 dépasse le maximum 1")
        let result8 = team.enter("")
        #expect(result8 == nil)
        #expect(team.step == .field(item: 1, field: 0))
        let result9 = team.enter("")
        #expect(result9 == nil)
        #expect(team.step == nil)
        #expect(team.value == .list([.record(["nom": .text("Anne"), "role": .text("dpo")])]))
    }

    @Test func listKeepsTheExistingItems() throws {
        let existing = Value.list([.record(["nom": .text("Anne")])])
        var team = try dialogue("projet.equipe", existing: existing)
        #expect(team.count == 1)
        #expect(team.step == .field(item: 1, field: 0))
        let result10 = team.enter("")
        #expect(result10 == nil)
        #expect(team.value == existing)
    }

    @Test func scoresARowPerCandidate() throws {
        var offers = try dialogue("projet.offres")
        #expect(offers.prompt == "Offre 1 — nom (Entrée pour finir)")
        let result11 = offers.enter("Offre A")
        #expect(result11 == nil)
        #expect(offers.prompt == "Offre A — prix HT (facultatif)")
        let result12 = offers.enter("0")
        #expect(result12?.message == "le prix doit être un nombre positif")
        let result13 = offers.enter("40 000")
        #expect(result13 == nil)
        #expect(offers.prompt == "Offre A — Adéquation (0–5)")
        let result14 = offers.enter("7")
        #expect(result14?.message == "une note de 0 à 5 est attendue")
        let result15 = offers.enter("4")
        #expect(result15 == nil)
        let result16 = offers.enter("")
        #expect(result16 == nil)
        #expect(offers.step == .candidate(row: 1))
        let result17 = offers.enter("")
        #expect(result17 == nil)
        #expect(
            offers.value
                == .list([
                    .record([
                        "candidate": .text("Offre A"), "price": .number(40_000),
                        "scores": .record(["fonctionnel": .number(4)]),
                    ])
                ]))
    }
}

/// An offer's row in the interview names the eliminatory criteria by number and the mandatory requirements by id,
/// then asks whether an irregular offer was invited to regularise.
@Suite struct IrregularOfferDialogueTests {
    @Test func failsTakeNumbersOrRequirementIdsThenAskAboutRegularisation() throws {
        let kit = try ShippedKitContentTests.load("outil-numerique")
        let question = try #require(kit.question(QuestionPath("marche", "offres")))
        var offers = AnswerDialogue(
            question: question, kit: kit,
            criteria: [
                .init(id: "adequation_fonctionnelle", title: "Adéquation"),
                .init(id: "rgaa_engagement", title: "RGAA", eliminatory: true),
            ],
            requirements: ["FON-10", "ACC-04"], language: .french)
        #expect(offers.enter("Votéo") == nil)
        #expect(offers.enter("52 900") == nil)
        #expect(offers.enter("3") == nil)
        #expect(
            offers.prompt
                == "Votéo — exigences non satisfaites (Entrée : aucune) : numéros des critères éliminatoires "
                + "(1. RGAA) ou identifiants des exigences obligatoires, comme FON-10")
        #expect(
            offers.enter("2")?.message
                == "numéros de 1 à 1 ou identifiants d'exigences obligatoires (comme FON-10) attendus")
        #expect(offers.enter("GEN-99")?.message != nil)
        #expect(offers.enter("fon-10, 1 FON-10") == nil)
        #expect(
            offers.prompt
                == "Votéo — offre irrégulière : le candidat est-il invité à la régulariser ? (o/n, Entrée : non)")
        #expect(offers.enter("peut-être")?.message == "répondez oui ou non")
        #expect(offers.enter("o") == nil)
        #expect(offers.enter("Civilab") == nil)
        #expect(offers.enter("") == nil)
        #expect(offers.enter("4") == nil)
        // A regular offer is not asked about regularisation.
        #expect(offers.enter("") == nil)
        #expect(offers.step == .candidate(row: 2))
        #expect(offers.enter("") == nil)
        #expect(
            offers.value
                == .list([
                    .record([
                        "candidate": .text("Votéo"), "price": .number(52_900),
                        "scores": .record(["adequation_fonctionnelle": .number(3)]),
                        "fails": .list([.text("FON-10"), .text("rgaa_engagement")]), "regularisation": .boolean(true),
                    ]),
                    .record([
                        "candidate": .text("Civilab"), "scores": .record(["adequation_fonctionnelle": .number(4)]),
                        "fails": .list([]),
                    ]),
                ]))
    }
}

/// When the purchase is divided into lots, an offer's row asks which lot it answers, by number or id.
@Suite struct LotDialogueTests {
    @Test func anOfferNamesItsLotByNumberOrIdOrNone() throws {
        let kit = try ShippedKitContentTests.load("outil-numerique")
        let question = try #require(kit.question(QuestionPath("marche", "offres")))
        var offers = AnswerDialogue(
            question: question, kit: kit, criteria: [.init(id: "methode_equipe", title: "Méthode")],
            lots: [
                ("plateforme", "Plateforme de participation"),
                ("mediation", "Médiation, aller-vers et analyse des contributions"),
            ], language: .french)
        #expect(offers.enter("Relais Citoyens") == nil)
        #expect(
            offers.prompt
                == "Relais Citoyens — lot auquel répond l'offre, si le marché est alloti (numéro ou identifiant, "
                + "Entrée : aucun) : 1. Plateforme de participation (plateforme), 2. Médiation, aller-vers et analyse "
                + "des contributions (mediation)")
        #expect(offers.enter("3")?.message == "numéro de lot de 1 à 2, ou son identifiant, attendu")
        #expect(offers.enter("2") == nil)
        #expect(offers.step == .price(row: 0))
        #expect(offers.enter("41 800") == nil)
        #expect(offers.enter("4") == nil)
        #expect(offers.enter("Plateo") == nil)
        #expect(offers.enter("PLATEFORME") == nil)
        #expect(offers.enter("") == nil)
        #expect(offers.enter("") == nil)
        #expect(offers.enter("Sans lot") == nil)
        #expect(offers.enter("") == nil)
        #expect(offers.step == .price(row: 2))
        #expect(offers.value.list?.compactMap { $0.record?["lot"]?.text } == ["mediation", "plateforme"])
        // Without lots in force, no lot is asked.
        var undivided = AnswerDialogue(question: question, kit: kit, language: .french)
        #expect(undivided.enter("Civilab") == nil)
        #expect(undivided.step == .price(row: 0))
    }
}
