import Foundation
import ParticipeTestSupport

/// The fixture kits folder, as `--templates` takes it.
let kitsFolder = Fixtures.kits

/// The complete demo answers.
let demoAnswers = Fixtures.path("answers/demo-complete.yaml")

/// `participe <arguments> --templates <fixture kits>`.
func participe(_ arguments: String..., environment: [String: String] = [:], in directory: String? = nil) throws
    -> CommandResult
{
    try runParticipe(arguments + ["--templates", kitsFolder], environment: environment, in: directory)
}

/// The demo answers with `replacements` applied, written to `folder`; returns the path.
func demoAnswersEdited(
    in folder: TemporaryDirectory, name: String = "answers.yaml", _ replacements: [(String, String)]
) throws -> String {
    var text = try String(contentsOfFile: demoAnswers, encoding: .utf8)
    for (old, new) in replacements {
        precondition(text.contains(old), "the demo answers do not contain '\(old)'")
        text = text.replacingOccurrences(of: old, with: new)
    }
    return try folder.write(text, to: name)
}
