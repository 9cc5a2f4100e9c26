import Foundation
import ParticipeTestSupport
import PropertyBased
import Testing

@testable import ParticipeCore

@Suite("YAML reader: hostile input is refused quickly, with its position")
struct YAMLReaderTests {
    private func readError(_ text: String, reader: YAMLReader = YAMLReader()) -> Diagnostic? {
        do {
            _ = try reader.read(text: text, file: "in.yaml")
            return nil
        } catch {
            return error
        }
    }

    private func readError(bytes: [UInt8]) -> Diagnostic? {
        do {
            _ = try YAMLReader().read(bytes: bytes, file: "in.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// "Billion laughs": 9 levels of 9 aliases would expand to 9^9 strings.
    static var aliasBomb: String {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(.timeLimit(.minutes(1)))
    func anAliasBombIsRefusedAtItsFirstAlias() throws {
        let start = Date()
        let diagnostic = try #require(readError(Self.aliasBomb))
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(
            diagnostic.description
                == "in.yaml:2:10: error: YAML aliases (*name) are not accepted: write the value out in full")
    }

    @Test func aSingleAliasIsRefused() throws {
        let input = MarkedText("a: &x 1\nb: ⟨*x\n")
        let diagnostic = try #require(readError(input.text))
        #expect(diagnostic.location?.line == input.line)
        #expect(diagnostic.location?.column == input.column)
        #expect(diagnostic.message.contains("aliases"))
    }

    @Test func tenThousandNestedFlowSequences() throws {
        // libyaml's scanner stops first, at its own limit, without a precise position.
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let diagnostic = try #require(readError(text))
        #expect(diagnostic.description == "in.yaml:1:1: error: nesting deeper than 64 levels is not accepted")
    }

    @Test func tenThousandNestedFlowMappings() throws {
        let text = String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n"
        let diagnostic = try #require(readError(text))
        #expect(diagnostic.message == "nesting deeper than 64 levels is not accepted")
    }

    @Test func tenThousandNestedBlockSequences() throws {
        let text = String(repeating: "- ", count: 10_000) + "x\n"
        let diagnostic = try #require(readError(text))
        #expect(diagnostic.message == "nesting deeper than 64 levels is not accepted")
    }

    /// Block mappings indent one more space per level: 3,000 levels make 4.5 MB, under the size limit.
    @Test func thousandsOfNestedBlockMappings() throws {
        var text = ""
        for level in 0..<3_000 { text += String(repeating: " ", count: level) + "a:\n" }
        let diagnostic = try #require(readError(text))
        #expect(diagnostic.description == "in.yaml:65:65: error: nesting deeper than 64 levels is not accepted")
    }

    @Test func theDeepestAcceptedNesting() throws {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"
        #expect(readError(text) == nil)
    }

    @Test func aFileOverTheSizeLimit() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: YAMLReader.defaultMaximumSize + 1)
        let diagnostic = try #require(readError(bytes: bytes))
        #expect(
            diagnostic.description
                == "in.yaml:1:1: error: file too large: 8388609 bytes, the limit is 8388608 bytes")
    }

    @Test func invalidUTF8NamesTheLineAndColumn() throws {
        let bytes = Array("kit: demo\nnom: Caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let diagnostic = try #require(readError(bytes: bytes))
        #expect(
            diagnostic.description
                == "in.yaml:2:9: error: invalid UTF-8: the file must be text encoded in UTF-8 (byte 19 is not)")
    }

    @Test func controlCharactersAreRefused() throws {
        let diagnostic = try #require(readError(bytes: Array("a: b\u{0}c\n".utf8)))
        #expect(diagnostic.location == SourceLocation(file: "in.yaml", line: 1, column: 5))
        #expect(diagnostic.message.hasPrefix("control character U+0000 is not allowed"))
    }

    @Test func binaryGarbage() async throws {
        await propertyCheck(count: 50, input: Gen.uint8().array(of: 4_096)) { bytes in
            let diagnostic = try #require(readError(bytes: bytes))
            #expect(diagnostic.location != nil)
        }
    }

    @Test func aSecondDocumentIsRefused() throws {
        let diagnostic = try #require(readError("a: 1\n---\nb: 2\n"))
        #expect(diagnostic.description == "in.yaml:2:1: error: a single YAML document was expected, found a second one")
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let node = try YAMLReader().read(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "in.yaml")
        #expect(node.mapping?.first?.key.scalar == "a")
    }
}

@Suite("The libyaml that Yams carries")
struct LibyamlTests {
    static let review =
        "the libyaml that Yams carries has changed: review YAMLReader.swift, the only file that imports it"

    /// Positions come from libyaml's mark index (Unicode scalars) and, for encoding errors, its byte offset.
    @Test func itsMarksAndOffsetsAreWhatTheReaderExpects() {
        do {
            _ = try YAMLReader().read(text: "é: [ü, *x]\n", file: "in.yaml")
            Issue.record("an alias was accepted; \(Self.review)")
        } catch {
            #expect(error.location == SourceLocation(file: "in.yaml", line: 1, column: 8), "\(Self.review)")
        }
        do {
            _ = try YAMLReader().read(text: "é: ü\u{1}\n", file: "in.yaml")
            Issue.record("a control character was accepted; \(Self.review)")
        } catch {
            #expect(error.location == SourceLocation(file: "in.yaml", line: 1, column: 5), "\(Self.review)")
        }
    }
}
