import ArgumentParser
import ParticipeCore

/// Every exit code of the command line, decided here; the README and each command's `--help` list them.
enum ExitStatus: Int32, CaseIterable {
    /// Nothing blocks.
    case success = 0
    /// Blockers or invalid answers (`check`; with `--strict`, warnings too), or a kit with errors (`lint`).
    case problems = 1
    /// An input that cannot be read or does not fit (missing, malformed, for another kit or version), a kit
    /// that does not load, or a file that cannot be written.
    case unreadable = 2
    /// The command line itself: an unknown option or a value of the wrong form (ArgumentParser's EX_USAGE).
    case usage = 64

    var code: ExitCode { ExitCode(rawValue) }

    /// `problems` when one diagnostic is an error, or a warning under `strict`; else `success`.
    static func of(_ diagnostics: [Diagnostic], strict: Bool = false) -> ExitStatus {
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? .problems : .success
    }

    /// Throws the exit code unless it is `success`.
    func exit() throws {
        if self != .success { throw code }
    }
}
