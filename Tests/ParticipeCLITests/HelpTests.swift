import ParticipeTestSupport
import Testing

@Suite("participe --help")
struct HelpTests {
    /// Every subcommand's help says what each exit status (0, 1, 2) means, or that it never gives it.
    @Test(arguments: [
        ("ask", "never 1"), ("check", "1 when there are blockers"), ("generate", "1 when --final refuses"),
        ("kits", "never 1"),
        ("lint", "1 when it has errors"), ("new", "never 1"),
    ])
    func everyExitStatusIsDocumented(_ subcommand: String, _ one: String) throws {
        let result = try runParticipe([subcommand, "--help"])
        assertResult(result, exitCode: 0)
        // ArgumentParser wraps the discussion to the width of the terminal.
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("Exit status: 0 when"), "\(help)")
        #expect(help.contains(one), "\(help)")
        #expect(help.contains(subcommand == "lint" ? "never 2" : "2 when"), "\(help)")
    }
}

@Suite("participe --help, the command")
struct RootHelpTests {
    /// The command's own help lists every exit status, 64 included.
    @Test func theCommandsHelpListsEveryExitStatus() throws {
        let result = try runParticipe(["--help"])
        assertResult(result, exitCode: 0)
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for status in [
            "0 nothing blocks", "1 blockers or invalid answers", "2 an input that cannot be read",
            "64 the command line itself",
        ] {
            #expect(help.contains(status), "\(help)")
        }
    }
}
