import Foundation
import ParticipeTestSupport
import Testing

@Suite("participe check")
struct CheckCommandTests {
    @Test func completeAnswersExit0() throws {
        assertResult(
            try participe("check", demoAnswers, "--date", "2026-11-27"), exitCode: 0,
            stdout: """
                \(demoAnswers) — demo v2 — 14/14 questions renseignées (100 %)
                  [##########] Identité 5/5
                  [##########] Projet 9/9

                Rôle du citoyen : Co-décideur (IAP2 : Habiliter)

                Avertissements (1)
                  ! [budget-faible] Le budget est de 0,44\u{00A0}€ par habitant pour Commune.
                    → Prévoyez au moins 1 € par habitant.
                    concerne : projet.budget, identite.population

                Conseils (1)
                  i [vote-sans-verification] Un vote appelle une vérification d'identité.
                    concerne : projet.modules

                Bilan : 0 bloquant(s), 1 avertissement(s), 1 conseil(s)

                """, stderr: "")
    }

    @Test func inEnglish() throws {
        let result = try participe("check", demoAnswers, "--lang", "en", "--date", "2026-11-27")
        assertResult(result, exitCode: 0)
        #expect(
            result.stdout.contains("! [budget-faible] The budget is 0.44\u{00A0}€ per inhabitant for Municipality."))
        #expect(result.stdout.hasSuffix("Summary: 0 blocker(s), 1 warning(s), 1 advice\n"))
    }

    @Test func theAnswersLanguageIsUsedWithoutLang() throws {
        let folder = try TemporaryDirectory()
        let path = try demoAnswersEdited(in: folder, [("language: fr", "language: en")])
        let result = try participe("check", path)
        #expect(result.stdout.contains("questions answered (100%)"))
    }

    @Test func warningsFailWithStrict() throws {
        assertResult(try participe("check", demoAnswers, "--strict"), exitCode: 1)
    }

    @Test func blockersExit1() throws {
        let folder = try TemporaryDirectory()
        let path = try demoAnswersEdited(in: folder, [("role: dpo", "role: pilote")])
        let result = try participe("check", path)
        assertResult(result, exitCode: 1, stderr: "")
        #expect(result.stdout.contains("Bloquants (1)\n  ✗ [pas-de-dpo] Aucun DPO dans l'équipe.\n"))
        #expect(result.stdout.hasSuffix("Bilan : 1 bloquant(s), 1 avertissement(s), 1 conseil(s)\n"))
    }

    @Test func invalidAnswersExit1WithTheirPositions() throws {
        let folder = try TemporaryDirectory()
        let marked = MarkedText(
            try String(contentsOfFile: demoAnswers, encoding: .utf8)
                .replacingOccurrences(of: "maturite: 3", with: "maturite: ⟨9"))
        let path = try folder.write(marked.text, to: "answers.yaml")
        let result = try participe("check", path)
        assertResult(result, exitCode: 1)
        #expect(
            result.stdout.contains(
                "Réponses à compléter ou corriger (1)\n"
                    + "  \(marked.location(in: path)): projet.maturite: 9 n'est pas sur l'échelle de 1 à 4\n"))
        // The answer is counted among the blockers, and the summary says so: no blocking rule is listed for it.
        #expect(
            result.stdout.hasSuffix(
                "Bilan : 1 bloquant(s) (dont 1 réponse(s) à compléter ou corriger), 1 avertissement(s), 1 conseil(s)\n"),
            "\(result.stdout)")
        let english = try participe("check", path, "--lang", "en")
        #expect(
            english.stdout.hasSuffix(
                "Summary: 1 blocker(s) (1 of them answers to complete or correct), 1 warning(s), 1 advice\n"))
    }

    /// A misspelt key is an invalid answer among the others: shown where it is, counted, exit 1.
    @Test func aMisspeltKeyIsAnInvalidAnswerAmongTheOthers() throws {
        let folder = try TemporaryDirectory()
        let input = MarkedText(
            "kit: demo\nversion: \"2\"\nanswers:\n  identite:\n    ⟨popualtion: 3\n    type: commune\n")
        let path = try folder.write(input.text, to: "answers.yaml")
        let french = try participe("check", path)
        assertResult(
            french, exitCode: 1,
            stderr: """
                \(input.location(in: path)): error: clé inconnue « popualtion » dans la section « identite » ; vouliez-vous dire « population » ? (attendu : « nom », « presentation », « type », « population », « public »)
                    popualtion: 3
                    ^

                """)
        #expect(french.stdout.contains("Réponses à compléter ou corriger"))
        #expect(french.stdout.contains("Bilan : "))
        let english = try participe("check", path, "--lang", "en")
        #expect(english.exitCode == 1)
        #expect(
            english.stderr.contains("error: unknown key 'popualtion' in section 'identite'; did you mean 'population'?")
        )
        let json = try participe("check", path, "--format", "json")
        #expect(json.exitCode == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let problems = try #require(report["problems"] as? [[String: Any]])
        let first = try #require(problems.first)
        #expect(first["code"] as? String == "decoding.unknown-key")
        #expect(first["line"] as? Int == input.line)
        #expect(problems.contains { ($0["code"] as? String)?.hasPrefix("validation.") == true })
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["invalidAnswers"] ?? 0 >= 1)
    }

    /// `generate` refuses such a file: a document never silently goes without an answer.
    @Test func generateRefusesAnswersThatDoNotFit() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(
            "kit: demo\nversion: \"2\"\nanswers:\n  identite:\n    popualtion: 3\n", to: "answers.yaml")
        let result = try participe("generate", path, "-o", folder.path("out"))
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("\(path) : réponses invalides (1 erreur(s))"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func asJSON() throws {
        let result = try participe("check", demoAnswers, "--format", "json", "--date", "2026-11-27")
        assertResult(result, exitCode: 0, stderr: "")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["blockers": 0, "warnings": 1, "advice": 1, "invalidAnswers": 0])
        #expect(report["kit"] as? String == "demo")
        #expect(report["language"] as? String == "fr")
        let progress = try #require(report["progress"] as? [String: Any])
        #expect(progress["percent"] as? Int == 100)
        #expect(
            (report["diagnostics"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [
                "budget-faible", "vote-sans-verification",
            ])
        #expect((report["computed"] as? [String: String])?["budget_par_habitant"] == "0,44")
    }

    @Test func jsonIssuesHaveLocations() throws {
        let folder = try TemporaryDirectory()
        let path = try demoAnswersEdited(in: folder, [("population: 57000", "population: 0")])
        let result = try participe("check", path, "--format", "json")
        assertResult(result, exitCode: 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let issues = try #require(report["issues"] as? [[String: Any]])
        #expect(issues.count == 1)
        #expect(issues.first?["kind"] as? String == "invalid")
        let location = try #require(issues.first?["location"] as? [String: Any])
        #expect(location["file"] as? String == path)
        #expect(location["line"] as? Int == 11)
        #expect(location["column"] as? Int == 17)
        #expect((report["summary"] as? [String: Int])?["invalidAnswers"] == 1)
    }

    @Test func anInvalidDateOptionExits64() throws {
        let result = try participe("check", demoAnswers, "--date", "2026-13-01")
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--date attend une date AAAA-MM-JJ qui existe (reçu : « 2026-13-01 »)"))
        let english = try participe("check", demoAnswers, "--date", "2026-02-30", environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.exitCode == 64)
        #expect(english.stderr.contains("--date expects a date YYYY-MM-DD that exists (got '2026-02-30')"))
    }
}

/// The thresholds of `outil-numerique` are dated facts: `check` takes those in force at the launch of the
/// consultation, and says which rules to check when the kit does not know that date.
@Suite("participe check: dated facts")
struct CheckDatedFactsTests {
    static let sample = Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml"

    static func launched(
        _ date: String, amount: String = "68 000", procedure: String = "mapa", in folder: TemporaryDirectory
    )
        throws -> String
    {
        let text = try String(contentsOfFile: sample, encoding: .utf8)
            .replacingOccurrences(of: "date_lancement: 2026-09-21", with: "date_lancement: \(date)")
            .replacingOccurrences(of: "montant_estime: 68 000", with: "montant_estime: \(amount)")
            .replacingOccurrences(of: "procedure_envisagee: mapa", with: "procedure_envisagee: \(procedure)")
        try folder.write(text, to: "reponses.yaml")
        return folder.path("reponses.yaml")
    }

    /// `participe check` from the package root, where the shipped kits are.
    static func check(_ arguments: String...) throws -> CommandResult {
        try runParticipe(["check"] + arguments, in: Fixtures.packageRoot)
    }

    @Test func aLaunchAfterTheKnownThresholdsListsTheRulesToCheck() throws {
        let folder = try TemporaryDirectory()
        let path = try Self.launched("2027-12-01", in: folder)
        let inForce = try Self.check(path, "--date", "2026-12-07")
        #expect(!inForce.stdout.contains("Règles à vérifier"))
        let late = try Self.check(try Self.launched("2028-02-01", in: folder), "--date", "2026-12-07")
        let line = try #require(
            String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("date_lancement:") })
        #expect(late.stdout.contains("\nRègles à vérifier (2)\n  ? \(path):\(line + 1):21: règle à vérifier : le kit"))
        #expect(
            late.stdout.contains("au 1er février 2028, la valeur 216\u{A0}000\u{A0}€ HT a été reprise telle quelle"))
        let json = try Self.check(path, "--format", "json", "--date", "2026-12-07")
        #expect(json.stdout.contains("\"kind\" : \"fact-not-in-force\""))
        #expect(json.stdout.contains("\"code\" : \"validation.fact-not-in-force\""))
    }

    @Test func aSmallPurchaseLaunchedAfterApril2026NeedsNoCompetition() throws {
        let folder = try TemporaryDirectory()
        let september = try Self.check(
            try Self.launched("2026-09-21", amount: "50 000", procedure: "gre_a_gre", in: folder))
        #expect(!september.stdout.contains("procedure-sous-dimensionnee"))
        let march = try Self.check(
            try Self.launched("2026-03-02", amount: "50 000", procedure: "gre_a_gre", in: folder))
        #expect(march.stdout.contains("! [procedure-sous-dimensionnee]"))
    }
}
