import Foundation
import ParticipeTestSupport
import Testing

/// `participe ask` end to end: dates in their long form, numbers with their unit, and a `points` share over
/// the total refused, all read as the plain forms would be.
@Suite(.serialized) struct AskTypedFormsTests {
    static let script = [
        "Ville de Test",  // text
        "Une ville.", "Sur deux lignes.", "",  // paragraph
        "1",  // single
        "12 500 habitants",  // integer, with its unit
        "",  // boolean
        "25 000,50 €",  // number, with its unit
        "1er mars 2026",  // date, as defaults are shown
        "30 avril 2026",  // date
        "1,3",  // multiple
        "5000",  // number
        "3",  // scale
        "2 1 3",  // ranking
        "70", "40", "",  // points: 40 is over what remains, refused; Enter gives the rest
        "Anne", "1", "0,5", "Bruno", "dpo", "", "",  // list
        "Offre A", "40000", "4", "3", "",  // scores
    ]

    @Test func longDatesUnitsAndPointsOverTheTotal() throws {
        let folder = try TemporaryDirectory()
        let run = try runParticipe(
            ["ask", "--kit", "demo", "-o", "a.yaml", "--templates", Fixtures.kits, "--date", "2026-01-15"],
            stdin: (Self.script + ["o"]).map { $0 + "\n" }.joined(),
            environment: ["LANG": "fr_FR.UTF-8", "NO_COLOR": "1"], in: folder.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try folder.read("a.yaml") == AskTests.expectedAnswers)
        #expect(
            (run.stdout + run.stderr).contains("il ne reste que 30 points à répartir : donnez-en au plus 30"))
    }
}
