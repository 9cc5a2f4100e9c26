import Foundation
import ParticipeDocuments
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct HTMLWriterTests {
    private func page(_ markdown: String, layout: DocumentLayout = .standard) -> String {
        HTMLWriter(layout: layout).write(MarkdownReader().read(markdown), metadata: SampleDocuments.metadata)
    }

    @Test func pageIsAccessible() throws {
        let html = page(SampleDocuments.specification)
        let document = try XMLDocument(data: Data(html.utf8))
        #expect(try document.nodes(forXPath: "/*/@lang").first?.stringValue == "fr")
        #expect(
            try document.nodes(forXPath: "//*[local-name()='title']").first?.stringValue
                == SampleDocuments.metadata.title)
        #expect(try document.nodes(forXPath: "//*[local-name()='h1']").count == 1)
        let headers = try document.nodes(forXPath: "//*[local-name()='th']")
        #expect(headers.count == 3)
        #expect(try document.nodes(forXPath: "//*[local-name()='th'][@scope='col']").count == 3)
        #expect(html.contains("<a class=\"skip-link\" href=\"#contenu\">"))
        #expect(html.contains("<main id=\"contenu\""))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<div class=\"page-break\"></div>"))
        // No external resources.
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
    }

    @Test func headingsAreOrderedUnderTheOnlyH1() throws {
        let html = page(SampleDocuments.specification)
        let document = try XMLDocument(data: Data(html.utf8))
        let levels = try document.nodes(forXPath: "//*[local-name()='main']//*[starts-with(local-name(), 'h')]")
            .compactMap { $0.name.flatMap { Int($0.dropFirst()) } }
        #expect(levels.first == 2)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1)
        }
    }

    @Test func tableOfContentsLinksToHeadings() throws {
        let html = page(SampleDocuments.specification)
        #expect(html.contains("<nav class=\"toc\""))
        #expect(html.contains("<a href=\"#section-2-exigences\">2. Exigences</a>"))
        #expect(html.contains("<h2 id=\"section-2-exigences\">"))
        #expect(html.contains("<a href=\"#section-1-1-objectifs\">"))
        // The title repeated as the first heading is not written twice.
        #expect(html.components(separatedBy: "<h1>").count == 2)
    }

    @Test func hostileTextIsWellFormedAndLiteral() throws {
        let html = page(SampleDocuments.hostile)
        let document = try XMLDocument(data: Data(html.utf8))
        let text = try #require(document.rootElement()?.stringValue)
        #expect(text.contains("<b>gras</b> <script>alert('x')</script> & &amp; < > ]]>"))
        #expect(text.contains("مرحبا بالعالم שלום 👩‍👩‍👧‍👦"))
        #expect(text.contains(SampleDocuments.longWord))
        #expect(text.contains("\u{FFFD}"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
    }

    @Test func contentOnlyLayout() {
        let html = page("## Seul", layout: .contentOnly)
        #expect(!html.contains("<nav"))
        #expect(!html.contains("<header>"))
        #expect(html.contains("<h2 id=\"section-seul\">Seul</h2>"))
    }
}
