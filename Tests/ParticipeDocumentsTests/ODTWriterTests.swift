import Foundation
import ParticipeDocuments
import ParticipeTestSupport
import Testing

@Suite struct ODTWriterTests {
    private func odt(_ markdown: String, writer: ODTWriter = ODTWriter()) throws -> InspectedPackage {
        try InspectedPackage(writer.write(MarkdownReader().read(markdown), metadata: SampleDocuments.metadata))
    }

    @Test func mimetypeIsFirstAndStored() throws {
        let package = try odt("texte")
        let first = try #require(package.entries.first)
        #expect(first.path == "mimetype")
        #expect(first.isStored)
        #expect(String(decoding: first.data, as: UTF8.self) == "application/vnd.oasis.opendocument.text")
        for path in ["META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"] {
            #expect(package.paths.contains(path), "missing \(path)")
        }
        _ = try package.parsedXMLParts()
    }

    @Test func contentHasOutlineListsTablesAndContents() throws {
        let package = try odt(SampleDocuments.specification)
        let content = try #require(package.text("content.xml"))
        #expect(content.contains("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">"))
        #expect(content.contains("<text:list text:style-name=\"List_20_1\">"))
        #expect(content.contains("<text:list text:style-name=\"Numbering_20_123\""))
        #expect(content.contains("<table:table-header-rows><table:table-row>"))
        #expect(content.contains("<text:table-of-content "))
        #expect(content.contains("text:style-name=\"Quotations\""))
        #expect(content.contains("<text:p text:style-name=\"Page_20_Break\"/>"))
        #expect(content.contains("xlink:href=\"https://www.debatpublic.fr/\""))
        let header = try package.elementText("content.xml", named: "table-header-rows", separator: " ")
        #expect(header.contains("N°") && header.contains("Exigence") && header.contains("Priorité"))
        let styles = try #require(package.text("styles.xml"))
        for name in ["Heading_20_1", "Text_20_body", "Quotations", "List_20_1", "Numbering_20_123", "Title"] {
            #expect(styles.contains("style:name=\"\(name)\""), "no style \(name)")
        }
    }

    @Test func orderedListsKeepTheirStart() throws {
        let content = try #require(try odt("5. cinq\n6. six").text("content.xml"))
        #expect(content.contains("<text:list-item text:start-value=\"5\">"))
        #expect(content.contains("text:start-value=\"5\" style:num-suffix=\".\""))
    }

    @Test func metaNamesTheBody() throws {
        let meta = try #require(try odt("texte").text("meta.xml"))
        #expect(meta.contains("<meta:initial-creator>Ville de Saint-Exemple</meta:initial-creator>"))
        #expect(meta.contains("<meta:creation-date>2025-03-14T00:00:00</meta:creation-date>"))
    }

    @Test func spacesAndTabsAreKept() throws {
        let content = try #require(try odt("`a   b\tc`").text("content.xml"))
        #expect(content.contains("a <text:s text:c=\"2\"/>b<text:tab/>c"))
    }

    @Test func hostileTextIsValidAndLiteral() throws {
        let package = try odt(SampleDocuments.hostile)
        _ = try package.parsedXMLParts()
        let text = try package.elementText("content.xml", named: "p")
        #expect(text.contains("<b>gras</b> <script>alert('x')</script> & &amp; < > ]]>"))
        #expect(text.contains("مرحبا بالعالم שלום 👩‍👩‍👧‍👦"))
        #expect(text.contains(SampleDocuments.longWord))
        #expect(text.contains("profond ]]> &"))
        #expect(text.contains("\u{FFFD}"))
    }

    @Test func referenceDocumentStylesReplaceOurs() throws {
        let directory = try TemporaryDirectory()
        let reference = directory.url.appendingPathComponent("modele.odt")
        var styles = ODTStyles.part(language: "fr", footer: "Modèle")
        styles = styles.replacingOccurrences(of: "fo:color=\"#0b3d91\"", with: "fo:color=\"#aa0000\"")
        styles = styles.replacingOccurrences(of: "style:name=\"Quotations\"", with: "style:name=\"Autre\"")
        var package = ZipPackage()
        package.add("mimetype", "application/vnd.oasis.opendocument.text", compressed: false)
        package.add("styles.xml", styles)
        try package.archived().write(to: reference)

        let output = try odt("> appel", writer: ODTWriter(referenceDocument: reference))
        _ = try output.parsedXMLParts()
        let outputStyles = try #require(output.text("styles.xml"))
        #expect(outputStyles.contains("#aa0000"))
        #expect(outputStyles.contains("Modèle"))
        #expect(outputStyles.contains("style:name=\"Quotations\""))
    }
}
