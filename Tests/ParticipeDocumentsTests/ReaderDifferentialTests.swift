import Foundation
import ParticipeDocuments
import Testing

/// Compares the reader, through the HTML renderer in its CommonMark flavour, with cmark-gfm.
@Suite struct ReaderDifferentialTests {
    static let hasReference = ExternalTool.pythonHasModule("cmarkgfm")

    @Test(
        .enabled(
            if: hasReference, "cmarkgfm is not installed (pip install cmarkgfm; CI runs .ci/install-document-tools.sh)")
    )
    func matchesCmarkGFM() throws {
        let references = try Self.referenceHTML(for: DifferentialCorpus.cases)
        #expect(references.count == DifferentialCorpus.cases.count)
        var mismatches: [String] = []
        for (source, expected) in zip(DifferentialCorpus.cases, references) {
            let actual = HTMLRenderer(flavor: .commonMark).render(MarkdownReader().read(source).blocks)
            if ProcessInfo.processInfo.environment["SHOW_DIFFERENTIAL"] != nil {
                print("=== \(source)\n\(Self.normalized(expected))\n\(Self.normalized(actual))")
            }
            if Self.normalized(actual) != Self.normalized(expected) {
                mismatches.append("--- source:\n\(source)\n--- cmark-gfm:\n\(expected)--- reader:\n\(actual)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) case(s) differ:\n\(mismatches.joined(separator: "\n"))")
    }

    /// Renders every case in one Python run (starting Python per case would be slow).
    static func referenceHTML(for cases: [String]) throws -> [String] {
        guard let python = ExternalTool("python3") else { throw ExternalTool.Failure(description: "no python3") }
        let script = """
            import json, sys, cmarkgfm
            cases = json.load(sys.stdin)
            json.dump([cmarkgfm.markdown_to_html_with_extensions(c, extensions=["table"]) for c in cases], sys.stdout)
            """
        let input = String(decoding: try JSONEncoder().encode(cases), as: UTF8.self)
        let result = try python.run(["-c", script], input: input)
        guard result.status == 0 else { throw ExternalTool.Failure(description: result.errors) }
        return try JSONDecoder().decode([String].self, from: Data(result.output.utf8))
    }

    /// Drops whitespace around block-level tags, where HTML ignores it, and collapses the rest.
    static func normalized(_ html: String) -> String {
        let blockTag = "</?(?:p|li|ul|ol|blockquote|table|thead|tbody|tr|th|td|h[1-6]|pre|hr|br)\\b[^>]*>"
        var text = html.replacingOccurrences(of: "\\s*(\(blockTag))\\s*", with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
