import Foundation
import ParticipeTestSupport
import Testing

/// The `scores` example of a `new` file, and the scores an answers file gives that the matrix never reads.
@Suite("participe: scores that are ignored")
struct IgnoredScoresTests {
    @Test func theNewFileShowsTheShapeOfTheSamples() throws {
        let result = try participe("new", "demo")
        assertResult(result, exitCode: 0, stderr: "")
        // Sub-criteria only: « technique » is computed from them, « prix » from the price.
        #expect(
            result.stdout.contains(
                """
                    #   - candidate: Nom de l'offre
                    #     price: 0
                    #     scores: {fonctionnel: 0, accessibilite: 0}
                    #     fails: []
                    #     notes: "Points forts ; points faibles"
                    offres: []

                """), "\(result.stdout)")
    }

    @Test func aScoreForAComputedCriterionIsReportedWhereItIs() throws {
        let folder = try TemporaryDirectory()
        let path = try demoAnswersEdited(
            in: folder,
            [
                (
                    "scores: {fonctionnel: 4, accessibilite: 3}",
                    "scores: {fonctionnel: 4, accessibilite: 3, technique: 4, prix: 5}"
                )
            ])
        let result = try participe("check", path, "--date", "2026-11-27")
        assertResult(result, exitCode: 0)
        #expect(
            result.stderr.hasPrefix(
                "\(path):31:52: warning: la note de « technique » est ignorée : elle se calcule à partir de ses "
                    + "sous-critères ; notez plutôt ceux-ci (fonctionnel, accessibilite)\n"), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "\(path):31:66: warning: la note de « prix » est ignorée : elle se calcule à partir du prix de "
                    + "l'offre (« price »)\n"))
        #expect(result.stdout.hasSuffix("Bilan : 0 bloquant(s), 3 avertissement(s), 1 conseil(s)\n"))
        assertResult(try participe("check", path, "--date", "2026-11-27", "--strict"), exitCode: 1)

        let json = try participe("check", path, "--format", "json", "--lang", "en")
        #expect(json.stdout.contains("\"code\" : \"decoding.score-ignored\""))
        #expect(json.stdout.contains("the score for 'prix' is ignored: it is computed from the offer's 'price'"))

        // A warning does not stop the documents.
        let generated = try participe("generate", path, "-o", folder.path("out"), "--lang", "en")
        assertResult(generated, exitCode: 0)
        #expect(generated.stderr.contains(":31:52: warning: the score for 'technique' is ignored"))
    }

    @Test func aScoreForAnEliminatoryCriterionIsReported() throws {
        let kits = try TemporaryDirectory()
        for name in ["kit.yaml", "more.yaml"] {
            let text = try String(contentsOfFile: kitsFolder + "/demo/" + name, encoding: .utf8)
            _ = try kits.write(
                text.replacingOccurrences(
                    of: "      - {id: prix, title: {fr: Prix, en: Price}, weight: 40, kind: price}\n",
                    with: "      - {id: prix, title: {fr: Prix, en: Price}, weight: 40, kind: price}\n"
                        + "      - {id: rgpd, title: {fr: RGPD, en: GDPR}, kind: eliminatory}\n"),
                to: "demo/" + name)
        }
        let documents = kitsFolder + "/demo/documents"
        try FileManager.default.copyItem(atPath: documents, toPath: kits.path("demo/documents"))
        let new = try runParticipe(["new", "demo", "--templates", kits.path], environment: [:])
        #expect(
            new.stdout.contains(
                "    #     fails: []  # critères éliminatoires que l'offre ne remplit pas, parmi : rgpd\n"))

        let answers = try demoAnswersEdited(
            in: kits,
            [("scores: {fonctionnel: 4, accessibilite: 3}", "scores: {fonctionnel: 4, accessibilite: 3, rgpd: 1}")])
        let result = try runParticipe(["check", answers, "--templates", kits.path, "--lang", "en"])
        assertResult(result, exitCode: 0)
        #expect(
            result.stderr.hasPrefix(
                "\(answers):31:52: warning: the score for 'rgpd' is ignored: it is eliminatory, pass or fail; "
                    + "list it under 'fails' if the offer fails it\n"), "\(result.stderr)")
    }
}
