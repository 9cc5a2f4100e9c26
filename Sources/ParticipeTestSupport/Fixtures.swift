import Foundation

/// Where the package and its test fixtures are, found from this file's path rather than the current directory.
public enum Fixtures {
    /// The package root: the closest folder above this file that holds `Package.swift`.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
            url.deleteLastPathComponent()
        }
        // Sources/ParticipeTestSupport/Fixtures.swift: two folders up.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    /// The shipped samples, `samples/<kit>/<name>.yaml`, relative to the package root, sorted.
    public static var samples: [String] {
        let root = packageRoot + "/samples"
        let kits = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return kits.sorted().flatMap { kit in
            ((try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(kit)")) ?? []).sorted()
                .filter { $0.hasSuffix(".yaml") }.map { "samples/\(kit)/\($0)" }
        }
    }

    /// The folder of the fixtures, `Tests/Fixtures`.
    public static var root: String { packageRoot + "/Tests/Fixtures" }

    /// `Tests/Fixtures/<relative>`, as an absolute path.
    public static func path(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }

    /// The text of `Tests/Fixtures/<relative>`.
    public static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// The folder holding the fixture kits, to pass to `--templates`.
    public static var kits: String { path("kits") }
}
