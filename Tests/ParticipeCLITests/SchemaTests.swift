import Foundation
import ParticipeTestSupport
import Testing

/// The answers' JSON Schemas (`participe schema`, `schemas/`): current with their kits, referenced from every shipped
/// sample and every `new` file, and read by Python's jsonschema as an editor's YAML language server would.
@Suite("participe schema")
struct SchemaTests {
    static let kits = ["outil-numerique", "tribunal-generations-futures"]

    /// The Python that has jsonschema and PyYAML; in CI `.ci/run` installs them, and a missing one fails.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { candidate in
            guard FileManager.default.isExecutableFile(atPath: candidate) else { return false }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: candidate)
            process.arguments = ["-c", "import jsonschema, yaml"]
            return (try? runProcess(process, timeout: 30).status) == 0
        }
    }()
    static let canValidate = python != nil || ProcessInfo.processInfo.environment["CI"] != nil

    /// Each file's problems, as jsonschema finds them.
    static func problems(schema: String, files: [String]) throws -> [String: [[String: String]]] {
        let python = try #require(python, "python3 with jsonschema and PyYAML is missing")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Fixtures.packageRoot + "/Tests/Scripts/validate_answers.py", schema] + files
        let finished = try runProcess(process, timeout: 120)
        let errors = try finished.text("stderr")
        #expect(finished.status == 0, "\(errors)")
        return try JSONDecoder().decode([String: [[String: String]]].self, from: Data(try finished.text("stdout").utf8))
    }

    @Test(arguments: kits)
    func theShippedSchemaIsTheKitsOwn(_ kit: String) throws {
        let run = try runParticipe(["schema", kit], in: Fixtures.packageRoot)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let shipped = try String(
            contentsOfFile: Fixtures.packageRoot + "/schemas/\(kit).answers.schema.json", encoding: .utf8)
        #expect(run.stdout == shipped, "run: participe schema \(kit) -o schemas/\(kit).answers.schema.json")
    }

    @Test(.enabled(if: canValidate, "python3 with jsonschema and PyYAML is missing"), arguments: kits)
    func everySampleIsValidAndPointsAtItsSchema(_ kit: String) throws {
        let folder = Fixtures.packageRoot + "/samples/\(kit)"
        let samples = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
            .map { folder + "/" + $0 }
        #expect(samples.count >= 4)
        for sample in samples {
            let first = try String(contentsOfFile: sample, encoding: .utf8).split(separator: "\n").first ?? ""
            #expect(first == "# yaml-language-server: $schema=../../schemas/\(kit).answers.schema.json", "\(sample)")
        }
        let schema = Fixtures.packageRoot + "/schemas/\(kit).answers.schema.json"
        for (file, found) in try Self.problems(schema: schema, files: samples) {
            #expect(found.isEmpty, "\(file): \(found)")
        }
    }

    @Test(.enabled(if: canValidate, "python3 with jsonschema and PyYAML is missing"))
    func aBrokenFileFailsWhereItIsBroken() throws {
        let folder = try TemporaryDirectory()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/metropole-mobilite.yaml", encoding: .utf8)
        let cases: [(String, String, String)] = [
            ("population: 452 300", "population: beaucoup", "answers.etat_des_lieux.population"),
            ("population: 452 300", "popualtion: 452 300", "answers.etat_des_lieux"),
            ("type_organisme: epci", "type_organisme: ville", "answers.etat_des_lieux.type_organisme"),
            ("date_ouverture: 2027-03-15", "date_ouverture: mars", "answers.outil.date_ouverture"),
        ]
        var files: [String: String] = [:]
        for (index, (old, new, path)) in cases.enumerated() {
            #expect(sample.contains(old))
            files[try folder.write(sample.replacingOccurrences(of: old, with: new), to: "\(index).yaml")] = path
        }
        let found = try Self.problems(
            schema: Fixtures.packageRoot + "/schemas/outil-numerique.answers.schema.json", files: Array(files.keys))
        for (file, path) in files {
            let problems = found[file] ?? []
            #expect(problems.contains { $0["path"] == path }, "\(file): \(problems)")
        }
    }

    /// Every YAML file of the shipped kits points at `schemas/kit.schema.json` and follows it; a misspelt type or
    /// severity does not.
    @Test(.enabled(if: canValidate, "python3 with jsonschema and PyYAML is missing"))
    func theShippedKitsFollowTheKitSchema() throws {
        let templates = Fixtures.packageRoot + "/Templates"
        let enumerator = FileManager.default.enumerator(atPath: templates)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".yaml") else { continue }
            let depth = relative.split(separator: "/").count
            let first =
                try String(contentsOfFile: templates + "/" + relative, encoding: .utf8)
                .split(separator: "\n").first ?? ""
            let expected = String(repeating: "../", count: depth) + "schemas/kit.schema.json"
            #expect(first == "# yaml-language-server: $schema=\(expected)", "\(relative)")
            files.append(templates + "/" + relative)
        }
        #expect(files.count > 30)
        let schema = Fixtures.packageRoot + "/schemas/kit.schema.json"
        for (file, found) in try Self.problems(schema: schema, files: files) {
            #expect(found.isEmpty, "\(file): \(found)")
        }
        let folder = try TemporaryDirectory()
        let kit = try String(contentsOfFile: templates + "/tribunal-generations-futures/kit.yaml", encoding: .utf8)
        let rules = try String(contentsOfFile: templates + "/tribunal-generations-futures/rules.yaml", encoding: .utf8)
        let broken = [
            try folder.write(
                kit.replacingOccurrences(of: "languages: [fr, en]", with: "langues: [fr, en]"), to: "k.yaml"),
            try folder.write(
                rules.replacingOccurrences(of: "severity: blocker", with: "severity: grave"), to: "r.yaml"),
        ]
        for (file, found) in try Self.problems(schema: schema, files: broken) {
            #expect(!found.isEmpty, "\(file) passes")
        }
    }

    @Test func aNewFilePointsAtTheSchemaFromWhereItIsWritten() throws {
        let folder = try TemporaryDirectory()
        let run = try runParticipe(
            [
                "new", "outil-numerique", "-o", folder.path("a/reponses.yaml"), "--templates",
                Fixtures.packageRoot + "/Templates",
            ], in: folder.path)
        try FileManager.default.createDirectory(atPath: folder.path("a"), withIntermediateDirectories: true)
        let again = try runParticipe(
            [
                "new", "outil-numerique", "-o", folder.path("a/reponses.yaml"), "--templates",
                Fixtures.packageRoot + "/Templates",
            ], in: folder.path)
        #expect(run.exitCode == 2 && again.exitCode == 0, "\(again.stderr)")
        let first =
            try String(contentsOfFile: folder.path("a/reponses.yaml"), encoding: .utf8)
            .split(separator: "\n").first ?? ""
        let prefix = "# yaml-language-server: $schema="
        #expect(first.hasPrefix(prefix))
        let relative = String(first.dropFirst(prefix.count))
        #expect(!relative.hasPrefix("/"))
        let resolved = URL(fileURLWithPath: folder.path("a")).appendingPathComponent(relative).standardizedFileURL
        #expect(
            resolved.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: Fixtures.packageRoot + "/schemas/outil-numerique.answers.schema.json")
                .standardizedFileURL.resolvingSymlinksInPath().path)
        // The file written stays valid input.
        let check = try runParticipe(
            ["check", folder.path("a/reponses.yaml"), "--templates", Fixtures.packageRoot + "/Templates"],
            in: folder.path)
        #expect(check.exitCode != 2, "\(check.stderr)")
    }
}
