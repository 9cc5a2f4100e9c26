import Foundation
import ParticipeTestSupport
import Testing

/// What the kit language says that a kit needs, end to end on the `concertation` fixture: calendar arithmetic,
/// formatting per language, sorted lists with a field added per item, a catalogue item per entry of a list, a
/// template loop over one category, and a default and bounds computed from the answers. Values checked by hand.
@Suite("The kit language, on the built binary")
struct KitLanguageTests {
    static let answers = Fixtures.path("answers/concertation.yaml")
    static let kits = Fixtures.path("kit-language")

    func participe(_ arguments: String...) throws -> CommandResult {
        try runParticipe(arguments + ["--templates", Self.kits])
    }

    @Test(arguments: [
        (
            "fr",
            """
            # Concertation

            Décision avant le 28 mai 2027 — coût total 1\u{00A0}510,5\u{00A0}€.

            ## Rencontres, de la plus proche à la plus lointaine

            - École : 1er février 2027, dans 17 jours
            - lieu à préciser : 15 février 2027, dans 31 jours
            - Mairie : 10 mars 2027, dans 54 jours

            ## Préparer

            - AFF Affichage — Afficher avant le 28 février 2027.

            ## Rencontrer (2)

            - REN-1 Rencontre à Mairie — Le 10 mars 2027, coût 1\u{00A0}200,5 €.
            - REN-2 Rencontre à École — Le 1er février 2027, coût 300 €.

            """
        ),
        (
            "en",
            """
            # Consultation

            Decision before 28 May 2027; total cost 1,510.5\u{00A0}€.

            ## Meetings, nearest first

            - École: 1 February 2027, in 17 days
            - place to be set: 15 February 2027, in 31 days
            - Mairie: 10 March 2027, in 54 days

            ## Prepare

            - AFF Posting — Post before 28 February 2027.

            ## Meet (2)

            - REN-1 Meeting in Mairie — On 10 March 2027, cost 1,200.5 €.
            - REN-2 Meeting in École — On 1 February 2027, cost 300 €.

            """
        ),
    ])
    func theDocumentShowsWhatTheExpressionsCompute(language: String, expected: String) throws {
        let folder = try TemporaryDirectory()
        let run = try participe(
            "generate", Self.answers, "--format", "md", "-o", folder.path, "--date", "2027-01-15", "--lang", language)
        #expect(run.exitCode == 0, "\(run.stderr)")
        assertLines(try folder.read("plan.md"), expected, language)
    }

    @Test func aBoundComputedFromAnotherAnswerRefusesWhatIsOutside() throws {
        let folder = try TemporaryDirectory()
        let text = try String(contentsOfFile: Self.answers, encoding: .utf8)
        let early = try folder.write(
            text.replacingOccurrences(of: "bilan: 2027-02-28", with: "bilan: 2027-01-31"), to: "a.yaml")
        let run = try participe("check", early, "--date", "2027-01-15")
        #expect(run.exitCode == 1)
        #expect(
            run.stdout.contains("a.yaml:7:12: deroulement.bilan: la date 31 janvier 2027 précède le 10 février 2027"),
            "\(run.stdout)")
        let late = try folder.write(
            text.replacingOccurrences(of: "bilan: 2027-02-28", with: "bilan: 2027-07-21"), to: "b.yaml")
        let lateRun = try participe("check", late, "--date", "2027-01-15", "--lang", "en")
        #expect(
            lateRun.stdout.contains("deroulement.bilan: the date 21 July 2027 is after 20 July 2027"),
            "\(lateRun.stdout)")
    }

    @Test func aDefaultComputedFromTheDateIsProposedAndEnterAcceptsIt() throws {
        let folder = try TemporaryDirectory()
        let run = try runParticipe(
            ["ask", "--kit", "concertation", "-o", "a.yaml", "--templates", Self.kits, "--date", "2027-01-15"],
            stdin: "\n:q\n", in: folder.path)
        #expect(run.stdout.contains("[14 février 2027] >"), "\(run.stdout)")
        #expect(try folder.read("a.yaml").contains("    ouverture: 2027-02-14\n"))
    }

    @Test func csvOnAKitWithoutMatrixSaysThereIsNothingToWrite() throws {
        let folder = try TemporaryDirectory()
        let run = try participe("generate", Self.answers, "--format", "csv", "-o", folder.path, "--lang", "en")
        #expect(run.exitCode == 0)
        #expect(run.stderr.contains("kit 'concertation' has no decision matrix"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
