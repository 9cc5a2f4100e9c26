import Foundation
import ParticipeTestSupport
import Testing

/// The shipped samples, run as a user would: `check` judges them as expected and `generate` writes the
/// documents recorded as golden files under `Tests/Fixtures/golden/<kit>/<sample>/`.
@Suite("Shipped samples")
struct SamplesTests {
    /// What each sample must give; a sample missing here fails, so that a new sample gets its expectations.
    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        /// 0: no blocker; 1: blockers.
        var exitCode: Int32
        /// How many answers `check` finds invalid, and how many blockers it reports.
        var invalidAnswers = 0
        var blockers = 0
        var grids: [String: String] = [:]
        /// Rules that must fire.
        var fires: [String] = []
        /// Rules that must not fire.
        var silent: [String] = []

        var kit: String { String(file.split(separator: "/")[1]) }
        var name: String { String(file.split(separator: "/").last?.dropLast(5) ?? "") }
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(
            file: "samples/outil-numerique/commune-budget-participatif.yaml", exitCode: 0,
            grids: ["role_citoyen": "partie_prenante"],
            // Its answers to each project come at the end of the assessment, before the vote opens.
            silent: [
                "codecision-sans-engagement", "donnees-sans-dpo", "reponses-apres-vote", "phases-sans-dates",
                "vote-apres-decision", "instruction-apres-delai-reponses", "phase-fin-avant-debut",
            ]),
        Expectation(
            file: "samples/outil-numerique/metropole-mobilite.yaml", exitCode: 0, grids: ["role_citoyen": "concerte"]),
        Expectation(
            file: "samples/outil-numerique/en-town-consultation.yaml", exitCode: 0,
            grids: ["role_citoyen": "co_constructeur"]),
        Expectation(
            file: "samples/outil-numerique/petite-commune-plan-fragile.yaml", exitCode: 1, invalidAnswers: 1,
            blockers: 6, grids: ["role_citoyen": "consultation_sans_engagement"],
            fires: [
                "usage-non-decide", "codecision-sans-engagement", "ambition-tres-surestimee",
                "consultation-sans-engagement",
                "donnees-sans-dpo",
                "pas-d-engagement-rgaa", "nouveaux-publics-sans-mediation", "outil-avant-demarche",
                "analyse-sans-responsable", "analyse-sans-moyens", "pas-de-moderateur", "vote-sans-verification",
                "seule-licence-budgetee", "pas-de-delai-restitution", "pas-d-evaluation",
                "budget-tres-inferieur-mediane",
                "hebergement-hors-ue", "pas-de-reversibilite", "petite-collectivite-mutualiser", "etp-insuffisant",
                "premiere-annee-gratuite", "phases-sans-dates",
            ]),
        Expectation(file: "samples/tribunal-generations-futures/avion.yaml", exitCode: 0),
        Expectation(
            file: "samples/tribunal-generations-futures/tech-amour.yaml", exitCode: 0,
            silent: ["mineurs-image-sans-autorisation", "jury-delibere-salle-desoeuvree"]),
        Expectation(file: "samples/tribunal-generations-futures/en-trial.yaml", exitCode: 0),
        Expectation(
            file: "samples/tribunal-generations-futures/tribunal-fragile.yaml", exitCode: 1, invalidAnswers: 3,
            blockers: 8,
            fires: [
                "mineurs-image-sans-autorisation", "question-evidente", "role-manquant", "depassement-creneau",
                "pas-de-deliberation",
                "desequilibre-arguments", "aucun-argument-futur", "camp-sans-temoin", "pas-de-greffier",
                "accusation-vague", "main-levee-grande-salle", "question-sans-point-interrogation",
            ]),
    ]

    @Test func everySampleHasItsExpectations() {
        let known = Set(Self.expectations.map(\.file))
        #expect(Fixtures.samples.filter { !known.contains($0) } == [])
        #expect(Fixtures.samples.count >= 4)
    }

    @Test(arguments: expectations)
    func checkJudgesTheSample(_ sample: Expectation) throws {
        let result = try runParticipe(
            ["check", sample.file, "--format", "json", "--date", "2026-11-27"], in: Fixtures.packageRoot)
        #expect(result.exitCode == sample.exitCode, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["invalidAnswers"] == sample.invalidAnswers, "invalid answers")
        #expect(summary["blockers"] == sample.blockers, "blockers")
        let fired = Set(((report["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        #expect(sample.fires.filter { !fired.contains($0) } == [], "rules expected to fire")
        #expect(sample.silent.filter { fired.contains($0) } == [], "rules expected to stay silent")
        let grids = (report["grids"] as? [String: [String: Any]]) ?? [:]
        for (grid, level) in sample.grids {
            #expect(grids[grid]?["level"] as? String == level, "grid \(grid)")
        }
    }

    @Test(arguments: expectations)
    func generateWritesTheGoldenDocuments(_ sample: Expectation) throws {
        let output = try TemporaryDirectory()
        let result = try runParticipe(
            ["generate", sample.file, "-o", output.path, "--format", "md", "--date", "2026-11-27"],
            in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let written = try output.contents().filter { $0.hasSuffix(".md") }.sorted()
        #expect(!written.isEmpty)
        for file in written {
            assertGolden(try output.read(file), path: "golden/\(sample.kit)/\(sample.name)/\(file)")
        }
    }
}
