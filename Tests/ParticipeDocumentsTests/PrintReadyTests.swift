import Foundation
import ParticipeCore
import ParticipeDocuments
import ParticipeTestSupport
import Testing

/// What makes a document ready to print as the body's own: the opening on page 1, a table of contents with page
/// numbers and nothing to update, numbers aligned, cut lines, the body's letterhead and branding.
@Suite("Print-ready documents")
struct PrintReadyTests {
    static let metadata = DocumentMetadata(
        title: "Cahier des charges", author: "Ville de Test", date: "2026-11-27", language: "fr")

    static let markdown = """
        # Cahier des charges

        | Rubrique | Information |
        |---|---|
        | Pouvoir adjudicateur | Ville de Test |

        <!-- pagebreak -->

        ## 1. Contexte

        ### 1.1 Le pouvoir adjudicateur

        | Offre | Prix | Note | Rang |
        |---|---|---|---|
        | Alpha | 148 600 € HT | 85,17 | 1 |
        | Bêta | 104 900 € HT | — | 2 |

        Texte.

        <!-- cut -->

        ## 2. Objet

        """

    static var document: MarkdownDocument { MarkdownReader().read(markdown) }

    static func part(_ path: String, of data: Data) throws -> String {
        let entry = try #require(try ZipPackage.entries(of: data).first { $0.path == path })
        return String(decoding: entry.data, as: UTF8.self)
    }

    @Test func theOpeningComesBeforeTheTableOfContentsInEveryFormat() throws {
        let docx = try Self.part(
            "word/document.xml", of: try DOCXWriter().write(Self.document, metadata: Self.metadata))
        let odt = try Self.part("content.xml", of: try ODTWriter().write(Self.document, metadata: Self.metadata))
        let html = HTMLWriter().write(Self.document, metadata: Self.metadata)
        for (format, text, contents) in [
            ("docx", docx, "Sommaire"), ("odt", odt, "text:table-of-content "), ("html", html, "<nav class=\"toc\""),
        ] {
            let cover = try #require(text.range(of: "Pouvoir adjudicateur"), "\(format)")
            let table = try #require(text.range(of: contents), "\(format)")
            let section = try #require(
                text.range(of: "Le pouvoir adjudicateur", range: table.upperBound..<text.endIndex))
            #expect(cover.lowerBound < table.lowerBound && table.lowerBound < section.lowerBound, "\(format)")
        }
    }

    @Test func theTableOfContentsLinksEachHeadingToItsPageWithNothingToUpdate() throws {
        let docx = try Self.part(
            "word/document.xml", of: try DOCXWriter().write(Self.document, metadata: Self.metadata))
        #expect(!docx.contains("w:dirty"))
        #expect(!docx.contains(" TOC "))
        #expect(
            !(try Self.part("word/settings.xml", of: try DOCXWriter().write(Self.document, metadata: Self.metadata)))
                .contains("updateFields"))
        for number in 1...3 {
            #expect(docx.contains("<w:hyperlink w:anchor=\"_Toc\(number)\""))
            #expect(docx.contains(" PAGEREF _Toc\(number) \\h "))
            #expect(docx.contains("w:name=\"_Toc\(number)\""))
        }
        let odt = try Self.part("content.xml", of: try ODTWriter().write(Self.document, metadata: Self.metadata))
        for number in 1...3 {
            #expect(odt.contains("xlink:href=\"#_Toc\(number)\""))
            #expect(odt.contains("<text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"_Toc\(number)\">"))
            #expect(odt.contains("<text:bookmark-start text:name=\"_Toc\(number)\"/>"))
        }
    }

    @Test func columnsOfNumbersAreRightAlignedInEveryFormat() throws {
        let table = try #require(
            Self.document.blocks.lazy.compactMap { block -> MarkdownTable? in
                if case .table(let table) = block, table.header.count == 4 { return table }
                return nil
            }.first)
        #expect(table.displayAlignments == [.none, .right, .right, .right])
        let html = HTMLWriter().write(Self.document, metadata: Self.metadata)
        #expect(html.contains("<td class=\"align-right\">148 600 € HT</td>"))
        #expect(html.contains("<td>Alpha</td>"))
        let docx = try Self.part(
            "word/document.xml", of: try DOCXWriter().write(Self.document, metadata: Self.metadata))
        #expect(docx.components(separatedBy: "<w:jc w:val=\"right\"/>").count - 1 == 9)
        let odt = try Self.part("content.xml", of: try ODTWriter().write(Self.document, metadata: Self.metadata))
        #expect(odt.components(separatedBy: "text:style-name=\"Table_20_Contents_Droite\"").count - 1 == 6)
        #expect(odt.contains("table:border-model=\"collapsing\""))
        #expect(
            MarkdownTable.isNumber("4 500 €") && MarkdownTable.isNumber("-12,5 %") && !MarkdownTable.isNumber("GEN-01"))
        #expect(!MarkdownTable.isNumber("2026-11-27") && !MarkdownTable.isNumber("1er"))
    }

    @Test func aCutLineCrossesThePageInEveryFormat() throws {
        let html = HTMLWriter().write(Self.document, metadata: Self.metadata)
        #expect(html.contains("<div class=\"cut-line\">✂</div>"))
        let docx = try Self.part(
            "word/document.xml", of: try DOCXWriter().write(Self.document, metadata: Self.metadata))
        #expect(docx.contains("<w:pStyle w:val=\"CutLine\"/>"))
        let odt = try Self.part("content.xml", of: try ODTWriter().write(Self.document, metadata: Self.metadata))
        #expect(odt.contains("<text:p text:style-name=\"Cut_20_Line\">✂</text:p>"))
    }

    // MARK: The shipped documents

    /// Every level-3 heading under a numbered level-2 heading (« 7. Exigences ») is numbered too (« 7.1 … »).
    @Test func headingsUnderANumberedSectionAreNumbered() throws {
        for output in try ShippedDocuments.shared.get().outputs {
            for file in output.markdown {
                var section: String?
                for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                    if line.hasPrefix("## ") {
                        let number = line.dropFirst(3).prefix { $0.isNumber }
                        section = number.isEmpty || line.dropFirst(3 + number.count).first != "." ? nil : String(number)
                    } else if line.hasPrefix("### "), let section {
                        #expect(line.hasPrefix("### \(section)."), "\(file.lastPathComponent): \(line)")
                    }
                }
            }
        }
    }

    /// `12 avril 2027`, `1er décembre 2027`, `12 April 2027` as `YYYY-MM-DD`, to compare.
    static func isoDate(_ text: String) -> String? {
        let months = [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0].replacingOccurrences(of: "er", with: "")),
            let month = months.firstIndex(of: String(parts[1])), let year = Int(parts[2])
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month % 12 + 1, day)
    }

    /// The calendars of the restitution plan and of the specification list their dates in order.
    @Test func calendarsAreInDateOrder() throws {
        var checked = 0
        for output in try ShippedDocuments.shared.get().outputs {
            for file in output.markdown {
                for case .table(let table) in MarkdownReader().read(try String(contentsOf: file, encoding: .utf8))
                    .blocks
                where table.header.last?.plainText == "Date" {
                    let dates = table.rows.compactMap { $0.last.flatMap { Self.isoDate($0.plainText) } }
                    #expect(dates == dates.sorted(), "\(file.lastPathComponent): \(dates)")
                    if dates.count >= 3 { checked += 1 }
                }
            }
        }
        #expect(checked >= 8)
    }

    // MARK: The body's letterhead

    static func writtenWithReference(_ format: String) throws -> (package: Data, folder: TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        let reference = folder.url.appendingPathComponent("modele.\(format)")
        try (format == "docx" ? ReferenceDocuments.docx() : ReferenceDocuments.odt()).write(to: reference)
        var long = Self.markdown
        for section in 3...40 {
            long += "## \(section). Section\n\n" + String(repeating: "Texte du cahier. ", count: 80) + "\n\n"
        }
        let document = MarkdownReader().read(long)
        let data =
            format == "docx"
            ? try DOCXWriter(referenceDocument: reference).write(document, metadata: Self.metadata)
            : try ODTWriter(referenceDocument: reference).write(document, metadata: Self.metadata)
        return (data, folder)
    }

    @Test func aReferenceDOCXGivesItsHeadersFootersLogoAndPageSetUp() throws {
        let (data, _) = try Self.writtenWithReference("docx")
        let paths = try ZipPackage.entries(of: data).map(\.path)
        for path in ["word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/media/image1.png"] {
            #expect(paths.contains(path), "\(path)")
        }
        #expect(try Self.part("word/footer1.xml", of: data).contains(ReferenceDocuments.footer))
        let document = try Self.part("word/document.xml", of: data)
        #expect(document.contains("<w:titlePg/>") && document.contains("w:top=\"1700\""))
        let relationships = try Self.part("word/_rels/document.xml.rels", of: data)
        for id in ["rIdLetterhead1", "rIdLetterhead2", "rIdLetterhead3"] {
            #expect(document.contains("r:id=\"\(id)\"") && relationships.contains("Id=\"\(id)\""), "\(id)")
        }
        let types = try Self.part("[Content_Types].xml", of: data)
        #expect(types.contains("/word/header2.xml") && types.contains("Extension=\"png\""))
    }

    @Test func aReferenceODTGivesItsHeadersFootersAndLogo() throws {
        let (data, _) = try Self.writtenWithReference("odt")
        let paths = try ZipPackage.entries(of: data).map(\.path)
        #expect(paths.contains("Pictures/logo.png"))
        #expect(try Self.part("META-INF/manifest.xml", of: data).contains("manifest:full-path=\"Pictures/logo.png\""))
        #expect(try Self.part("styles.xml", of: data).contains(ReferenceDocuments.firstPageHeader))
    }

    @Test(.enabled(if: PrintedDocuments.canPrint, "LibreOffice and poppler-utils (CI installs them)"))
    func printedWithAReferenceEachPageShowsItsHeaderFooterAndLogo() async throws {
        for format in ["docx", "odt"] {
            let (data, folder) = try Self.writtenWithReference(format)
            let file = folder.url.appendingPathComponent("document.\(format)")
            try data.write(to: file)
            let scratch = folder.url
            let (pages, images) = try await onOwnThread {
                let pages = try PrintedPages(PrintedPagesTests.printed(file, in: scratch))
                return (pages, try pages.imagesPerPage())
            }
            #expect(pages.pages.count >= 3, "\(format)")
            #expect(pages.pages[0].contains(ReferenceDocuments.firstPageHeader), "\(format)")
            #expect(!pages.pages[0].contains(ReferenceDocuments.runningHeader), "\(format)")
            for (index, page) in pages.pages.enumerated() {
                #expect(page.contains(ReferenceDocuments.footer), "\(format) page \(index + 1)")
                if index > 0 { #expect(page.contains(ReferenceDocuments.runningHeader), "\(format) page \(index + 1)") }
                #expect((images[index + 1] ?? 0) >= 1, "\(format): no logo on page \(index + 1)")
            }
        }
    }

    // MARK: Branding

    static func branding(_ yaml: String, logo: Bool = true) throws -> (path: String, folder: TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        if logo { try ReferenceDocuments.logo.write(to: folder.url.appendingPathComponent("logo.png")) }
        try folder.write(yaml, to: "charte.yaml")
        return (folder.path("charte.yaml"), folder)
    }

    @Test func brandingReachesTheCoverTheHeadingsAndTheHTMLPage() throws {
        let (path, folder) = try Self.branding("name: Ville de Test\nlogo: logo.png\ncolor: \"#005a9c\"\n")
        let branding = try Branding.load(path, language: .french)
        #expect(branding.color == "005A9C" && branding.name == "Ville de Test")
        let logo = try #require(branding.logo)
        #expect(logo.format == "png" && logo.width == 240 && logo.height == 80)
        #expect(logo.coverSize == (6, 2))

        let html = HTMLWriter(branding: branding).write(Self.document, metadata: Self.metadata)
        #expect(html.contains("<img class=\"logo\" src=\"data:image/png;base64,"))
        #expect(html.contains("alt=\"Ville de Test\""))
        #expect(html.contains("h1, h2, h3, h4, h5, h6 { color: #005A9C; }"))

        var docxWriter = DOCXWriter()
        docxWriter.branding = branding
        let docx = try docxWriter.write(Self.document, metadata: Self.metadata)
        #expect(try ZipPackage.entries(of: docx).contains { $0.path == "word/media/logo.png" })
        #expect(try Self.part("word/document.xml", of: docx).contains("<a:blip r:embed=\"rIdLogo\"/>"))
        #expect(try Self.part("word/_rels/document.xml.rels", of: docx).contains("Target=\"media/logo.png\""))
        #expect(try Self.part("word/styles.xml", of: docx).contains("w:val=\"005A9C\""))

        var odtWriter = ODTWriter()
        odtWriter.branding = branding
        let odt = try odtWriter.write(Self.document, metadata: Self.metadata)
        #expect(try Self.part("content.xml", of: odt).contains("xlink:href=\"Pictures/logo.png\""))
        #expect(try Self.part("META-INF/manifest.xml", of: odt).contains("Pictures/logo.png"))
        #expect(try Self.part("styles.xml", of: odt).contains("fo:color=\"#005a9c\""))
    }

    @Test(arguments: [
        ("color: \"#aaccee\"\n", "1:8", "contraste de 1,67:1"),
        ("color: bleu\n", "1:8", "couleur « bleu » illisible"),
        ("logo: absent.png\n", "1:7", "le logo « absent.png » n'existe pas"),
        ("logo: charte.yaml\n", "1:7", "n'est ni un PNG ni un JPEG"),
        ("nom: Ville\n", "1:1", "clé inconnue « nom »"),
        ("- name\n", "1:1", "attend des clés"),
    ])
    func aBrandingProblemIsAnErrorAtItsPlace(yaml: String, position: String, message: String) throws {
        let (path, folder) = try Self.branding(yaml, logo: false)
        withExtendedLifetime(folder) {
            #expect {
                _ = try Branding.load(path, language: .french)
            } throws: { error in
                let description = "\(error)"
                return description.hasPrefix("\(path):\(position): error: ") && description.contains(message)
            }
        }
    }
}
