import Foundation
import ParticipeFuzzing
import ParticipeTestSupport
import Testing

/// The inputs the fuzzers found (`scripts/fuzz.sh`), replayed through the same targets: a crash here is a
/// regression. Each target's folder is `Tests/Fixtures/fuzz/<target>/`; inputs whose bug is still open are listed
/// in `Tests/Fixtures/fuzz/open-crashes.txt` and left out until it is fixed, since they would stop the test run.
///
/// Serialized: the targets share one scratch folder, as they do in a fuzzing process.
@Suite(.serialized) struct FuzzRegressionTests {
    struct Input: CustomTestStringConvertible, Sendable {
        var target: FuzzTarget
        var path: String
        var testDescription: String { "\(target.rawValue)/\((path as NSString).lastPathComponent)" }
    }

    static let folder = Fixtures.path("fuzz")

    /// `target/file` of each input whose bug is open.
    static var openCrashes: Set<String> {
        let text = (try? String(contentsOfFile: folder + "/open-crashes.txt", encoding: .utf8)) ?? ""
        return Set(
            text.split(separator: "\n").compactMap { line in
                line.hasPrefix("#") ? nil : line.split(separator: " ").first.map(String.init)
            })
    }

    static var inputs: [Input] {
        let open = openCrashes
        return FuzzTarget.allCases.flatMap { target in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + target.rawValue)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") && !open.contains("\(target.rawValue)/\($0)") }
                .map { Input(target: target, path: "\(folder)/\(target.rawValue)/\($0)") }
        }
    }

    @Test(arguments: inputs) func replays(_ input: Input) throws {
        defer { FuzzWorkspace.shared.remove() }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input.path)))
        input.target.run(bytes)
    }

    /// Every target runs on an ordinary input, so the harness itself stays working between fuzzing runs.
    @Test(arguments: FuzzTarget.allCases) func runsOnAnOrdinaryInput(_ target: FuzzTarget) throws {
        defer { FuzzWorkspace.shared.remove() }
        let ordinary: String
        switch target {
        case .kitLoader: ordinary = try Fixtures.text("kits/demo/kit.yaml")
        case .answers, .pipeline:
            ordinary = try String(
                contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml",
                encoding: .utf8)
        case .expressions: ordinary = "round(n / 3, 1) + sum(w, item.places)"
        case .markdown: ordinary = "# Titre\n\n- *un*\n- [deux](https://a.fr)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n"
        case .template: ordinary = "# {{kit.title}}\n{{#documents}}- {{title}}\n{{/documents}}"
        }
        target.run(Array(ordinary.utf8))
        #expect(!target.dictionary.isEmpty)
    }
}
