import Foundation
import ParticipeCore
import ParticipeDocuments

/// The fixed kit the answers, template and pipeline targets run against, loaded once per process.
///
/// The kit is `PARTICIPE_FUZZ_KIT` (a kit folder), else `Templates/outil-numerique`, the largest shipped kit,
/// found from the working directory or from this source file, so tests and fuzzing runs find it alike. The
/// template target renders with the values of `PARTICIPE_FUZZ_SAMPLE`, else the largest file of
/// `samples/<kit id>/`: real values reach the deepest sections of real templates.
public struct FuzzFixtures: Sendable {
    public let kit: Kit
    public let templateValues: TemplateValue

    /// The documents' date, fixed so that a run can be replayed.
    static let today = CalendarDate(year: 2026, month: 3, day: 1) ?? CalendarDate(dayNumber: 0)

    public static let shared = FuzzFixtures()

    private init() {
        let environment = ProcessInfo.processInfo.environment
        let kitDirectory = environment["PARTICIPE_FUZZ_KIT"] ?? Self.find("Templates/outil-numerique")
        var texts = SourceTexts()
        do {
            kit = try KitLoader().load(directory: kitDirectory, texts: &texts)
        } catch {
            // A setup mistake, not a finding: say so plainly rather than let it pass for a crash of the target.
            fatalError("participe-fuzz: cannot load the kit '\(kitDirectory)':\n\(error)")
        }
        let sample = environment["PARTICIPE_FUZZ_SAMPLE"] ?? Self.largestSample(of: kit.id)
        var sheet = AnswerSheet(kitID: kit.id, kitVersion: kit.version)
        if let sample, let file = try? AnswersFile.read(sample, texts: &texts),
            let decoded = try? file.decode(for: kit)
        {
            sheet = decoded
        }
        let evaluation = Evaluation(kit: kit, sheet: sheet, today: Self.today)
        let context = TemplateContext(evaluation: evaluation)
        if let document = kit.documents.first {
            templateValues = context.values(for: document)
        } else {
            templateValues = .object(context.sharedValues())
        }
    }

    /// `relative` under the working directory if it is there, else under the package that holds this file.
    static func find(_ relative: String) -> String {
        if FileManager.default.fileExists(atPath: relative) { return relative }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return package.appendingPathComponent(relative).path
    }

    private static func largestSample(of kitID: String) -> String? {
        let folder = find("samples/\(kitID)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let sizes = names.filter { $0.hasSuffix(".yaml") }.map { name in
            let path = folder + "/" + name
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
            return (path: path, size: size)
        }
        return sizes.max { $0.size < $1.size }?.path
    }
}
