import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// Facts that hold between two dates (`facts:`): the value in force on the kit's `facts_date`, the warning when none
/// is, the kit's checks of its periods, and `lint` once a fact has ended.
@Suite("Dated facts")
struct DatedFactTests {
    static let sections = """
        sections:
          - id: achat
            title: Achat
            questions:
              - {id: montant, type: number, label: Montant}
              - {id: lancement, type: date, label: Lancement}
              - id: acheteur
                type: single
                label: Acheteur
                choices: [{id: commune, label: Commune}, {id: etat, label: État}]

        """

    static let facts = """
        facts_date: achat.lancement
        facts:
          - id: seuil_dispense
            label: Seuil de dispense
            unit: "€ HT"
            source: "Code, art. R2122-8"
            values:
              - {from: 2020-01-01, until: 2026-03-31, value: "40000"}
              - {from: 2026-04-01, value: "60000", source: "Décret n° 2025-1386"}
          - id: seuil_formalise
            label: Seuil formalisé
            unit: "€ HT"
            source: Avis au JO
            values:
              - {from: 2026-01-01, until: 2027-12-31, value: "if(achat.acheteur == 'etat', 140000, 216000)"}
        rules:
          - id: sans-publicite
            severity: warning
            when: "achat.montant >= seuil_dispense"
            message: "Au-dessus de {{ seuil_dispense }}."

        """

    static func kit() throws -> Kit {
        try KitFixture(kitHeader + sections + facts).load()
    }

    static func evaluate(_ kit: Kit, amount: Double, launch: String?, buyer: String = "commune") -> Evaluation {
        var sheet = AnswerSheet(for: kit)
        sheet[path("achat.montant")] = .number(amount)
        sheet[path("achat.acheteur")] = .text(buyer)
        if let date = launch.flatMap({ CalendarDate(iso: $0) }) { sheet[path("achat.lancement")] = .date(date) }
        return Evaluation(kit: kit, sheet: sheet, today: testToday)
    }

    @Test func theValueInForceOnTheLaunchDateIsTaken() throws {
        let kit = try Self.kit()
        let before = Self.evaluate(kit, amount: 50_000, launch: "2026-02-15")
        #expect(before.computed["seuil_dispense"] == .number(40_000))
        #expect(before.firedRules.map(\.message.description) == ["Au-dessus de 40\u{A0}000\u{A0}€ HT."])
        let after = Self.evaluate(kit, amount: 50_000, launch: "2026-09-15")
        #expect(after.computed["seuil_dispense"] == .number(60_000))
        #expect(after.firedRules.isEmpty)
        // The first day of a period is in it.
        #expect(Self.evaluate(kit, amount: 0, launch: "2026-04-01").computed["seuil_dispense"] == .number(60_000))
        #expect(Self.evaluate(kit, amount: 0, launch: "2026-03-31").computed["seuil_dispense"] == .number(40_000))
        // A period's value may read the answers.
        #expect(after.computed["seuil_formalise"] == .number(216_000))
        let state = Self.evaluate(kit, amount: 0, launch: "2026-09-15", buyer: "etat")
        #expect(state.computed["seuil_formalise"] == .number(140_000))
    }

    @Test func withoutALaunchDateTheFactsAreTakenToday() throws {
        let kit = try Self.kit()
        let evaluation = Self.evaluate(kit, amount: 50_000, launch: nil)
        #expect(evaluation.factsDate == testToday)
        #expect(evaluation.computed["seuil_dispense"] == .number(60_000))
    }

    @Test func eachFactSaysWhichPeriodAndSourceWereApplied() throws {
        let kit = try Self.kit()
        let evaluation = Self.evaluate(kit, amount: 0, launch: "2026-09-15")
        #expect(evaluation.facts.map(\.computed.id) == ["seuil_dispense", "seuil_formalise"])
        let dispense = try #require(evaluation.facts.first)
        #expect(dispense.inForce)
        #expect(dispense.period.from == CalendarDate(iso: "2026-04-01"))
        #expect(dispense.source?.resolve(.french) == "Décret n° 2025-1386")
        // A period without a source of its own takes the fact's.
        #expect(evaluation.facts[1].source?.resolve(.french) == "Avis au JO")
        #expect(evaluation.factsNotInForce.isEmpty)
    }

    @Test func aDateNoPeriodCoversTakesTheNearestValueAndAsksToCheckTheRule() throws {
        let kit = try Self.kit()
        let late = Self.evaluate(kit, amount: 0, launch: "2028-01-10")
        #expect(late.computed["seuil_formalise"] == .number(216_000))
        #expect(late.facts.map(\.inForce) == [true, false])
        #expect(
            late.factsNotInForce.map(\.message) == [
                "règle à vérifier : le kit ne connaît « Seuil formalisé » que du 1er janvier 2026 au 31 décembre 2027 ; "
                    + "au 10 janvier 2028, la valeur 216\u{A0}000\u{A0}€ HT a été reprise telle quelle (source : Avis au JO) : "
                    + "vérifiez celle qui s'applique et mettez le kit à jour"
            ])
        #expect(late.factsNotInForce.map(\.code) == ["validation.fact-not-in-force"])
        #expect(late.diagnostics.contains { $0.code == "validation.fact-not-in-force" })
        // Before the first period, the first value stands in.
        let early = Self.evaluate(kit, amount: 0, launch: "2019-06-01")
        #expect(early.computed["seuil_dispense"] == .number(40_000))
        #expect(early.facts.map(\.inForce) == [false, false])
    }

    @Test func theWarningPointsAtTheAnswerThatDatesTheFacts() throws {
        let kit = try Self.kit()
        let folder = try TemporaryDirectory()
        let file = folder.path("reponses.yaml")
        try folder.write(
            """
            kit: t
            version: "1"
            answers:
              achat:
                montant: 10
                lancement: 2028-01-10

            """, to: "reponses.yaml")
        var texts = SourceTexts()
        let sheet = try AnswersFile.read(file, texts: &texts).decode(for: kit)
        let evaluation = Evaluation(kit: kit, sheet: sheet, today: testToday)
        let warning = try #require(evaluation.factsNotInForce.first)
        #expect(warning.location?.line == 6)
    }

    @Test func lintWarnsOnceAFactHasEnded() throws {
        let kit = try Self.kit()
        let now = KitAnalysis(kit: kit, documentNames: [], language: .english, today: testToday)
        #expect(!now.findings.contains { $0.code == "analysis.fact-ended" })
        let later = KitAnalysis(
            kit: kit, documentNames: [], language: .english, today: CalendarDate(iso: "2028-01-01")!)
        let ended = later.findings.filter { $0.code == "analysis.fact-ended" }
        #expect(
            ended.map(\.message) == [
                "fact 'seuil_formalise' is known only until 31 December 2027: add the value in force since then, "
                    + "with its source (until you do, answers dated after it take the last value, with a warning)"
            ])
        #expect(ended.first?.severity == .warning)
        // A fact is listed in the documents' applied rules: it is never reported as unused.
        #expect(!later.findings.contains { $0.code == "analysis.computed-unused" })
    }

    /// A kit with one fact, `seuil`, whose `values` are `periods`.
    static func factSeuil(_ periods: String) -> String {
        kitHeader + sections + "facts:\n  - id: seuil\n    label: Seuil\n    values:\n"
            + periods.split(separator: "\n").map { "      " + $0 + "\n" }.joined()
    }

    static let errorCases: [LoaderErrorCase] = [
        LoaderErrorCase(
            name: "periods that overlap",
            kit: factSeuil(
                """
                    - {from: 2020-01-01, until: 2026-03-31, value: "1"}
                    - ⟨{from: 2026-03-31, value: "2"}
                """),
            message:
                "the periods of a fact follow one another without overlapping: this one must start ('from') after "
                + "2026-03-31, the end of the previous one"),
        LoaderErrorCase(
            name: "a period open before another",
            kit: factSeuil(
                """
                    - {from: 2020-01-01, value: "1"}
                    - ⟨{from: 2026-04-01, value: "2"}
                """),
            message: "the previous period has no end ('until'): only the last period of a fact may stay open"),
        LoaderErrorCase(
            name: "a period that ends before it starts",
            kit: factSeuil(
                """
                    - ⟨{from: 2026-04-01, until: 2026-01-01, value: "1"}
                """),
            message: "this period ends ('until': 2026-01-01) before it starts ('from': 2026-04-01)"),
        LoaderErrorCase(
            name: "a fact without a value",
            kit: kitHeader + sections + """
                facts:
                  - ⟨id: seuil
                    label: Seuil
                    values: []

                """,
            message:
                "fact 'seuil' has no value: give at least one under 'values', with the dates 'from' and 'until' "
                + "between which it holds"),
        LoaderErrorCase(
            name: "periods of different types",
            kit: factSeuil(
                """
                    - {until: 2026-03-31, value: "1"}
                    - {from: 2026-04-01, value: "⟨'deux'"}
                """),
            message: "the periods of fact 'seuil' give different types (number and text)"),
        LoaderErrorCase(
            name: "facts taken on something that is not a date",
            kit: kitHeader + sections + """
                facts_date: ⟨achat.montant
                facts:
                  - {id: seuil, label: Seuil, values: [{value: "1"}]}

                """,
            message: "'facts_date' must be a date, but this expression gives a number"),
        LoaderErrorCase(
            name: "facts taken on a date that reads them",
            kit: kitHeader + sections + """
                facts_date: "if(seuil > 0, achat.lancement, today())"
                facts:
                  - {id: seuil, label: Seuil, values: [{value: "⟨1"}]}
                computed:
                  - {id: x, value: "seuil"}

                """,
            message:
                "cycle: fact 'seuil' → the facts' date ('facts_date') → fact 'seuil'; a value cannot depend on itself"
        ),
    ]

    @Test(arguments: errorCases)
    func reportsAPeriodErrorWhereItIs(_ errorCase: LoaderErrorCase) throws {
        try expectTheOnlyError(of: errorCase)
    }
}
