import Foundation
import ParticipeTestSupport
import Testing

/// `generate --branding`, as the built `participe` runs it: the body's name, logo and colour in every document, and
/// a problem of the branding file said at its line and column with nothing written.
@Suite("participe generate --branding")
struct BrandingTests {
    static let sample = "samples/outil-numerique/commune-budget-participatif.yaml"

    static func folder(_ branding: String) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("branding/logo.png")))
            .write(to: folder.url.appendingPathComponent("logo.png"))
        try folder.write(branding, to: "charte.yaml")
        return folder
    }

    /// A part of a DOCX or ODT package, as Python's `zipfile` reads it; nil when there is none.
    static func part(_ name: String, of package: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sys, zipfile\ntry: sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('utf-8', 'replace'))\n"
                + "except KeyError: sys.exit(3)",
            package, name,
        ]
        let finished = try runProcess(process)
        return finished.status == 0 ? try finished.text("stdout") : nil
    }

    @Test func theBodysNameLogoAndColourReachEveryDocument() throws {
        let folder = try Self.folder("name: Mairie de Kerbrivan\nlogo: logo.png\ncolor: \"#005A9C\"\n")
        let result = try runParticipe(
            [
                "generate", Self.sample, "-o", folder.path("out"), "--format", "html,docx,odt", "--branding",
                folder.path("charte.yaml"),
            ],
            in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: folder.path("out/cahier-des-charges.html"), encoding: .utf8)
        #expect(html.contains("<img class=\"logo\" src=\"data:image/png;base64,"))
        #expect(html.contains("alt=\"Mairie de Kerbrivan\""))
        #expect(html.contains("Mairie de Kerbrivan · <time"))
        let docx = folder.path("out/cahier-des-charges.docx")
        #expect(try Self.part("word/media/logo.png", of: docx) != nil)
        #expect(try Self.part("word/footer1.xml", of: docx)?.contains("Mairie de Kerbrivan — ") == true)
        let odt = folder.path("out/cahier-des-charges.odt")
        #expect(try Self.part("Pictures/logo.png", of: odt) != nil)
        #expect(try Self.part("styles.xml", of: odt)?.contains("#005a9c") == true)
    }

    @Test func aBrandingProblemIsSaidAtItsPlaceAndNothingIsWritten() throws {
        let folder = try Self.folder("name: Mairie\ncolor: \"#ffdd00\"\n")
        let result = try runParticipe(
            ["generate", Self.sample, "-o", folder.path("out"), "--branding", folder.path("charte.yaml")],
            in: Fixtures.packageRoot)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("\(folder.path("charte.yaml")):2:8: error: la couleur #ffdd00 est trop claire"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
        let english = try runParticipe(
            [
                "generate", Self.sample, "-o", folder.path("out"), "--lang", "en", "--branding",
                folder.path("absent.yaml"),
            ],
            in: Fixtures.packageRoot)
        #expect(english.exitCode == 2)
        #expect(english.stderr.contains("cannot read the branding file"))
    }
}
