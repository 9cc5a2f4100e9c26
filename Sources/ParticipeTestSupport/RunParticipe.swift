import Foundation
import Testing

/// What a run of the `participe` binary gave.
public struct CommandResult: Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
    /// Wall-clock time of the run, in seconds.
    public var duration: Double
    /// True when the run was stopped for taking longer than its time limit.
    public var timedOut: Bool
}

/// The built `participe` executable, found next to the test bundle or in the package's `.build` folder.
public enum ParticipeBinary {
    public enum LookupError: Error, CustomStringConvertible {
        case notFound([String])

        public var description: String {
            switch self {
            case .notFound(let searched):
                "the 'participe' executable was not found; build it with 'swift build' (searched: "
                    + searched.joined(separator: ", ") + ")"
            }
        }
    }

    /// Folders where SwiftPM puts the products the tests were built with, most specific first.
    static var candidateFolders: [String] {
        var folders: [String] = []
        if let override = ProcessInfo.processInfo.environment["PARTICIPE_BINARY_DIR"] { folders.append(override) }
        // Linux: the test runner is `.build/<triple>/debug/ParticipePackageTests.xctest`, beside the products.
        if let executable = Bundle.main.executableURL {
            folders.append(executable.deletingLastPathComponent().path)
        }
        // macOS: the `.xctest` bundle sits in the products folder.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent().path)
        }
        let build = Fixtures.packageRoot + "/.build"
        folders.append(build + "/debug")
        let triples = (try? FileManager.default.contentsOfDirectory(atPath: build)) ?? []
        folders += triples.sorted().map { "\(build)/\($0)/debug" }
        return folders
    }

    /// The path of the executable, or an error naming the folders searched.
    public static func path() throws -> String {
        let folders = candidateFolders
        for folder in folders {
            let candidate = folder + "/participe"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        throw LookupError.notFound(folders)
    }
}

/// Runs the built `participe` with `arguments` and returns its exit code and outputs.
///
/// The environment is the test's own without the variables that change Participe's behaviour (`LANG`, `LC_*`,
/// `PARTICIPE_TEMPLATES`, `SOURCE_DATE_EPOCH`), plus `environment`. It runs in `directory`, or in a fresh empty
/// temporary folder so that no `./Templates` of the machine is found.
/// - Parameters:
///   - timeout: seconds after which the process is killed and `timedOut` is set.
///   - mergingErrors: standard error goes into `stdout` too, in the order it was written, as a terminal shows it.
public func runParticipe(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in directory: String? = nil,
    timeout: Double = 60, mergingErrors: Bool = false
) throws -> CommandResult {
    let process = try participeProcess(arguments, environment: environment)
    let scratch = try TemporaryDirectory(prefix: "participe-run")
    process.currentDirectoryURL = URL(fileURLWithPath: directory ?? scratch.path("cwd"))
    if directory == nil {
        try FileManager.default.createDirectory(atPath: scratch.path("cwd"), withIntermediateDirectories: true)
    }
    let finished = try runProcess(process, stdin: stdin, timeout: timeout, mergingErrors: mergingErrors)
    return CommandResult(
        exitCode: finished.status, stdout: try finished.output.read("stdout"),
        stderr: try finished.output.read("stderr"), duration: finished.duration, timedOut: finished.timedOut)
}

/// What a process run to completion gave: its status, the folder where its output went (`stdout`, `stderr`, as
/// the process wrote them, for the caller to read as it trusts them), how long it took.
public struct FinishedProcess {
    public var status: Int32
    public let output: TemporaryDirectory
    public var duration: Double
    public var timedOut: Bool

    /// The text of `stdout` or `stderr`, bytes that are not UTF-8 replaced: for another program's output.
    public func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: output.url.appendingPathComponent(name)), as: UTF8.self)
    }
}

/// Runs `process` to completion, `stdin` as its input and its output going to files rather than pipes (a pipe that
/// fills up would block the process while we wait for it); past `timeout` seconds, when given, it is stopped.
/// - Parameter mergingErrors: standard error goes into `stdout` too, in the order it was written.
public func runProcess(
    _ process: Process, stdin: String? = nil, timeout: Double? = nil, mergingErrors: Bool = false
) throws -> FinishedProcess {
    let scratch = try TemporaryDirectory(prefix: "participe-process")
    let outPath = try scratch.write("", to: "stdout")
    let errPath = try scratch.write("", to: "stderr")
    let inPath = try scratch.write(stdin ?? "", to: "stdin")
    let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let inHandle = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
    defer {
        try? outHandle.close()
        try? errHandle.close()
        try? inHandle.close()
    }
    process.standardOutput = outHandle
    process.standardError = mergingErrors ? outHandle : errHandle
    process.standardInput = inHandle

    let start = Date()
    try process.run()
    var timedOut = false
    if let timeout {
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                process.terminate()
                break
            }
            usleep(2_000)
        }
    }
    process.waitUntilExit()
    return FinishedProcess(
        status: process.terminationStatus, output: scratch, duration: Date().timeIntervalSince(start),
        timedOut: timedOut)
}

/// Starts the built `participe` with `arguments` in `directory` and returns at once, for a test that stops it
/// midway (`kill(process.processIdentifier, SIGKILL)`), then waits with `waitUntilExit()`.
///
/// The environment is as for `runParticipe`. Standard input is a pipe that holds `stdin` and stays open while the
/// process runs, so that a program reading it waits for more rather than seeing its end.
/// - Parameter stdout: the file that receives the standard output, or nil to drop it; standard error is dropped.
public func startParticipe(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:], in directory: String,
    stdout: String? = nil
) throws -> Process {
    let process = try participeProcess(arguments, environment: environment)
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let input = Pipe()
    process.standardInput = input
    if let stdout {
        if !FileManager.default.fileExists(atPath: stdout) {
            _ = FileManager.default.createFile(atPath: stdout, contents: nil)
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdout))
    } else {
        process.standardOutput = FileHandle.nullDevice
    }
    process.standardError = FileHandle.nullDevice
    try process.run()
    if !stdin.isEmpty { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    // `process.standardInput` keeps the pipe, and so its writing end, open until the process ends.
    return process
}

/// A process of the built `participe`, with the test's environment less what changes Participe's behaviour.
private func participeProcess(_ arguments: [String], environment: [String: String]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try ParticipeBinary.path())
    process.arguments = arguments
    var base = ProcessInfo.processInfo.environment
    for key in base.keys where key.hasPrefix("LC_") || key == "LANG" || key == "LANGUAGE" {
        base[key] = nil
    }
    base["PARTICIPE_TEMPLATES"] = nil
    base["SOURCE_DATE_EPOCH"] = nil
    process.environment = base.merging(environment) { _, new in new }
    return process
}

/// Records an issue with a line diff for each of the exit code, standard output and standard error that differs.
///
/// - Parameters:
///   - stdout: the expected standard output, or nil not to compare it.
///   - stderr: the expected standard error, or nil not to compare it.
public func assertResult(
    _ result: CommandResult, exitCode: Int32, stdout: String? = nil, stderr: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if result.exitCode != exitCode {
        let report = [
            "exit code \(result.exitCode), expected \(exitCode)", "--- stdout:", result.stdout, "--- stderr:",
            result.stderr,
        ]
        Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
    }
    if let stdout { assertLines(result.stdout, stdout, "standard output", sourceLocation: sourceLocation) }
    if let stderr { assertLines(result.stderr, stderr, "standard error", sourceLocation: sourceLocation) }
}

/// Runs `work` on a thread of its own and waits for it without holding one of Swift's cooperative threads: on a
/// two-core machine there are two, and a test that waits minutes on external tools (LibreOffice, Chromium) would
/// otherwise stall the other tests while their time limits run.
public func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
