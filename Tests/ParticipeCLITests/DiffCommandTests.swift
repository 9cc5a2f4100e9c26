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

    /// A shipped sample, what changes in it and the document whose redline is read.
    struct SampleChange: Sendable, CustomTestStringConvertible {
        var sample: String
        var replacements: [(String, String)]
        var document: String
        var author: String
        var testDescription: String { sample }
    }

    static let sampleChanges = [
        SampleChange(
            sample: "outil-numerique/commune-budget-participatif.yaml",
            // The budget is internal: the specification changes with the estimated amount it announces.
            replacements: [("montant_estime: 68 000", "montant_estime: 75 000")], document: "cahier-des-charges",
            author: "Ville de Kerbrivan-sur-Mer"),
        SampleChange(
            sample: "tribunal-generations-futures/avion.yaml",
            replacements: [
                ("heure_debut: \"19:30\"", "heure_debut: \"20:00\""), ("public_attendu: 180", "public_attendu: 240"),
            ],
            document: "deroule", author: "Maison du débat de Rennes et association Clim'Actes"),
    ]

    /// The redlines of a shipped sample in every format: the DOCX and ODT ones opened in LibreOffice carry the
    /// author and the date on every revision, accepting them all reads as `generate` on the later answers,
    /// rejecting them all as on the earlier; the HTML one parses as XML and marks what went and came; the
    /// Markdown one holds CriticMarkup.
    @Test(
        .enabled(
            if: LibreOffice.python != nil,
            "LibreOffice or python3-uno is missing (CI runs .ci/install-document-tools.sh)"),
        arguments: sampleChanges)
    func libreOfficeAcceptsOrRejectsTheRevisionsOfASample(_ change: SampleChange) throws {
        let folder = try TemporaryDirectory()
        let sample = Fixtures.packageRoot + "/samples/" + change.sample
        var text = try String(contentsOfFile: sample, encoding: .utf8)
        for (before, after) in change.replacements {
            try #require(text.contains(before))
            text = text.replacingOccurrences(of: before, with: after)
        }
        let later = try folder.write(text, to: "v2.yaml")
        let kits = ["--templates", Fixtures.packageRoot + "/Templates", "--date", "2026-12-07"]
        let diff = try runParticipe(["diff", sample, later, "-o", folder.path("red")] + kits, in: folder.path)
        #expect(diff.exitCode == 0, "\(diff.stderr)")
        for (answers, output) in [(sample, "old"), (later, "new")] {
            let run = try runParticipe(
                ["generate", answers, "-o", folder.path(output), "--format", "docx,odt"] + kits, in: folder.path)
            #expect(run.exitCode == 0, "\(run.stderr)")
        }
        let name = change.document
        let html = try folder.read("red/\(name).redline.html")
        #expect(throws: Never.self) { _ = try XMLDocument(data: Data(html.utf8)) }
        #expect(html.contains("<del class=\"revision") && html.contains("<ins class=\"revision"))
        let markdown = try folder.read("red/\(name).redline.md")
        #expect(markdown.contains("{--") && markdown.contains("{++"))
        for suffix in ["docx", "odt"] {
            let redline = try LibreOfficeRevisions.read(
                folder.url.appendingPathComponent("red/\(name).redline.\(suffix)"))
            let old = try LibreOfficeRevisions.read(folder.url.appendingPathComponent("old/\(name).\(suffix)"))
            let new = try LibreOfficeRevisions.read(folder.url.appendingPathComponent("new/\(name).\(suffix)"))
            #expect(Set(redline.revisions.map(\.type)) == ["Insert", "Delete"], "\(suffix)")
            #expect(
                redline.revisions.allSatisfy { $0.author == change.author && $0.date == "2026-12-07" }, "\(suffix)")
            // The table of contents lists the later version's headings and their pages, which the revisions move: the
            // texts are compared around it.
            func lines(_ text: String) -> String {
                var lines = LibreOfficeRevisions.lines(text)
                if let heading = lines.firstIndex(of: "Sommaire"), heading + 1 < lines.count,
                    let body = lines[(heading + 2)...].firstIndex(
                        of: lines[heading + 1].replacingOccurrences(
                            of: #"\t\d*$"#, with: "", options: .regularExpression))
                {
                    lines.removeSubrange((heading + 1)..<body)
                }
                return lines.joined(separator: "\n")
            }
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
