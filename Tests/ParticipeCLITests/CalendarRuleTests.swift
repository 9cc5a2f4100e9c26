import Foundation
import ParticipeTestSupport
import Testing

/// An opening before the contract award is its own blocking problem, never "only -132 days remain".
@Suite("outil-numerique: the procurement calendar")
struct CalendarRuleTests {
    private func check(opening: String) throws -> [String: Any] {
        let folder = try TemporaryDirectory()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/metropole-mobilite.yaml", encoding: .utf8)
        let path = try folder.write(
            sample.replacingOccurrences(of: "date_ouverture: 2027-03-15", with: "date_ouverture: \(opening)"),
            to: "answers.yaml")
        let result = try runParticipe(
            ["check", path, "--format", "json", "--date", "2026-12-07"], in: Fixtures.packageRoot)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func fired(_ report: [String: Any]) -> [String: String] {
        let findings = (report["diagnostics"] as? [[String: Any]]) ?? []
        return Dictionary(
            findings.compactMap { finding in
                (finding["id"] as? String).map { ($0, finding["message"] as? String ?? "") }
            }, uniquingKeysWith: { first, _ in first })
    }

    @Test func anOpeningBeforeTheAwardIsABlocker() throws {
        let rules = fired(try check(opening: "2026-09-01"))
        #expect(rules["calendrier-marche-tendu"] == nil)
        #expect(
            rules["ouverture-avant-notification"]
                == "L'ouverture au public est prévue 132 jours avant la notification du marché : le prestataire ne peut pas mettre en service un outil avant d'être choisi."
        )
    }

    @Test func aShortSetUpIsAWarning() throws {
        let rules = fired(try check(opening: "2027-01-25"))
        #expect(rules["ouverture-avant-notification"] == nil)
        #expect(rules["calendrier-marche-tendu"]?.hasPrefix("Il ne reste que 14\u{00A0}jours") == true)
    }
}
