import Foundation
import ParticipeTestSupport

/// Runs the command-line tools some tests check documents with (pandoc, LibreOffice, Python).
///
/// Tests using them are skipped, with the reason, when the tool is not installed; CI installs
/// them with `.ci/install-document-tools.sh`.
struct ExternalTool {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let url: URL

    /// The tool named `name` on the `PATH`, if any.
    init?(_ name: String) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                url = candidate
                return
            }
        }
        return nil
    }

    /// Runs the tool to completion; output goes through files so large outputs cannot block it.
    func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let directory = try TemporaryDirectory()
        let outputURL = directory.url.appendingPathComponent("stdout")
        let errorURL = directory.url.appendingPathComponent("stderr")
        let inputURL = directory.url.appendingPathComponent("stdin")
        try Data((input ?? "").utf8).write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// Whether `python3` can import `module`.
    static func pythonHasModule(_ module: String) -> Bool {
        guard let python = ExternalTool("python3"), let result = try? python.run(["-c", "import \(module)"]) else {
            return false
        }
        return result.status == 0
    }
}
