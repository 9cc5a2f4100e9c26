import Foundation
import ParticipeTestSupport
import Testing

/// `docs/writing-a-kit.md` works as written: its files are written, its edits applied and its commands run in
/// order, and each command's output (standard error and output, as a terminal shows them) is the one printed.
///
/// A block ```` ```yaml file=PATH ```` writes a file, ```` ```yaml append=PATH ```` adds to one,
/// ```` ```diff file=PATH ```` replaces its `-` lines by its `+` lines, ```` ```console ```` runs each
/// `$ participe …` line (`[exit status N]` follows a command that fails), and ```` ```markdown expect=PATH ````
/// is a file's expected content.
@Suite("docs/writing-a-kit.md, run as written")
struct WritingAKitTutorialTests {
    struct Block {
        var language: String
        var attributes: [String: String]
        var body: String
    }

    static func blocks(of text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if var block = current {
                if line == "```" {
                    block.body = lines.map { $0 + "\n" }.joined()
                    blocks.append(block)
                    current = nil
                } else {
                    lines.append(line)
                }
            } else if line.hasPrefix("```") {
                let words = line.dropFirst(3).split(separator: " ")
                var attributes: [String: String] = [:]
                for word in words.dropFirst() {
                    let pair = word.split(separator: "=", maxSplits: 1)
                    if pair.count == 2 { attributes[String(pair[0])] = String(pair[1]) }
                }
                current = Block(language: words.first.map(String.init) ?? "", attributes: attributes, body: "")
                lines = []
            }
        }
        return blocks
    }

    /// `file`'s text with each run of `-` lines of `diff` replaced by the `+` lines after it; nil when a run is
    /// not found exactly once.
    static func applying(_ diff: String, to file: String) -> String? {
        var text = file
        var removed: [Substring] = []
        var added: [Substring] = []
        func flush() -> Bool {
            defer {
                removed = []
                added = []
            }
            guard !removed.isEmpty else { return true }
            let old = removed.joined(separator: "\n")
            guard text.components(separatedBy: old).count == 2 else { return false }
            text = text.replacingOccurrences(of: old, with: added.joined(separator: "\n"))
            return true
        }
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-") {
                if !added.isEmpty, !flush() { return nil }
                removed.append(line.dropFirst())
            } else if line.hasPrefix("+") {
                added.append(line.dropFirst())
            } else if !flush() {
                return nil
            }
        }
        return flush() ? text : nil
    }

    @Test func everyCommandGivesTheOutputShown() throws {
        let tutorial = try String(contentsOfFile: Fixtures.packageRoot + "/docs/writing-a-kit.md", encoding: .utf8)
        let folder = try TemporaryDirectory()
        let blocks = Self.blocks(of: tutorial)
        #expect(blocks.count(where: { $0.language == "console" }) >= 6)
        for block in blocks {
            if let path = block.attributes["file"], block.language != "diff" {
                try folder.write(block.body, to: path)
            } else if let path = block.attributes["append"] {
                try folder.write(try folder.read(path) + block.body, to: path)
            } else if block.language == "diff", let path = block.attributes["file"] {
                let edited = try #require(Self.applying(block.body, to: try folder.read(path)), "\(block.body)")
                try folder.write(edited, to: path)
            } else if block.language == "console" {
                var shown = ""
                for line in block.body.split(separator: "\n") where line.hasPrefix("$ participe ") {
                    let arguments = line.dropFirst("$ participe ".count).split(separator: " ").map(String.init)
                    let result = try runParticipe(arguments, in: folder.path, mergingErrors: true)
                    shown += line + "\n" + result.stdout
                    if !result.stdout.isEmpty, !result.stdout.hasSuffix("\n") { shown += "\n" }
                    if result.exitCode != 0 { shown += "[exit status \(result.exitCode)]\n" }
                }
                assertLines(shown, block.body, "console block")
            } else if let path = block.attributes["expect"] {
                assertLines(try folder.read(path), block.body, path)
            }
        }
    }
}
