import Foundation
import ParticipeTestSupport
import Testing

/// Where answers come from, end to end: `ask --par` records who answered and when, `:source` and `:ac` what an
/// answer rests on and that it is to be confirmed; `check` lists the answers to confirm with who gave them;
/// the diagnostic lists them and the traceability annex shows each answer's origin.
@Suite("participe: provenance of answers")
struct ProvenanceCommandTests {
    static let shipped = ["--templates", Fixtures.packageRoot + "/Templates", "--date", "2026-12-07"]

    @Test func askRecordsWhoWhenTheSourceAndTheFlag() throws {
        let folder = try TemporaryDirectory()
        let input = [
            "Ville de Kerbrivan", ":source délibération du 12 mars", ":ac", "1", ":q",
        ].map { $0 + "\n" }.joined()
        let run = try runParticipe(
            ["ask", "--kit", "outil-numerique", "-o", "r.yaml", "--par", "Nolwenn Le Goff"] + Self.shipped,
            stdin: input, in: folder.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        // Typed after an answer, :source and :ac are about it.
        let label = "Quel est le nom de la collectivité ou de l'administration porteuse ?"
        #expect(run.stdout.contains("Source notée pour « \(label) » : délibération du 12 mars\n"), "\(run.stdout)")
        #expect(run.stdout.contains("Réponse à « \(label) » notée « à confirmer ».\n"))
        #expect(
            try folder.read("r.yaml").hasSuffix(
                """
                provenance:
                  etat_des_lieux.nom_organisme:
                    source: délibération du 12 mars
                    by: Nolwenn Le Goff
                    date: 2026-12-07
                    to_confirm: true
                  etat_des_lieux.type_organisme:
                    by: Nolwenn Le Goff
                    date: 2026-12-07

                """))
        // Resumed, the question shows where its answer comes from.
        let resumed = try runParticipe(
            ["ask", "r.yaml", "--lang", "fr"] + Self.shipped, stdin: ":aller etat_des_lieux.nom_organisme\n:q\n",
            in: folder.path)
        #expect(
            resumed.stdout.contains(
                "  (source : délibération du 12 mars ; Nolwenn Le Goff, 7 décembre 2026 ; à confirmer)"),
            "\(resumed.stdout)")
    }

    @Test func checkTheDiagnosticAndTheAnnexShowIt() throws {
        let folder = try TemporaryDirectory()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml",
            encoding: .utf8)
        let answers = try folder.write(
            sample + """
                provenance:
                  ressources.budget_plateforme:
                    source: estimation du service financier
                    by: Sophie Le Bihan
                    date: 2026-11-12
                    to_confirm: true
                  outil.hebergement:
                    source: "note de la DSI <b>|</b>"

                """, to: "r.yaml")
        let check = try runParticipe(["check", answers] + Self.shipped, in: folder.path)
        #expect(check.exitCode == 0, "\(check.stderr)")
        #expect(
            check.stdout.contains(
                """
                Réponses données, à confirmer (1)
                  ? \(answers):
                """), "\(check.stdout)")
        #expect(
            check.stdout.contains(
                "réponse à confirmer : ressources.budget_plateforme (« Quel budget pour la plateforme (licence ou "
                    + "abonnement, hébergement, paramétrage, maintenance) ? ») — source : estimation du service "
                    + "financier ; Sophie Le Bihan, 12 novembre 2026\n"))
        #expect(check.stdout.contains("1 avertissement(s)"))
        #expect(try runParticipe(["check", answers, "--strict"] + Self.shipped, in: folder.path).exitCode == 1)
        let json = try runParticipe(["check", answers, "--format", "json"] + Self.shipped, in: folder.path)
        #expect(json.stdout.contains("\"code\" : \"provenance.to-confirm\""), "\(json.stdout.prefix(500))")

        let generate = try runParticipe(
            ["generate", answers, "-o", "out", "--format", "md"] + Self.shipped, in: folder.path)
        #expect(generate.exitCode == 0, "\(generate.stderr)")
        let diagnostic = try folder.read("out/diagnostic.md")
        #expect(
            diagnostic.contains(
                """
                ### Réponses à confirmer

                Ces réponses ont été données mais restent à confirmer
                """))
        #expect(
            diagnostic.contains(
                "(source : estimation du service financier ; Sophie Le Bihan, 12 novembre 2026 ; à confirmer)"))
        // The traceability of the requirements, with the sources, is in the internal note, not in what bidders get.
        let note = try folder.read("out/note-interne.md")
        #expect(
            note.contains(
                "| Chez un prestataire, dans l'Union européenne (source : note de la DSI \\<b\\>\\|\\</b\\>) |"),
            "annex")
        #expect(!(try folder.read("out/cahier-des-charges.md")).contains("note de la DSI"))
    }

    @Test func diffSaysWhereTheOriginOfAnAnswerChanged() throws {
        let folder = try TemporaryDirectory()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml",
            encoding: .utf8)
        let before = try folder.write(
            sample + "provenance:\n  etat_des_lieux.population:\n    source: recensement 2021\n    to_confirm: true\n",
            to: "v1.yaml")
        let after = try folder.write(
            sample + "provenance:\n  etat_des_lieux.population:\n    source: recensement 2022\n", to: "v2.yaml")
        let run = try runParticipe(["diff", before, after] + Self.shipped, in: folder.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                """
                Origines des réponses modifiées (1)
                  etat_des_lieux.population : source : recensement 2021 ; à confirmer → source : recensement 2022

                """), "\(run.stdout)")
    }
}
