import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// When a shipped kit changes version, the answers saved against the earlier one must come forward: every
/// shipped sample is at its kit's version, and every version a shipped kit has a migration from keeps samples
/// in `Tests/Fixtures/migrations/<kit>/<version>/` that migrate to answers the kit reads.
@Suite("Shipped kits: versions and their migrations")
struct ShippedKitVersionTests {
    static func kit(_ id: String) throws -> Kit {
        var texts = SourceTexts()
        return try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/" + id, texts: &texts)
    }

    @Test(arguments: Fixtures.samples)
    func everySampleIsAtItsKitsVersion(_ sample: String) throws {
        var texts = SourceTexts()
        let file = try AnswersFile.read(Fixtures.packageRoot + "/" + sample, texts: &texts)
        #expect(
            file.kitVersion == (try Self.kit(file.kitID)).version,
            "\(sample) is for version \(file.kitVersion): keep it under Tests/Fixtures/migrations and migrate it")
    }

    @Test(arguments: ["outil-numerique", "tribunal-generations-futures"])
    func everyEarlierVersionHasSamplesThatMigrate(_ id: String) throws {
        let kit = try Self.kit(id)
        for migration in kit.migrations {
            let folder = Fixtures.path("migrations/\(id)/\(migration.from)")
            let samples = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
                $0.hasSuffix(".yaml")
            }
            #expect(!samples.isEmpty, "no answers of version \(migration.from) of \(id) in \(folder)")
            for sample in samples {
                let text = try String(contentsOfFile: folder + "/" + sample, encoding: .utf8)
                let (migrated, report) = try AnswersMigration.migrate(
                    text: text, path: sample, kit: kit, language: .french)
                var texts = SourceTexts()
                _ = try AnswersFile.read(text: migrated, path: sample, texts: &texts).decode(for: kit)
                #expect(report.to == kit.version)
            }
        }
    }
}
