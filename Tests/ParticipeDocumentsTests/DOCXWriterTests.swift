import Foundation
import ParticipeDocuments
import ParticipeTestSupport
import Testing

@Suite struct DOCXWriterTests {
    private func docx(_ markdown: String, writer: DOCXWriter = DOCXWriter()) throws -> InspectedPackage {
        try InspectedPackage(writer.write(MarkdownReader().read(markdown), metadata: SampleDocuments.metadata))
    }

    @Test func packageHasEveryPart() throws {
        let package = try docx(SampleDocuments.specification)
        for path in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/numbering.xml", "docProps/core.xml", "docProps/app.xml",
        ] {
            #expect(package.paths.contains(path), "missing \(path)")
        }
        _ = try package.parsedXMLParts()
    }

    @Test func documentUsesStandardStyles() throws {
        let package = try docx(SampleDocuments.specification)
        let document = try #require(package.text("word/document.xml"))
        for style in ["Title", "Heading2", "Heading3", "ListParagraph", "IntenseQuote", "TableHeading", "TOCHeading"] {
            #expect(document.contains("<w:pStyle w:val=\"\(style)\"/>"), "no paragraph in \(style)")
        }
        let styles = try #require(package.text("word/styles.xml"))
        for style in [
            "Title", "Heading1", "Heading2", "Heading3", "ListParagraph", "IntenseQuote", "TableGrid", "Hyperlink",
        ] {
            #expect(styles.contains("w:styleId=\"\(style)\""), "no style \(style)")
        }
        #expect(document.contains("<w:tblStyle w:val=\"TableGrid\"/>"))
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.contains(#" PAGEREF _Toc1 \h "#))
        #expect(document.contains("<w:br w:type=\"page\"/>"))
        #expect(document.contains("<w:numId w:val=\"1\"/>"))
    }

    @Test func listsHaveNumberingInstances() throws {
        let package = try docx("- a\n  - b\n\n3. trois\n4. quatre\n   1. un")
        let numbering = try #require(package.text("word/numbering.xml"))
        #expect(numbering.contains("<w:startOverride w:val=\"3\"/>"))
        #expect(numbering.contains("<w:numFmt w:val=\"bullet\"/>"))
        let document = try #require(package.text("word/document.xml"))
        #expect(document.contains("<w:ilvl w:val=\"1\"/>"))
    }

    @Test func hyperlinksUseRelationships() throws {
        let package = try docx("[CNDP](<https://www.debatpublic.fr/a b?x=1&y=2>)")
        let relationships = try #require(package.text("word/_rels/document.xml.rels"))
        #expect(
            relationships.contains("Target=\"https://www.debatpublic.fr/a%20b?x=1&amp;y=2\" TargetMode=\"External\""))
        #expect(package.text("word/document.xml")?.contains("<w:hyperlink r:id=\"rIdLink1\">") == true)
    }

    @Test func corePropertiesNameTheBody() throws {
        let package = try docx("texte")
        let core = try #require(package.text("docProps/core.xml"))
        #expect(core.contains("<dc:creator>Ville de Saint-Exemple</dc:creator>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-03-14T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:title>Cahier des charges — plateforme de participation</dc:title>"))
    }

    @Test func hostileTextIsValidAndLiteral() throws {
        let package = try docx(SampleDocuments.hostile)
        _ = try package.parsedXMLParts()
        let text = try package.elementText("word/document.xml", named: "t")
        #expect(text.contains("<b>gras</b> <script>alert('x')</script> & &amp; < > ]]>"))
        #expect(text.contains("مرحبا بالعالم שלום 👩‍👩‍👧‍👦"))
        #expect(text.contains(SampleDocuments.longWord))
        #expect(text.contains("profond ]]> &"))
        #expect(text.contains("\u{FFFD}"))
        #expect(try package.elementText("word/document.xml", named: "instrText").contains("PAGEREF"))
    }

    @Test func referenceDocumentStylesReplaceOurs() throws {
        let directory = try TemporaryDirectory()
        let reference = directory.url.appendingPathComponent("reference.docx")
        // A reference made from our own output, with a recognisable Heading2.
        var styles = DOCXStyles.part(language: "fr-FR")
        styles = styles.replacingOccurrences(
            of: "<w:name w:val=\"heading 2\"/>", with: "<w:name w:val=\"heading 2\"/><w:aliases w:val=\"Marque\"/>")
        styles = styles.replacingOccurrences(
            of: #"<w:style w:type="paragraph" w:styleId="IntenseQuote">"#,
            with: #"<w:style w:type="paragraph" w:styleId="Unused">"#)
        var package = ZipPackage()
        package.add("word/styles.xml", styles)
        package.add(
            "word/numbering.xml",
            "<?xml version=\"1.0\"?><w:numbering \(DOCXStyles.namespaces)><w:abstractNum w:abstractNumId=\"7\"/><w:num w:numId=\"9\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>"
        )
        try package.archived().write(to: reference)

        let writer = try DOCXWriter(referenceDocument: reference)
        let output = try docx("## Titre\n\n> appel\n\n- a\n1. b", writer: writer)
        _ = try output.parsedXMLParts()
        let outputStyles = try #require(output.text("word/styles.xml"))
        #expect(outputStyles.contains("Marque"))
        // Styles the reference lacks are added.
        #expect(outputStyles.contains("w:styleId=\"IntenseQuote\""))
        let numbering = try #require(output.text("word/numbering.xml"))
        #expect(numbering.contains("<w:num w:numId=\"9\">"))
        #expect(numbering.contains("<w:num w:numId=\"10\"><w:abstractNumId w:val=\"8\"/>"))
        #expect(output.text("word/document.xml")?.contains("<w:numId w:val=\"10\"/>") == true)
    }

    @Test func unusableReferenceDocumentIsAnError() throws {
        let directory = try TemporaryDirectory()
        let reference = directory.url.appendingPathComponent("pas-un.docx")
        try Data("texte".utf8).write(to: reference)
        #expect(throws: DocumentWriterError.self) { try DOCXWriter(referenceDocument: reference) }
    }
}
