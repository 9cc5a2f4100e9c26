import Foundation
import ParticipeCore
import ParticipeDocuments
import ParticipeTestSupport

/// The documents of every shipped sample, in every format, written once for all the tests that inspect them.
final class ShippedDocuments: Sendable {
    struct Output: Sendable {
        var sample: String
        var files: [URL]
        var markdown: [URL] { files.filter { $0.pathExtension == "md" } }
    }

    /// Removed when the test process exits: `shared` is never released.
    let directory: TemporaryDirectory
    let outputs: [Output]

    /// Built once: rendering every sample in four formats is the slow part.
    static let shared = Result { try ShippedDocuments() }

    private init() throws {
        directory = try TemporaryDirectory.forTheWholeRun(prefix: "participe-shipped")
        var outputs: [Output] = []
        for sample in Self.sampleFiles {
            let folder = directory.url.appendingPathComponent(
                sample.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".yaml", with: ""))
            outputs.append(Output(sample: sample, files: try Self.generate(sample, to: folder.path)))
        }
        self.outputs = outputs
    }

    static var sampleFiles: [String] { Fixtures.samples.map { Fixtures.packageRoot + "/" + $0 } }

    /// What `participe generate --format all` does, through the library.
    static func generate(
        _ sample: String, sheet override: ((AnswerSheet, Kit) -> AnswerSheet)? = nil, to folder: String
    )
        throws -> [URL]
    {
        var texts = SourceTexts()
        let file = try AnswersFile.read(sample, texts: &texts)
        let library = KitLibrary(folders: [Fixtures.packageRoot + "/Templates"])
        let kit = try KitLoader().load(directory: try library.directory(of: file.kitID), texts: &texts)
        var sheet = try file.decode(for: kit)
        if let override { sheet = override(sheet, kit) }
        let evaluation = Evaluation(
            kit: kit, sheet: sheet, today: CalendarDate(iso: "2026-11-27") ?? CalendarDate(dayNumber: 0))
        let documents = try DocumentGenerator(evaluation: evaluation).render(texts: &texts)
        let exporter = try DocumentExporter(formats: DocumentFormat.standard, csvWriter: .frenchSpreadsheet)
        return try exporter.export(documents, evaluation: evaluation, to: folder).map { URL(fileURLWithPath: $0) }
    }
}
