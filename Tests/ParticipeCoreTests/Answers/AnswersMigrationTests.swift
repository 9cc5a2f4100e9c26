import Foundation
import PropertyBased
import Testing

@testable import ParticipeCore

@Suite("Answers brought forward through a kit's migrations")
struct AnswersMigrationTests {
    /// Version 3 of a kit with the migrations from 1 (a question renamed) and from 2 (points merged, a number
    /// converted into a choice).
    static let kitYAML =
        """
        id: t
        version: "3"
        languages: [fr]
        title: Test
        sections:
          - id: s
            title: S
            questions:
              - {id: nom, type: text, label: Nom}
              - id: priorites
                type: points
                label: Priorités
                choices: [{id: mobilite, label: Mobilité}, {id: cadre, label: Cadre de vie}]
              - id: taille
                type: single
                label: Taille
                choices: [{id: petite, label: Petite}, {id: grande, label: Grande}]
              - {id: annee, type: integer, label: Année, validation: {min: 2000}}
        migrations:
          - from: "1"
            changes:
              - {move: s.intitule, to: s.nom}
          - from: "2"
            changes:
              - {choices: s.priorites, map: {parcs: cadre, places: cadre}}
              - {move: s.habitants, to: s.taille}
              - {convert: s.taille, type: integer, value: "if(old < 10000, 'petite', 'grande')"}

        """

    func migrate(_ text: String) throws -> (text: String, report: AnswersMigration.Report) {
        let kit = try KitFixture(Self.kitYAML).load()
        return try AnswersMigration.migrate(text: text, path: "r.yaml", kit: kit, language: .french)
    }

    @Test func twoMigrationsInARowMergePointsAndConvertANumber() throws {
        let (text, report) = try migrate(
            """
            kit: t
            version: "1"
            answers:
              s:
                intitule: Brest  # la ville
                priorites: {mobilite: 40, parcs: 35, places: 25}
                habitants: 140000
                annee: 1990

            """)
        #expect(report.moved.map { "\($0.from) → \($0.to)" } == ["s.intitule → s.nom", "s.habitants → s.taille"])
        #expect(
            report.converted.map { "\($0.path): \($0.before) → \($0.after)" } == [
                "s.priorites: {mobilite: 40, parcs: 35, places: 25} → {cadre: 60, mobilite: 40}",
                "s.taille: 140000 → grande",
            ])
        // 1990 is below the question's minimum but still an integer: it stays, and `check` will say it is out of
        // bounds; nothing is dropped.
        #expect(report.keptAside.isEmpty)
        let kit = try KitFixture(Self.kitYAML).load()
        var texts = SourceTexts()
        let sheet = try AnswersFile.read(text: text, path: "r.yaml", texts: &texts).decode(for: kit)
        #expect(sheet[QuestionPath("s", "nom")] == .text("Brest"))
        #expect(sheet[QuestionPath("s", "priorites")] == .record(["mobilite": .number(40), "cadre": .number(60)]))
        #expect(sheet[QuestionPath("s", "taille")] == .text("grande"))
        #expect(sheet[QuestionPath("s", "annee")] == .number(1990))
        #expect(text.hasPrefix("kit: t\nversion: \"3\"\n"))
    }

    @Test func anAnswerThatNoLongerFitsIsKeptAsideWithItsLines() throws {
        let (text, report) = try migrate(
            """
            kit: t
            version: "2"
            answers:
              s:
                nom: Brest
                annee: "deux mille"
                inconnue: [a, b]

            """)
        #expect(report.keptAside.map(\.path) == ["s.annee", "s.inconnue"])
        #expect(
            text == """
                kit: t
                version: "3"
                # Réponses mises de côté au passage de la version 2 à la version 3 (à reprendre ou supprimer) :
                #   s.annee : la réponse ne convient plus (« s.annee » attend un nombre entier (trouvé : « deux mille »))
                #     annee: "deux mille"
                #   s.inconnue : le kit n'a plus cette question
                #     inconnue: [a, b]
                answers:
                  s:
                    nom: Brest

                """, "\(text)")
    }

    @Test func aFlowStyleFileIsWrittenAgainWholeAndSaysSo() throws {
        let (text, report) = try migrate("{kit: t, version: \"1\", answers: {s: {intitule: Brest, annee: 2020}}}\n")
        #expect(!report.commentsKept)
        #expect(text.contains("    nom: Brest\n") && text.contains("    annee: 2020\n"), "\(text)")
    }

    /// Files of version 1 put together from answers, comments, blank lines and flow-style sections in any order:
    /// the migration never stops, and what it writes always reads as answers to version 3.
    @Test func anyLayoutMigratesToAFileThatReads() async throws {
        let kit = try KitFixture(Self.kitYAML).load()
        let pieces = [
            "    intitule: Brest", "    intitule: 'Brest # pas un commentaire'  # un commentaire",
            "    priorites: {mobilite: 40, parcs: 60}", "    priorites:\n      places: 10\n      mobilite: 90",
            "    habitants: 140000", "    habitants: beaucoup", "    annee: 2020", "    # un commentaire",
            "", "    inconnue: [a, b]", "    nom: déjà là",
        ]
        let input = zip(Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8), Gen.bool)
        await propertyCheck(count: 200, input: input) { picks, flow in
            var seen: Set<String> = []
            let lines = picks.map { pieces[$0] }.filter { line in
                // One entry per key, as YAML requires.
                guard let key = line.split(separator: ":").first?.trimmingCharacters(in: .whitespaces),
                    !key.isEmpty, !key.hasPrefix("#")
                else { return true }
                return seen.insert(key).inserted
            }
            let body =
                flow
                ? "answers: {s: {intitule: Brest, annee: 2020}, vieux: {x: 1}}"
                : "answers:\n  s:\n" + (lines.isEmpty ? "    annee: 2021" : lines.joined(separator: "\n"))
            let text = "# en-tête\nkit: t\nversion: \"1\"  # v1\n" + body + "\n"
            guard
                let (migrated, _) = try? AnswersMigration.migrate(
                    text: text, path: "r.yaml", kit: kit, language: .french)
            else { return }
            var texts = SourceTexts()
            #expect(throws: Never.self, "\(text)\n→\n\(migrated)") {
                _ = try AnswersFile.read(text: migrated, path: "r.yaml", texts: &texts).decode(for: kit)
            }
        }
    }

    @Test func aFileAlreadyAtTheKitsVersionIsLeftAsItIs() throws {
        let text = "kit: t\nversion: \"3\"\nanswers:\n  s:\n    nom: Brest # garder\n"
        let (migrated, report) = try migrate(text)
        #expect(migrated == text)
        #expect(report.from == report.to)
    }
}
