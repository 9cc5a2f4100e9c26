import Foundation
import ParticipeTestSupport
import Testing

@Suite("participe generate")
struct GenerateCommandTests {
    @Test func writesTheDocumentsAndPrintsTheirPaths() throws {
        let folder = try TemporaryDirectory()
        let output = folder.path("out/documents")
        let result = try participe("generate", demoAnswers, "-o", output, "--date", "2026-11-27", "--format", "md")
        assertResult(result, exitCode: 0, stdout: "\(output)/synthese.md\n", stderr: "")
        #expect(try folder.contents("out/documents") == ["synthese.md"])
        assertGolden(try folder.read("out/documents/synthese.md"), path: "golden/demo/synthese.md")
    }

    @Test func inEnglish() throws {
        let folder = try TemporaryDirectory()
        let result = try participe(
            "generate", demoAnswers, "-o", folder.path, "--date", "2026-11-27", "--lang", "en", "--format", "md")
        assertResult(result, exitCode: 0, stdout: "\(folder.path)/summary.md\n")
        assertGolden(try folder.read("summary.md"), path: "golden/demo/summary.en.md")
    }

    @Test func everyFormatByDefault() throws {
        let folder = try TemporaryDirectory()
        let result = try participe("generate", demoAnswers, "-o", folder.path, "--date", "2026-11-27")
        assertResult(result, exitCode: 0)
        let files = try folder.contents().sorted()
        #expect(files.contains("synthese.md") && files.contains("synthese.html"))
        #expect(files.contains("synthese.docx") && files.contains("synthese.odt"))
        #expect(files.filter { $0.hasSuffix(".csv") }.count == 6, "one CSV per table of the decision matrix")
        let bytes = try #require(FileManager.default.contents(atPath: folder.path("choix-notes.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark in French")
        let csv = try folder.read("choix-notes.csv")
        #expect(csv.contains(";"), "semicolons in French")
    }

    /// Every CSV of every shipped sample names each column once, in the sample's language: a spreadsheet reads
    /// them by their headers (the offer's price and the price criterion's score were both « Prix »).
    @Test(arguments: Fixtures.samples.filter { $0.contains("outil-numerique") })
    func csvHeadersAreDistinctAndInTheDocumentsLanguage(sample: String) throws {
        let folder = try TemporaryDirectory()
        let result = try runParticipe(
            [
                "generate", Fixtures.packageRoot + "/" + sample, "-o", folder.path, "--format", "csv",
                "--templates", Fixtures.packageRoot + "/Templates", "--csv-separator", "comma",
            ], in: folder.path)
        #expect(result.exitCode <= 1, "\(result.stderr)")
        let files = try folder.contents().filter { $0.hasSuffix(".csv") }
        #expect(!files.isEmpty)
        let english = sample.contains("/en-")
        for file in files {
            let header = try #require(try folder.read(file).split(separator: "\r\n").first)
            // Fields split on commas outside quotes.
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in header.drop(while: { $0 == "\u{FEFF}" }) {
                if character == "\"" {
                    quoted.toggle()
                } else if character == ",", !quoted {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
            }
            fields.append(field)
            #expect(Set(fields).count == fields.count, "\(sample) \(file): \(fields)")
            let french = ["Candidat", "Critère", "Rang", "Montant de l'offre (€ HT)", "Nouveau premier à la baisse"]
            if english { #expect(!fields.contains { french.contains($0) }, "\(sample) \(file): \(fields)") }
        }
    }

    @Test func csvOptionsOverrideTheLanguageDefaults() throws {
        let folder = try TemporaryDirectory()
        let result = try participe(
            "generate", demoAnswers, "-o", folder.path, "--format", "csv", "--csv-separator", "comma", "--no-csv-bom")
        assertResult(result, exitCode: 0)
        let bytes = try #require(FileManager.default.contents(atPath: folder.path("choix-notes.csv")))
        #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
        let csv = try folder.read("choix-notes.csv")
        #expect(csv.split(separator: "\r\n").first?.contains(",") == true)
    }

    @Test func aReferenceDocumentLendsItsStyles() throws {
        let folder = try TemporaryDirectory()
        let first = try participe("generate", demoAnswers, "-o", folder.path("first"), "--format", "docx,odt")
        assertResult(first, exitCode: 0)
        let second = try participe(
            "generate", demoAnswers, "-o", folder.path("second"), "--format", "docx,odt", "--reference-doc",
            folder.path("first/synthese.docx"), "--reference-doc", folder.path("first/synthese.odt"))
        assertResult(second, exitCode: 0)
        #expect(try folder.contents("second").sorted() == ["synthese.docx", "synthese.odt"])
        let wrong = try participe("generate", demoAnswers, "-o", folder.path("third"), "--reference-doc", demoAnswers)
        #expect(wrong.exitCode == 2)
        #expect(wrong.stderr.contains("--reference-doc"))
    }

    @Test func anUnknownFormatIsRefused() throws {
        let result = try participe("generate", demoAnswers, "--format", "rtf")
        #expect(result.exitCode == 64)
        #expect(
            result.stderr.contains(
                "format inconnu « rtf » : md, html, docx, odt, pdf, csv, xlsx, ods ou all, séparés par des virgules"))
        let english = try participe("generate", demoAnswers, "--format", "md,rtf", "--lang", "en")
        #expect(
            english.stderr.contains(
                "unknown format 'rtf': md, html, docx, odt, pdf, csv, xlsx, ods or all, comma-separated"))
    }

    @Test func theDateComesFromSourceDateEpoch() throws {
        let folder = try TemporaryDirectory()
        // 2026-11-27T00:00:00Z
        let result = try participe(
            "generate", demoAnswers, "-o", folder.path, environment: ["SOURCE_DATE_EPOCH": "1795737600"])
        assertResult(result, exitCode: 0)
        #expect(try folder.read("synthese.md").contains("Date : 27 novembre 2026"))
    }

    @Test func blockersAreWrittenAndNoted() throws {
        let folder = try TemporaryDirectory()
        let path = try demoAnswersEdited(in: folder, [("role: dpo", "role: pilote")])
        let result = try participe("generate", path, "-o", folder.path("out"), "--date", "2026-11-27", "--format", "md")
        assertResult(
            result, exitCode: 0, stdout: "\(folder.path("out"))/synthese.md\n",
            stderr: "attention : 1 point(s) bloquant(s) ; les documents les signalent (voir participe check)\n")
        #expect(try folder.read("out/synthese.md").contains("- **Bloquant** [pas-de-dpo] Aucun DPO dans l'équipe."))
    }

    @Test func aTemplateNamingAMissingValueExits2WithItsPosition() throws {
        let folder = try TemporaryDirectory()
        // A copy of the demo kit whose French template misspells a name.
        let kit = Fixtures.path("kits/demo")
        for file in ["kit.yaml", "more.yaml", "documents/synthese.en.md.mustache"] {
            try folder.write(try String(contentsOfFile: kit + "/" + file, encoding: .utf8), to: "kits/demo/" + file)
        }
        let template = try String(contentsOfFile: kit + "/documents/synthese.fr.md.mustache", encoding: .utf8)
        let marked = MarkedText(template.replacingOccurrences(of: "{{date}}", with: "⟨{{dat}}"))
        let templatePath = try folder.write(marked.text, to: "kits/demo/documents/synthese.fr.md.mustache")
        let result = try runParticipe(
            ["generate", demoAnswers, "-o", folder.path("out"), "--templates", folder.path("kits")])
        assertResult(result, exitCode: 2, stdout: "")
        #expect(
            result.stderr.hasPrefix(
                "\(marked.location(in: templatePath)): error: aucune valeur nommée « dat » pour « {{dat}} » ; "
                    + "vouliez-vous dire « date » ?")
        )
        #expect(
            result.stderr.contains("\nDate : {{dat}} · {{progress.percent}} % des questions renseignées.\n       ^\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }
}
