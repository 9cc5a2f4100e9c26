import Foundation
import ParticipeDocuments
import PropertyBased
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Random Markdown-like text through the reader and every writer: nothing may crash, and the
/// XML outputs must stay well-formed.
@Suite struct RobustnessTests {
    static let pieces = [
        "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "<", ">", "&", "&amp;", "#", "-", "+", "1.", "3)",
        "|", "\\", "!", "\n", "\n\n", "  ", "    ", "\t", ":", "---", "```", "~~~", "<!-- pagebreak -->",
        "<!-- cut -->", "a", "mot",
        "é", "مرحبا", "👍", "\u{1}", "\u{0}", "]]>", "\"", "'", "https://a.fr", "> ", "- ", "| --- |", "\r\n",
    ]

    /// Up to 119 of the pieces, end to end.
    static let texts = Gen<String?>.element(of: pieces).array(of: 0...119).map { $0.compactMap(\.self).joined() }

    @Test func randomInputsNeverBreakTheWriters() async throws {
        await propertyCheck(count: 300, input: Self.texts) { text in
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
