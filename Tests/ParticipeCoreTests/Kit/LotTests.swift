import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// A purchase divided into lots: a kit declares its lots, catalogue items belong to some of them, and an evaluation
/// restricted to a lot keeps that lot's items and offers.
@Suite("Kit lots")
struct LotTests {
    static let lots = """
        lots:
          - {id: plateforme, title: Plateforme, when: "projet.modules contains 'idees'"}
          - {id: mediation, title: Médiation, when: "projet.modules contains 'vote'"}
        catalogues:
          - id: exigences
            title: Exigences
            categories:
              - {id: FON, title: Fonctions, lots: [plateforme]}
              - {id: GEN, title: Général}
            items:
              - {id: FON-01, category: FON, title: Idées}
              - {id: GEN-01, category: GEN, title: Objet}
              - {id: MED-01, category: GEN, lots: [mediation], title: Médiation}

        """

    static func evaluation(modules: [String]) throws -> Evaluation {
        let kit = try KitFixture(kitText(Self.lots)).load()
        var sheet = AnswerSheet(for: kit)
        sheet[QuestionPath("projet", "modules")] = .list(modules.map(Value.text))
        return Evaluation(kit: kit, sheet: sheet, language: .french, today: testToday)
    }

    static func kept(_ evaluation: Evaluation) -> [String] { (evaluation.catalogues["exigences"] ?? []).map(\.id) }

    @Test func anItemBelongsToItsOwnLotsElseToItsCategorysElseToEvery() throws {
        let kit = try KitFixture(kitText(Self.lots)).load()
        let items = try #require(kit.catalogue("exigences")).items
        #expect(items.map(\.lots) == [["plateforme"], [], ["mediation"]])
        #expect(kit.lots.map(\.id) == ["plateforme", "mediation"])
    }

    @Test func eachLotKeepsItsItemsAndThoseOfEveryLot() throws {
        let whole = try Self.evaluation(modules: ["idees", "vote"])
        #expect(whole.lots.map(\.id) == ["plateforme", "mediation"])
        #expect(Self.kept(whole) == ["FON-01", "GEN-01", "MED-01"])
        let parts = whole.parts(perLot: true)
        #expect(parts.map { $0.lot?.id } == ["plateforme", "mediation"])
        #expect(parts.map(Self.kept) == [["FON-01", "GEN-01"], ["GEN-01", "MED-01"]])
        #expect(parts.map { $0.lot.flatMap(whole.number) } == [1, 2])
        #expect(whole.parts(perLot: false).map { $0.lot?.id } == [nil])
    }

    @Test func oneLotInForceDoesNotDivideThePurchase() throws {
        let evaluation = try Self.evaluation(modules: ["idees"])
        #expect(evaluation.lots.isEmpty)
        #expect(evaluation.parts(perLot: true).map { $0.lot?.id } == [nil])
        #expect(Self.kept(evaluation) == ["FON-01", "GEN-01", "MED-01"])
    }

    @Test func anUnknownLotIsAnErrorAtItsPlaceWithASuggestion() throws {
        let marked = MarkedText(
            kitText(
                """
                lots:
                  - {id: mediation, title: Médiation}
                  - {id: plateforme, title: Plateforme}
                catalogues:
                  - id: exigences
                    title: Exigences
                    items:
                      - {id: MED-01, lots: [⟨mediaton], title: Médiation}

                """))
        let fixture = try KitFixture(marked.text)
        #expect(
            fixture.errors().diagnostics.map(\.description) == [
                "\(marked.location(in: fixture.kitFile)): error: "
                    + "unknown lot 'mediaton' (declare it under the kit's 'lots'); did you mean 'mediation'?"
            ])
    }

    @Test func aDocumentMadePerLotNeedsLots() throws {
        let marked = MarkedText(
            kitText(
                """
                documents:
                  - {id: cctp, title: CCTP, template: cctp.md, per_lot: ⟨true}

                """))
        let fixture = try KitFixture(marked.text, files: ["cctp.md": "x"])
        #expect(
            fixture.errors().diagnostics.map(\.description) == [
                "\(marked.location(in: fixture.kitFile)): error: "
                    + "'per_lot: true' needs lots: declare them under the kit's 'lots'"
            ])
    }

    @Test func aLotIdGivenTwiceIsAnError() throws {
        let fixture = try KitFixture(
            kitText(
                """
                lots:
                  - {id: plateforme, title: Plateforme}
                  - {id: plateforme, title: Autre}

                """))
        let messages = fixture.errors().diagnostics.map(\.description)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("duplicate lot id 'plateforme'") == true, "\(messages)")
    }
}
