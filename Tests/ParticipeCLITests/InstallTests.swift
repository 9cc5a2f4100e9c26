import Foundation
import ParticipeTestSupport
import Testing

/// `scripts/install.sh`: installed under any prefix, `participe` finds both shipped kits from an unrelated folder, and
/// its shell completions and man page are in place.
@Suite("Installing participe")
struct InstallTests {
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["PARTICIPE_TEMPLATES"] = nil
        process.environment = environment
        let finished = try runProcess(process, timeout: 120)
        return (finished.status, try finished.text("stdout"), try finished.text("stderr"))
    }

    @Test func theKitsTravelWithTheBinary() throws {
        let prefix = try TemporaryDirectory()
        let elsewhere = try TemporaryDirectory()
        let install = try Self.run(
            "/bin/bash",
            [
                Fixtures.packageRoot + "/scripts/install.sh", "--prefix", prefix.path("usr"), "--binary",
                try ParticipeBinary.path(),
            ])
        #expect(install.status == 0, "\(install.errors)")
        let installed = prefix.path("usr/bin/participe")
        // From a folder with no Templates of its own, the installed kits are found.
        let kits = try Self.run(installed, ["kits", "--lang", "en"], in: elsewhere.path)
        #expect(kits.status == 0, "\(kits.errors)")
        #expect(kits.output.contains("outil-numerique (version 3)"))
        #expect(kits.output.contains("tribunal-generations-futures (version 2)"))
        #expect(kits.output.contains(prefix.path("usr/share/participe/Templates")))
        let new = try Self.run(installed, ["new", "tribunal-generations-futures", "-o", "a.yaml"], in: elsewhere.path)
        #expect(new.status == 0, "\(new.errors)")
        let version = try Self.run(installed, ["--version"])
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).wholeMatch(of: /\d+\.\d+\.\d+/) != nil)
        // Installing again replaces the kits whole.
        try FileManager.default.createDirectory(
            atPath: prefix.path("usr/share/participe/Templates/ancien-kit"), withIntermediateDirectories: true)
        let again = try Self.run(
            "/bin/bash",
            [
                Fixtures.packageRoot + "/scripts/install.sh", "--prefix", prefix.path("usr"), "--binary",
                try ParticipeBinary.path(),
            ])
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: prefix.path("usr/share/participe/Templates/ancien-kit")))
    }

    @Test func completionsLoadInBashAndTheManPageRenders() throws {
        let prefix = try TemporaryDirectory()
        let install = try Self.run(
            "/bin/bash",
            [
                Fixtures.packageRoot + "/scripts/install.sh", "--prefix", prefix.path("usr"), "--binary",
                try ParticipeBinary.path(),
            ])
        #expect(install.status == 0, "\(install.errors)")
        let bash = try Self.run(
            "/bin/bash",
            [
                "-c", "source \"$0\" && complete -p participe",
                prefix.path("usr/share/bash-completion/completions/participe"),
            ])
        #expect(bash.status == 0, "\(bash.errors)")
        #expect(bash.output.contains("participe"))
        for file in ["usr/share/zsh/site-functions/_participe", "usr/share/fish/vendor_completions.d/participe.fish"] {
            let text = try String(contentsOfFile: prefix.path(file), encoding: .utf8)
            #expect(text.contains("generate") && text.contains("export"), "\(file)")
        }
        let page = try String(contentsOfFile: prefix.path("usr/share/man/man1/participe.1"), encoding: .utf8)
        #expect(page.hasPrefix(".TH PARTICIPE 1"))
        for command in ["kits", "new", "ask", "check", "generate", "export", "diff", "migrate", "lint", "serve"] {
            #expect(page.contains(".SS \(command)\n"), "the man page has no section for \(command)")
        }
        // Every line that would start a roff request is a request of the page, not help text taken for one.
        let requests = page.split(separator: "\n").filter { $0.hasPrefix(".") || $0.hasPrefix("'") }
        #expect(
            requests.allSatisfy {
                [".TH", ".SH", ".SS", ".B", ".I", ".nf", ".fi", ".TP"].contains(String($0.split(separator: " ")[0]))
            })
        let man = ["/usr/bin/man", "/bin/man"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if let man {
            let rendered = try Self.run(man, ["-l", prefix.path("usr/share/man/man1/participe.1")])
            #expect(rendered.status == 0, "\(rendered.errors)")
            #expect(rendered.output.contains("decidim-accountability") || rendered.output.contains("export"))
        }
    }
}
