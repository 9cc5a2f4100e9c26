import Foundation
import ParticipeDocuments
import ParticipeTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Redlines written as DOCX and ODT carry the changes as tracked revisions, which LibreOffice reads as such:
/// accepting them all gives the later version's text, rejecting them all the earlier one's.
@Suite struct RedlineWriterTests {
    static let old = """
        # Cahier des charges

        ## Objet

        La commune cherche une plateforme de participation pour son budget participatif.

        - hébergement en France
        - accessibilité RGAA

        | N° | Exigence | Priorité |
        |---|---|---|
        | 1 | Dépôt de projets | Obligatoire |
        | 2 | Vote en ligne | Obligatoire |

        ## Budget

        Le budget est de 27 500 € HT.

        ```
        ancien code
        ```

        Paragraphe retiré, avec un [lien](https://example.org/?a=1&b=2) et du *texte en italique*.
        """

    static let new = """
        # Cahier des charges

        ## Objet

        La commune cherche une plateforme de participation pour son budget participatif.

        - hébergement en France
        - accessibilité RGAA
        - réversibilité des données

        | N° | Exigence | Priorité |
        |---|---|---|
        | 1 | Dépôt de projets | Obligatoire |
        | 2 | Vote en ligne | Souhaitée |
        | 3 | Carte des projets | Optionnelle |

        ## Budget

        Le budget est de 45 000 € HT.

        ## Nouveau chapitre

        \(SampleDocuments.hostileLine)
        """

    static let metadata = DocumentMetadata(
        title: "Cahier des charges", author: "Ville de Kerbrivan & <Co>", date: "2026-12-07", language: "fr")

    static var redline: DocumentRedline {
        DocumentRedline(old: MarkdownReader().read(old), new: MarkdownReader().read(new))
    }

    @Test func wordsChangeInsideASimilarParagraphRowsInsideATableWithTheSameHeaderOtherBlocksWhole() throws {
        let parts = Self.redline.parts
        let budget = try #require(parts.first { $0.block.paragraphText.hasPrefix("Le budget") })
        #expect(
            budget.change
                == .words([
                    .init(inlines: [.text("Le budget est de ")], revision: nil),
                    .init(inlines: [.text("27 500 ")], revision: .deleted),
                    .init(inlines: [.text("45 000 ")], revision: .inserted),
                    .init(inlines: [.text("€ HT.")], revision: nil),
                ]))
        guard case .rows(let rows, _, _)? = parts.first(where: { $0.change?.isRows == true })?.change else {
            Issue.record("the table's rows are not compared")
            return
        }
        #expect(rows == [nil, .deleted, .inserted, .inserted])
        // A paragraph with nothing in common with the one it follows, and a list, are marked whole.
        #expect(parts.contains { $0.revision == .deleted && $0.block.paragraphText.hasPrefix("Paragraphe retiré") })
        #expect(parts.filter { if case .list = $0.block { $0.revision != nil } else { false } }.count == 2)
        let sentences = DocumentRedline(
            old: MarkdownReader().read("Une phrase sur la participation."),
            new: MarkdownReader().read("Tout autre chose ici."))
        #expect(sentences.parts.map(\.revision) == [.deleted, .inserted])
        let levels = DocumentRedline(old: MarkdownReader().read("## Titre"), new: MarkdownReader().read("### Titre"))
        #expect(levels.parts.map(\.revision) == [.deleted, .inserted])
    }

    @Test func docxMarksWhatWentAndWhatCameWithAuthorAndDate() throws {
        let data = try DOCXWriter().write(Self.redline, metadata: Self.metadata)
        let document = try #require(InspectedPackage(data).text("word/document.xml"))
        #expect(throws: Never.self) { _ = try XMLDocument(data: Data(document.utf8)) }
        #expect(document.contains("<w:ins w:id=\"") && document.contains("<w:del w:id=\""))
        #expect(document.contains("w:author=\"Ville de Kerbrivan &amp; &lt;Co&gt;\" w:date=\"2026-12-07T00:00:00Z\""))
        // In a sentence that stays, only the amount went and came.
        let attributes = " w:author=\"Ville de Kerbrivan &amp; &lt;Co&gt;\" w:date=\"2026-12-07T00:00:00Z\""
        #expect(
            document.replacing(attributes, with: "").contains(
                "<w:t xml:space=\"preserve\">Le budget est de </w:t></w:r><w:del w:id=\"32\"><w:r><w:delText "
                    + "xml:space=\"preserve\">27 500 </w:delText></w:r></w:del><w:ins w:id=\"33\"><w:r><w:t "
                    + "xml:space=\"preserve\">45 000 </w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">€ HT.</w:t>"))
        // The table kept its header and first row; the second went, two came.
        #expect(document.components(separatedBy: "<w:trPr><w:cantSplit/><w:ins ").count == 3)
        #expect(document.components(separatedBy: "<w:trPr><w:cantSplit/><w:del ").count == 2)
        // Revision ids are unique in the document.
        let ids = document.matches(of: /<w:(?:ins|del) w:id="(\d+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count && ids.count > 10)
    }

    @Test func odtKeepsDeletedBlocksInTheirChangedRegions() throws {
        let data = try ODTWriter().write(Self.redline, metadata: Self.metadata)
        let content = try #require(InspectedPackage(data).text("content.xml"))
        #expect(throws: Never.self) { _ = try XMLDocument(data: Data(content.utf8)) }
        let tracked = try #require(
            content.firstRange(of: /<text:tracked-changes[^>]*>[\s\S]*?<\/text:tracked-changes>/))
        #expect(content[tracked].contains("<text:deletion><office:change-info><dc:creator>Ville de Kerbrivan &amp;"))
        #expect(content[tracked].contains("<dc:date>2026-12-07T00:00:00</dc:date>"))
        #expect(content[tracked].contains("<text:p>27 500 </text:p></text:deletion>"), "\(content[tracked])")
        #expect(content[tracked].contains("Paragraphe retiré"))
        // The body keeps only a mark where deleted words and paragraphs were.
        #expect(!content[tracked.upperBound...].contains("27 500"))
        #expect(!content[tracked.upperBound...].contains("Paragraphe retiré"))
        #expect(
            content.contains(
                "Le budget est de <text:change text:change-id=\"ct5\"/><text:change-start text:change-id=\"ct6\"/>45 000 "
                    + "<text:change-end text:change-id=\"ct6\"/>€ HT.</text:p>"))
    }

    @Test func aDocumentWithoutChangesHasNoRevision() throws {
        let same = DocumentRedline(old: MarkdownReader().read(Self.new), new: MarkdownReader().read(Self.new))
        let docx = try #require(
            InspectedPackage(try DOCXWriter().write(same, metadata: Self.metadata)).text("word/document.xml"))
        #expect(!docx.contains("<w:ins ") && !docx.contains("<w:del "))
        // The same bytes as the document itself.
        let plain = try DOCXWriter().write(MarkdownReader().read(Self.new), metadata: Self.metadata)
        #expect(try InspectedPackage(plain).text("word/document.xml") == docx)
        let odt = try #require(
            InspectedPackage(try ODTWriter().write(same, metadata: Self.metadata)).text("content.xml"))
        #expect(!odt.contains("text:tracked-changes"))
    }

    @Test(
        .enabled(
            if: LibreOffice.python != nil,
            "LibreOffice or python3-uno is missing (CI runs .ci/install-document-tools.sh)"))
    func libreOfficeAcceptsTheLaterVersionAndRejectsBackToTheEarlier() throws {
        let folder = try TemporaryDirectory()
        let writers: [(String, (DocumentRedline) throws -> Data, (MarkdownDocument) throws -> Data)] = [
            (
                "docx", { try DOCXWriter().write($0, metadata: Self.metadata) },
                { try DOCXWriter().write($0, metadata: Self.metadata) }
            ),
            (
                "odt", { try ODTWriter().write($0, metadata: Self.metadata) },
                { try ODTWriter().write($0, metadata: Self.metadata) }
            ),
        ]
        for (suffix, redline, plain) in writers {
            let files = [
                ("redline", try redline(Self.redline)),
                ("old", try plain(MarkdownReader().read(Self.old))),
                ("new", try plain(MarkdownReader().read(Self.new))),
            ]
            var read: [String: LibreOfficeRevisions] = [:]
            if let keep = ProcessInfo.processInfo.environment["PARTICIPE_KEEP_DOCUMENTS"] {
                for (name, data) in files { try data.write(to: URL(fileURLWithPath: "\(keep)/\(name).\(suffix)")) }
            }
            for (name, data) in files {
                let url = folder.url.appendingPathComponent("\(name).\(suffix)")
                try data.write(to: url)
                read[name] = try LibreOfficeRevisions.read(url)
            }
            let marked = try #require(read["redline"])
            #expect(Set(marked.revisions.map(\.type)) == ["Insert", "Delete"], "\(suffix)")
            #expect(
                marked.revisions.allSatisfy { $0.author == "Ville de Kerbrivan & <Co>" && $0.date == "2026-12-07" },
                "\(suffix): \(marked.revisions)")
            #expect(read["new"]?.revisions == [] && read["old"]?.revisions == [])
            // The table of contents lists the later version's headings whatever is accepted: the text is compared
            // from the first heading on, the last « Objet ».
            func body(_ text: String) -> [String] {
                let lines = LibreOfficeRevisions.lines(text)
                return Array(lines[(lines.lastIndex(of: "Objet") ?? 0)...])
            }
            let accepted = body(marked.accepted)
            let rejected = body(marked.rejected)
            func text(_ name: String) throws -> String {
                body(try #require(read[name]).accepted).joined(separator: "\n")
            }
            assertLines(accepted.joined(separator: "\n"), try text("new"), "\(suffix): all accepted")
            assertLines(rejected.joined(separator: "\n"), try text("old"), "\(suffix): all rejected")
            #expect(
                accepted.contains("Le budget est de 45 000 € HT.") && rejected.contains("Le budget est de 27 500 € HT.")
            )
        }
    }
}

extension DocumentRedline.Change {
    fileprivate var isRows: Bool {
        if case .rows = self { true } else { false }
    }
}

extension MarkdownBlock {
    fileprivate var paragraphText: String {
        if case .paragraph(let content) = self { content.plainText } else { "" }
    }
}
