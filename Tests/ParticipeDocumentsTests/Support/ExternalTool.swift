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

    /// Runs the tool to completion (`runProcess`: output goes through files so large outputs cannot block it).
    func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let finished = try runProcess(process, stdin: input)
        return Result(status: finished.status, output: try finished.text("stdout"), errors: try finished.text("stderr"))
    }

    /// Whether `python3` can import `module`.
    static func pythonHasModule(_ module: String) -> Bool {
        guard let python = ExternalTool("python3"), let result = try? python.run(["-c", "import \(module)"]) else {
            return false
        }
        return result.status == 0
    }
}
