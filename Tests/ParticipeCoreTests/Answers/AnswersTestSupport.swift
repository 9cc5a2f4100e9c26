import Foundation
import ParticipeTestSupport

@testable import ParticipeCore

/// An answers file written to a temporary folder, read and decoded against a kit.
struct AnswersFixture {
    let folder: TemporaryDirectory
    let path: String

    init(_ text: String, name: String = "answers.yaml") throws {
        folder = try TemporaryDirectory()
        path = try folder.write(text, to: name)
    }

    /// The sheet, or the diagnostics of reading and decoding it.
    func decode(for kit: Kit) -> Result<AnswerSheet, DiagnosticList> {
        var texts = SourceTexts()
        do {
            let file = try AnswersFile.read(path, texts: &texts)
            return .success(try file.decode(for: kit))
        } catch {
            return .failure(error)
        }
    }

    /// The diagnostics as `file:line:column: error: message` lines; empty when the file decodes.
    func errors(for kit: Kit) -> [String] {
        switch decode(for: kit) {
        case .success: []
        case .failure(let list): list.diagnostics.map(\.description)
        }
    }
}

/// Reads and decodes an answers file from disk.
func loadSheet(_ path: String, kit: Kit) throws -> AnswerSheet {
    var texts = SourceTexts()
    return try AnswersFile.read(path, texts: &texts).decode(for: kit)
}

/// The header of an answers file for the demo kit.
let demoAnswersHeader = """
    kit: demo
    version: "2"
    language: fr

    """
