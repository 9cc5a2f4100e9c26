import Foundation
import ParticipeTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `participe diff` end to end: the answers that changed, the parts of the documents they changed, the catalogue
/// items with the answers behind them, and the redlines it writes.
@Suite("participe diff")
struct DiffCommandTests {
    @Test func aChangedBudgetAndRoleAreTracedToTheDocumentsAndWrittenAsRedlines() throws {
        let folder = try TemporaryDirectory()
        let changed = try demoAnswersEdited(
            in: folder, name: "v2.yaml", [("budget: 25000", "budget: 75000"), ("role: dpo", "role: pilote")])
        let run = try participe("diff", demoAnswers, changed, "-o", folder.path("red"), "--date", "2026-12-07")
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                "Réponses modifiées (2)\n  projet.budget : 25\u{00A0}000\u{00A0}€ → 75\u{00A0}000\u{00A0}€\n"),
            "\(run.stdout)")
        #expect(run.stdout.contains("Synthèse : changements dans\n"), "\(run.stdout)")
        let html = try folder.read("red/synthese.redline.html")
        #expect(html.contains("<del class=\"revision\">") && html.contains("<ins class=\"revision\">"))
        #expect(html.contains("Version révisée : le texte ajouté est souligné"))
        // Before the table of contents: what changed, and where.
        let summary = try #require(html.range(of: "<aside class=\"callout redline-summary\">")).lowerBound
        #expect(
            html[summary...].prefix(1_000).contains(
                "<li>projet.budget : 25\u{00A0}000\u{00A0}€ → 75\u{00A0}000\u{00A0}€</li>"))
        #expect(summary < (html.range(of: "class=\"toc\"")?.lowerBound ?? html.endIndex))
        #expect(throws: Never.self) { _ = try XMLDocument(data: Data(html.utf8)) }
        let markdown = try folder.read("red/synthese.redline.md")
        #expect(markdown.contains("{--") && markdown.contains("{++"), "\(markdown)")
    }

    /// The DOCX and ODT redlines of a shipped sample, opened in LibreOffice: its revisions carry the author and
    /// date, accepting them all reads as `generate` on the later answers, rejecting them all as on the earlier.
    @Test(
        .enabled(
            if: LibreOfficeRevisions.python != nil,
            "LibreOffice or python3-uno is missing (CI runs .ci/install-document-tools.sh)"))
    func libreOfficeAcceptsOrRejectsTheRevisionsOfASample() throws {
        let folder = try TemporaryDirectory()
        let sample = Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml"
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        let later = try folder.write(
            text.replacingOccurrences(of: "budget_plateforme: 27 500", with: "budget_plateforme: 95 000"),
            to: "v2.yaml")
        let kits = ["--templates", Fixtures.packageRoot + "/Templates", "--date", "2026-12-07"]
        let diff = try runParticipe(["diff", sample, later, "-o", folder.path("red")] + kits, in: folder.path)
        #expect(diff.exitCode == 0, "\(diff.stderr)")
        for (answers, output) in [(sample, "old"), (later, "new")] {
            let run = try runParticipe(
                ["generate", answers, "-o", folder.path(output), "--format", "docx,odt"] + kits, in: folder.path)
            #expect(run.exitCode == 0, "\(run.stderr)")
        }
        for suffix in ["docx", "odt"] {
            let name = "cahier-des-charges"
            let redline = try LibreOfficeRevisions.read(
                folder.url.appendingPathComponent("red/\(name).redline.\(suffix)"))
            let old = try LibreOfficeRevisions.read(folder.url.appendingPathComponent("old/\(name).\(suffix)"))
            let new = try LibreOfficeRevisions.read(folder.url.appendingPathComponent("new/\(name).\(suffix)"))
            #expect(Set(redline.revisions.map(\.type)) == ["Insert", "Delete"], "\(suffix)")
            #expect(
                redline.revisions.allSatisfy { $0.author == "Ville de Kerbrivan-sur-Mer" && $0.date == "2026-12-07" },
                "\(suffix)")
            func lines(_ text: String) -> String { LibreOfficeRevisions.lines(text).joined(separator: "\n") }
            assertLines(lines(redline.accepted), lines(new.accepted), "\(suffix): all accepted")
            assertLines(lines(redline.rejected), lines(old.accepted), "\(suffix): all rejected")
        }
    }

    @Test func identicalAnswersSayNothingChanged() throws {
        let run = try participe("diff", demoAnswers, demoAnswers, "--lang", "en")
        assertResult(run, exitCode: 0, stdout: "No answer changed, and no document.\n", stderr: "")
    }

    /// The earlier file may be for an earlier version of the kit: it is brought forward first.
    @Test func acrossAMigration() throws {
        let versions = Fixtures.path("versions")
        let same = try runParticipe(
            ["diff", "reponses-v1.yaml", "reponses-v2-attendues.yaml", "--templates", versions + "/v2"], in: versions)
        // The answer the migration kept aside is said, lest it pass for unchanged.
        assertResult(
            same, exitCode: 0,
            stdout: """
                Aucune réponse n'a changé, ni aucun document.
                Mis de côté en mettant reponses-v1.yaml de la version 1 à la version 2, donc hors de la comparaison :
                  contexte.ancien : la question a été retirée du kit ; la question est reprise dans la section Contexte

                """, stderr: "")
        let folder = try TemporaryDirectory()
        let text = try String(contentsOfFile: versions + "/reponses-v2-attendues.yaml", encoding: .utf8)
        let later = try folder.write(text.replacingOccurrences(of: "delai: moyen", with: "delai: long"), to: "v3.yaml")
        let changed = try runParticipe(
            ["diff", versions + "/reponses-v1.yaml", later, "--templates", versions + "/v2"], in: folder.path)
        #expect(
            changed.stdout.hasPrefix(
                "Réponses modifiées (1)\n  contexte.delai : Un à trois mois → Plus de trois mois\n"),
            "\(changed.stdout)")
    }
}
