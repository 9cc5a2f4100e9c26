import ArgumentParser

/// Benchmarks of Participe that need more than timing a command: run in a release build, never in tests.
@main
struct ParticipeBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participe-bench",
        abstract: "Benchmarks of Participe (release build; figures in docs/benchmarks.md).",
        subcommands: [WorkshopLoad.self])
}
