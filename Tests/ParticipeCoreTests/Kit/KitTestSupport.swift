import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// A kit written into a temporary folder from the test's own text, then loaded.
struct KitFixture {
    let folder: TemporaryDirectory
    /// The kit folder (`<temporary>/kit`).
    let directory: String

    /// Writes `kitYAML` as `kit.yaml` and `files` beside it (paths relative to the kit folder).
    init(_ kitYAML: String, files: [String: String] = [:]) throws {
        folder = try TemporaryDirectory()
        directory = folder.path("kit")
        try folder.write(kitYAML, to: "kit/kit.yaml")
        for (name, text) in files { try folder.write(text, to: "kit/" + name) }
    }

    var kitFile: String { directory + "/kit.yaml" }

    func load() throws(DiagnosticList) -> Kit {
        var texts = SourceTexts()
        return try KitLoader().load(directory: directory, texts: &texts)
    }

    /// The errors of loading the kit, with the source texts read (to render carets); none when it loads.
    func errors() -> (diagnostics: [Diagnostic], texts: SourceTexts) {
        var texts = SourceTexts()
        do {
            _ = try KitLoader().load(directory: directory, texts: &texts)
            return ([], texts)
        } catch {
            return (error.diagnostics, texts)
        }
    }
}

/// The start of every test kit: one language, so that no translation is missing.
let kitHeader = """
    id: t
    version: "1"
    languages: [fr]
    title: Test

    """

/// Two sections with a text, a single choice, a multiple choice and a number.
let baseSections = """
    sections:
      - id: identite
        title: Identité
        questions:
          - {id: nom, type: text, label: Nom}
          - id: type
            type: single
            label: Type
            choices: [{id: commune, label: Commune}, {id: epci, label: EPCI}]
      - id: projet
        title: Projet
        questions:
          - id: modules
            type: multiple
            label: Modules
            choices: [{id: idees, label: Idées}, {id: vote, label: Vote}]
          - {id: budget, type: number, label: Budget}

    """

/// A kit made of the header, `sections` and `rest`.
func kitText(sections: String = baseSections, _ rest: String = "") -> String {
    kitHeader + sections + rest
}

/// Loading the kit of `errorCase` (a single `kit.yaml`, its marker where the error must point) reports that error
/// alone, at its place.
func expectTheOnlyError(of errorCase: LoaderErrorCase) throws {
    let marked = MarkedText(errorCase.kit)
    let fixture = try KitFixture(marked.text)
    let (diagnostics, _) = fixture.errors()
    #expect(
        diagnostics.map(\.description) == ["\(marked.location(in: fixture.kitFile)): error: \(errorCase.message)"],
        "\(errorCase.name)")
}
