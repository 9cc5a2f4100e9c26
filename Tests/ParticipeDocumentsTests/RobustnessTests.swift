import Foundation
import ParticipeDocuments
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Random Markdown-like text through the reader and every writer: nothing may crash, and the
/// XML outputs must stay well-formed.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = [
        "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "<", ">", "&", "&amp;", "#", "-", "+", "1.", "3)",
        "|", "\\", "!", "\n", "\n\n", "  ", "    ", "\t", ":", "---", "```", "~~~", "<!-- pagebreak -->", "a", "mot",
        "é", "مرحبا", "👍", "\u{1}", "\u{0}", "]]>", "\"", "'", "https://a.fr", "> ", "- ", "| --- |", "\r\n",
    ]

    @Test func randomInputsNeverBreakTheWriters() throws {
        var generator = Generator(state: 2025)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<generator.next(120) {
                text += Self.pieces[generator.next(Self.pieces.count)]
            }
            let document = MarkdownReader().read(text)
            let metadata = SampleDocuments.metadata
            let html = HTMLWriter().write(document, metadata: metadata)
            #expect(throws: Never.self, "HTML not well-formed for \(text.debugDescription)") {
                _ = try XMLDocument(data: Data(html.utf8))
            }
            for data in [
                try DOCXWriter().write(document, metadata: metadata),
                try ODTWriter().write(document, metadata: metadata),
            ] {
                #expect(throws: Never.self, "package not well-formed for \(text.debugDescription)") {
                    _ = try InspectedPackage(data).parsedXMLParts()
                }
            }
            for case .table(let table) in document.blocks {
                _ = CSVWriter().data(for: table)
            }
        }
    }
}
