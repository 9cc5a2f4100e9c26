import Foundation
import ParticipeTestSupport
import PropertyBased
import Testing

@testable import ParticipeCore

/// Where answers come from: `provenance:` read, written, edited in place with the comments around it, filled by
/// the interview, listed by the evaluation when to be confirmed, and carried by migrations.
@Suite("Answers: provenance")
struct AnswerProvenanceTests {
    static let name = QuestionPath("etat_des_lieux", "nom_organisme")
    static let population = QuestionPath("etat_des_lieux", "population")

    static let file = """
        kit: outil-numerique
        version: "3"
        language: fr
        answers:
          etat_des_lieux:
            nom_organisme: Ville de Kerbrivan
            population: 15240
        provenance:
          # d'où viennent les chiffres
          etat_des_lieux.population:
            source: "recensement 2021 : population légale"
            by: Sophie Le Bihan
            date: 2026-11-12
            to_confirm: true  # à revoir avec l'Insee

        """

    static func kit() throws -> Kit { try AnswersEditorTests.shippedKit("outil-numerique") }

    @Test func isReadFromTheFile() throws {
        let sheet = try AnswersEditorTests.sheet(Self.file, kit: try Self.kit())
        #expect(
            sheet.provenance == [
                Self.population: AnswerProvenance(
                    by: "Sophie Le Bihan", date: CalendarDate(year: 2026, month: 11, day: 12),
                    source: "recensement 2021 : population légale", toConfirm: true)
            ])
    }

    @Test func aWrongFieldIsAnErrorWithItsPlaceAndAnUnknownQuestionAWarning() throws {
        let kit = try Self.kit()
        let text =
            Self.file.replacingOccurrences(of: "date: 2026-11-12", with: "date: demain")
            .replacingOccurrences(of: "    to_confirm: true", with: "    confirmer: true")
            + "  etat_des_lieux.populaton:\n    by: X\n"
        let lines = try AnswersFixture(text).errors(for: kit)
        #expect(lines.contains { $0.contains("answers.yaml:13:11: error:") && $0.contains("date") }, "\(lines)")
        #expect(lines.contains { $0.contains("answers.yaml:14:5: error:") && $0.contains("confirmer") }, "\(lines)")
        #expect(lines.contains { $0.contains("answers.yaml:15:3: warning:") && $0.contains("population") }, "\(lines)")
    }

    @Test func anEntryChangedIsRewrittenAndTheCommentsStay() throws {
        let kit = try Self.kit()
        var sheet = try AnswersEditorTests.sheet(Self.file, kit: kit)
        sheet.updateProvenance(Self.population) { $0.toConfirm = false }
        sheet.recordAnswer(Self.name, by: "Nolwenn", on: CalendarDate(year: 2026, month: 12, day: 7)!)
        let edited = try #require(AnswersEditor.edited(Self.file, to: sheet, kit: kit))
        #expect(
            edited.hasSuffix(
                """
                provenance:
                  etat_des_lieux.nom_organisme:
                    by: Nolwenn
                    date: 2026-12-07
                  # d'où viennent les chiffres
                  etat_des_lieux.population:
                    source: "recensement 2021 : population légale"
                    by: Sophie Le Bihan
                    date: 2026-11-12
                    # à revoir avec l'Insee

                """), "\(edited)")
        #expect(try AnswersEditorTests.sheet(edited, kit: kit).hasSameContent(as: sheet))
    }

    @Test func theBlockComesAndGoes() throws {
        let kit = try Self.kit()
        let bare = Self.file.components(separatedBy: "provenance:")[0]
        var sheet = try AnswersEditorTests.sheet(bare, kit: kit)
        sheet.updateProvenance(Self.name) { $0.source = "arrêté du 3 mars" }
        let added = try #require(AnswersEditor.edited(bare, to: sheet, kit: kit))
        #expect(added == bare + "provenance:\n  etat_des_lieux.nom_organisme:\n    source: arrêté du 3 mars\n")
        sheet.updateProvenance(Self.name) { $0.source = nil }
        #expect(sheet.provenance.isEmpty)
        #expect(try #require(AnswersEditor.edited(added, to: sheet, kit: kit)) == bare)
    }

    /// Any text a person types as a source or a name reads back as typed, in a new file and in an edited one.
    @Test func anyTextRoundTrips() async throws {
        let kit = try Self.kit()
        let base = try AnswersEditorTests.sheet(Self.file, kit: kit)
        let pieces = ArbitraryAnswers.textPieces
        let input = zip(
            Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6), Gen.int(in: 0...(pieces.count - 1)).array(of: 1...4))
        await propertyCheck(count: 100, input: input) { sourcePicks, personPicks in
            let source = sourcePicks.map { pieces[$0] }.joined()
            let person = personPicks.map { pieces[$0] }.joined()
            var sheet = base
            sheet.updateProvenance(Self.name) {
                $0.source = source.isEmpty ? nil : source
                $0.by = person
            }
            let written = AnswersWriter.yaml(sheet, kit: kit)
            let reread = try #require(AnswersEditor.read(written, kit: kit)).1
            #expect(reread.provenance == sheet.provenance, "\(written)")
            let edited = try #require(AnswersEditor.edited(Self.file, to: sheet, kit: kit))
            #expect(try #require(AnswersEditor.read(edited, kit: kit)).1.provenance == sheet.provenance)
        }
    }

    @Test func theInterviewRecordsWhoAnsweredWhenAndTheSourceAndFlagTyped() throws {
        let kit = try Self.kit()
        let today = CalendarDate(year: 2026, month: 12, day: 7)!
        var session = InterviewSession(
            kit: kit, sheet: AnswerSheet(for: kit, language: .french), language: .french, today: today)
        session.answeredBy = "Nolwenn Le Goff"
        #expect(session.current == Self.name)
        // Before any answer, there is nothing to note.
        let tooEarly = session.setSource("délibération du 12 mars")
        #expect(tooEarly == nil)
        session.answer(.text("Ville de Kerbrivan"))
        // Typed after the answer, they are about it.
        let sourced = session.setSource("délibération du 12 mars")
        #expect(sourced == Self.name)
        let flagged = session.toggleToConfirm()
        #expect(flagged?.path == Self.name)
        #expect(
            session.sheet.provenance[Self.name]
                == AnswerProvenance(
                    by: "Nolwenn Le Goff", date: today, source: "délibération du 12 mars", toConfirm: true))
        // Who answered is recorded only when the answer changes.
        let evaluation = Evaluation(kit: kit, sheet: session.sheet, language: .french, today: today)
        #expect(evaluation.answersToConfirm == [Self.name])
        let warning = try #require(evaluation.diagnostics.first { $0.code == "provenance.to-confirm" })
        #expect(warning.severity == .warning)
        #expect(
            warning.message
                == "réponse à confirmer : etat_des_lieux.nom_organisme (« Quel est le nom de la collectivité ou de "
                + "l'administration porteuse ? ») — source : délibération du 12 mars ; Nolwenn Le Goff, 7 décembre 2026"
        )
    }

    @Test func aChangedAnswerLosesTheSourceAndTheFlagOfTheFormerOne() throws {
        let kit = try Self.kit()
        let today = CalendarDate(year: 2026, month: 12, day: 7)!
        var sheet = try AnswersEditorTests.sheet(Self.file, kit: kit)
        sheet.updateProvenance(Self.name) { $0.source = "annuaire" }
        var session = InterviewSession(kit: kit, sheet: sheet, language: .french, today: today)
        let jumped = session.jump(to: Self.population)
        #expect(jumped)
        session.answer(.number(16_000))
        #expect(session.sheet.provenance[Self.population] == nil)
        // The same value given again changes nothing.
        _ = session.jump(to: Self.name)
        session.answer(.text("Ville de Kerbrivan"))
        #expect(session.sheet.provenance[Self.name]?.source == "annuaire")
    }

    @Test func aMigrationCarriesProvenanceToTheQuestionsNewPlace() throws {
        var texts = SourceTexts()
        let kit = try KitLoader().load(directory: Fixtures.path("versions/v2/budget"), texts: &texts)
        let text =
            try Fixtures.text("versions/reponses-v1.yaml") + """
                provenance:
                  contexte.habitants:
                    source: recensement 2021
                  contexte.ancien:
                    by: Awa

                """
        let migrated = try AnswersMigration.migrate(text: text, path: "v1.yaml", kit: kit, language: .french)
        #expect(
            migrated.text.hasSuffix(
                """
                provenance:
                  identite.population:
                    source: recensement 2021
                #   contexte.ancien:
                #     by: Awa

                """), "\(migrated.text)")
        let sheet = try AnswersEditorTests.sheet(migrated.text, kit: kit)
        #expect(
            sheet.provenance == [QuestionPath("identite", "population"): AnswerProvenance(source: "recensement 2021")])
    }

    /// A provenance entry that does not read stops a migration with its place, rather than being dropped with the
    /// file's comments; one written in flow style is written again one entry a line, the comments kept.
    @Test func aMigrationRefusesAProvenanceEntryThatDoesNotReadAndRewritesOneInFlowStyle() throws {
        var texts = SourceTexts()
        let kit = try KitLoader().load(directory: Fixtures.path("versions/v2/budget"), texts: &texts)
        let answers = try Fixtures.text("versions/reponses-v1.yaml")
        let bad = answers + "provenance:\n  contexte.habitants:\n    date: 2026-02-30\n"
        #expect {
            try AnswersMigration.migrate(text: bad, path: "v1.yaml", kit: kit, language: .french)
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.location?.line == bad.split(separator: "\n").count
        }
        let twice = answers + "provenance:\n  contexte.ancien:\n    by: A\n  contexte.ancien:\n    by: B\n"
        #expect(throws: DiagnosticList.self) {
            try AnswersMigration.migrate(text: twice, path: "v1.yaml", kit: kit, language: .french)
        }
        let flow =
            answers + "provenance: {contexte.commune: {source: délib, by: Awa}, contexte.ancien: {source: x}}  # flux\n"
        let migrated = try AnswersMigration.migrate(text: flow, path: "v1.yaml", kit: kit, language: .french)
        #expect(migrated.report.commentsKept)
        #expect(migrated.text.contains("    nom: Plouzané  # nom officiel\n"))
        #expect(
            migrated.text.hasSuffix(
                """
                provenance:  # flux
                #   contexte.ancien:
                #     source: x
                  identite.nom:
                    source: délib
                    by: Awa

                """), "\(migrated.text)")
    }

    /// A workshop's stored answers written as a file of their version, for a migration: whole values, texts with
    /// commas and braces, lists of items with every field, and they come through the migration intact.
    @Test func storedAnswersWrittenAsAnEarlierFileComeThroughTheMigration() throws {
        var texts = SourceTexts()
        let kit = try KitLoader().load(directory: Fixtures.path("versions/v2/budget"), texts: &texts)
        let values: [QuestionPath: Value] = [
            QuestionPath("contexte", "commune"): .text("Plouzané, {Finistère}\n# pas un commentaire"),
            QuestionPath("contexte", "outils"): .list([.text("site"), .text("reseaux")]),
            QuestionPath("contexte", "delai"): .number(45),
            QuestionPath("equipe", "membres"): .list([.record(["nom": .text("Awa, chef"), "role": .text("chef")])]),
        ]
        let text = AnswersMigration.earlierFile(
            of: values, pending: [], provenance: [QuestionPath("contexte", "commune"): AnswerProvenance(by: "Awa")],
            version: "1", language: .french, kit: kit)
        let migrated = try AnswersMigration.migrate(text: text, path: "equipe.yaml", kit: kit, language: .french)
        let sheet = try AnswersEditorTests.sheet(migrated.text, kit: kit)
        #expect(sheet[QuestionPath("identite", "nom")] == .text("Plouzané, {Finistère}\n# pas un commentaire"))
        #expect(
            sheet[QuestionPath("contexte", "outils")] == .list([.text("site"), .text("facebook"), .text("instagram")]))
        #expect(sheet[QuestionPath("contexte", "delai")] == .text("moyen"))
        #expect(
            sheet[QuestionPath("equipe", "membres")]
                == .list([.record(["nom": .text("Awa, chef"), "role": .text("chef")])]))
        #expect(sheet.provenance == [QuestionPath("identite", "nom"): AnswerProvenance(by: "Awa")])
    }
}
