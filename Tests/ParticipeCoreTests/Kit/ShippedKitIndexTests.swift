import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// `QUESTIONS.md`, the index of ids the authors of catalogues and documents read, names every question, computed
/// value and rule of its kit: `scripts/kit-index.py` writes it again when the kit changes.
@Suite("Shipped kits: the index of ids")
struct ShippedKitIndexTests {
    @Test func theIndexNamesEveryQuestionComputedValueAndRule() throws {
        let kit = try ShippedKitContentTests.load("outil-numerique")
        let index = try String(
            contentsOfFile: Fixtures.packageRoot + "/Templates/outil-numerique/QUESTIONS.md", encoding: .utf8)
        let questions = kit.sections.flatMap { section in section.questions.map { "`\(section.id).\($0.id)`" } }
        let missing =
            questions.filter { !index.contains($0) } + kit.computed.map { "`\($0.id)`" }.filter { !index.contains($0) }
            + kit.rules.map { "`\($0.id)`" }.filter { !index.contains($0) }
        #expect(missing.isEmpty, "run scripts/kit-index.py Templates/outil-numerique: \(missing)")
        #expect(index.contains("\(questions.count) questions in \(kit.sections.count) sections"))
    }
}
