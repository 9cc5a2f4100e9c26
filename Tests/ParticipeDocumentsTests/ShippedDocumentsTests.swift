import Foundation
import ParticipeCore
import ParticipeDocuments
import ParticipeTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The documents of the shipped samples, checked with the reference tools: cmark-gfm reads their Markdown
/// as the reader does, pandoc reads their DOCX and ODT back to the same text, LibreOffice converts them to
/// PDF, and their HTML is well-formed with its accessibility basics.
@Suite("Documents of the shipped samples")
struct ShippedDocumentsTests {
    static let pandoc = ExternalTool("pandoc")

    @Test func everySampleGivesEveryFormat() throws {
        let shipped = try ShippedDocuments.shared.get()
        #expect(shipped.outputs.count >= 4)
        for output in shipped.outputs {
            let extensions = Set(output.files.map(\.pathExtension))
            #expect(extensions.isSuperset(of: ["md", "html", "docx", "odt"]), "\(output.sample)")
        }
    }

    @Test(.enabled(if: ReaderDifferentialTests.hasReference, "cmarkgfm is not installed (CI installs it)"))
    func theReaderAgreesWithCmarkGFMOnEveryTemplatesOutput() throws {
        let shipped = try ShippedDocuments.shared.get()
        let files = shipped.outputs.flatMap(\.markdown)
        // The page-break and cut-line markers are Participe's own extension: cmark-gfm reads them as raw HTML.
        let sources = try files.map {
            try String(contentsOf: $0, encoding: .utf8).replacingOccurrences(of: "<!-- pagebreak -->\n", with: "")
                .replacingOccurrences(of: "<!-- cut -->\n", with: "")
        }
        let references = try ReaderDifferentialTests.referenceHTML(for: sources)
        for (file, (source, expected)) in zip(files, zip(sources, references)) {
            let actual = ReaderDifferentialTests.normalized(
                HTMLRenderer(flavor: .commonMark).render(MarkdownReader().read(source).blocks))
            let reference = ReaderDifferentialTests.normalized(expected)
            #expect(
                actual == reference,
                "\(file.path) reads differently from cmark-gfm: \(Self.firstDifference(actual, reference))")
        }
    }

    /// Where two texts part, with some context, so that a long document's mismatch can be read.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let left = Array(actual)
        let right = Array(expected)
        let index =
            zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)
        let start = max(0, index - 120)
        return
            "reader: …\(String(left[start..<min(left.count, index + 120)]))… cmark-gfm: …\(String(right[start..<min(right.count, index + 120)]))…"
    }

    @Test(.enabled(if: pandoc != nil, "pandoc is not installed (CI runs .ci/install-document-tools.sh)"))
    func pandocReadsDOCXAndODTBackToTheMarkdownsText() throws {
        let pandoc = try #require(Self.pandoc)
        for output in try ShippedDocuments.shared.get().outputs {
            for markdown in output.markdown {
                let source = try pandoc.run(["-f", "gfm", "-t", "plain", "--wrap=none", markdown.path])
                try #require(source.status == 0, "\(source.errors)")
                let parsed = MarkdownReader().read(try String(contentsOf: markdown, encoding: .utf8))
                for format in ["docx", "odt"] {
                    let document = markdown.deletingPathExtension().appendingPathExtension(format)
                    let result = try pandoc.run(["-t", "plain", "--wrap=none", document.path])
                    #expect(result.status == 0, "pandoc failed on \(document.lastPathComponent): \(result.errors)")
                    var expected = DocumentToolTests.normalized(source.output)
                    if format == "odt" {
                        // pandoc's ODT reader skips header rows (jgm/pandoc#9327); the writer tests check them in the XML.
                        for header in Self.tableHeaders(parsed) {
                            if let range = expected.range(of: header + " ") { expected.removeSubrange(range) }
                        }
                    }
                    // A cut line (`<!-- cut -->`, an HTML comment for pandoc) prints as scissors.
                    let actual = DocumentToolTests.normalized(result.output.replacingOccurrences(of: "✂", with: ""))
                    // A provisional document's note comes before the table of contents: it reads back on its own.
                    let (note, rest) = Self.splittingNote(expected)
                    // The title block stands in for a first heading that repeats the title.
                    let body = Self.droppingFirstHeading(rest, parsed)
                    // The opening (a cover table) comes before the table of contents, the sections after it.
                    let (opening, sections) = Self.splittingOpening(body, parsed)
                    let readBack =
                        actual.contains(rest) || actual.contains(body)
                        || (!sections.isEmpty && actual.contains(opening) && actual.contains(sections))
                    #expect(
                        readBack && (note.isEmpty || actual.contains(note)),
                        "\(output.sample): \(document.lastPathComponent) does not read back as its Markdown")
                }
            }
        }
    }

    /// The conversion is done once for these tests and the printed pages' (`PrintedDocuments`).
    @Test(
        .enabled(if: PrintedDocuments.canPrint, "LibreOffice and Chromium are not installed (CI installs them)"),
        .timeLimit(.minutes(10)))
    func libreOfficeConvertsEveryDOCXAndODTToPDF() async throws {
        let shipped = try ShippedDocuments.shared.get()
        let printed = try await PrintedDocuments.shared().printed
        for output in shipped.outputs {
            for file in output.files where ["docx", "odt"].contains(file.pathExtension) {
                let pdf = printed.first { $0.source == file }?.pdf
                let size =
                    pdf.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int } ?? 0
                #expect(size > 2_000, "no PDF for \(file.path)")
            }
        }
    }

    @Test func htmlIsWellFormedAndAccessible() throws {
        for output in try ShippedDocuments.shared.get().outputs {
            for file in output.files where file.pathExtension == "html" {
                let document = try XMLDocument(data: try Data(contentsOf: file))
                #expect(
                    try document.nodes(forXPath: "/*/@lang").first?.stringValue?.isEmpty == false,
                    "\(file.lastPathComponent)")
                #expect(try document.nodes(forXPath: "//*[local-name()='title']").first?.stringValue?.isEmpty == false)
                #expect(try document.nodes(forXPath: "//*[local-name()='h1']").count == 1, "\(file.lastPathComponent)")
                let headers = try document.nodes(forXPath: "//*[local-name()='th']").count
                let scoped = try document.nodes(forXPath: "//*[local-name()='th'][@scope]").count
                #expect(scoped == headers, "\(file.lastPathComponent): a table header without scope")
                #expect(
                    try !document.nodes(
                        forXPath: "//*[local-name()='a'][@href='#contenu' or @href='#content' or @href='#main']"
                    ).isEmpty)
            }
        }
    }

    static func tableHeaders(_ document: MarkdownDocument) -> [String] {
        document.blocks.compactMap { block in
            guard case .table(let table) = block else { return nil }
            return table.header.map { $0.plainText }.joined(separator: " ")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// The note of a provisional document (its first sentence, ending with the diagnostic) and the text after it.
    static func splittingNote(_ text: String) -> (note: String, rest: String) {
        guard text.hasPrefix("Document provisoire") || text.hasPrefix("Provisional document"),
            let end = text.range(of: "diagnostic. ")
        else { return ("", text) }
        return (String(text[..<end.lowerBound]) + "diagnostic.", String(text[end.upperBound...]))
    }

    /// The text before the first section's heading (the document's opening) and from it on.
    static func splittingOpening(_ text: String, _ document: MarkdownDocument) -> (opening: String, sections: String) {
        let headings = document.blocks.compactMap { block -> String? in
            guard case .heading(let level, let content) = block, level >= 2 else { return nil }
            return content.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        guard let first = headings.first, let range = text.range(of: first) else { return (text, "") }
        return (
            String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces), String(text[range.lowerBound...])
        )
    }

    static func droppingFirstHeading(_ text: String, _ document: MarkdownDocument) -> String {
        let first = document.blocks.first { if case .blockQuote = $0 { false } else { true } }
        guard case .heading(1, let content)? = first else { return text }
        let title = content.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.hasPrefix(title) else { return text }
        return String(text.dropFirst(title.count)).trimmingCharacters(in: .whitespaces)
    }
}

/// A hostile answers file through the whole pipeline, in every format: the answers show literally, and every
/// document stays well-formed.
@Suite("Hostile answers in every format")
struct HostileAnswersTests {
    static let hostile =
        "<script>alert('x')</script> & ]]> \u{0} \u{1B}[31m # titre\n- liste | a | b |\n**gras** [lien](javascript:x) "
        + "שלום مرحبا 🎉 " + String(repeating: "x", count: 3_000)

    static let output = Result { () throws -> [URL] in
        // Removed when the test process exits: `output` is never released.
        let folder = try TemporaryDirectory.forTheWholeRun(prefix: "participe-hostile")
        let sample = ShippedDocuments.sampleFiles.first { $0.hasSuffix("metropole-mobilite.yaml") } ?? ""
        return try ShippedDocuments.generate(
            sample,
            sheet: { sheet, kit in
                var sheet = sheet
                for (path, question) in kit.allQuestions where question.type == .text || question.type == .paragraph {
                    sheet[path] = .text(hostile)
                }
                // Offer names land in the CSV tables: a formula, a separator and quotes must stay text.
                for (path, question) in kit.allQuestions where question.type == .scores {
                    let rows = (sheet[path].list ?? []).enumerated().map { index, row -> Value in
                        var fields = row.record ?? [:]
                        fields["candidate"] = .text("=1+\(index);\"A\",B\n<b>")
                        return .record(fields)
                    }
                    sheet[path] = .list(rows)
                }
                return sheet
            }, to: folder.path)
    }

    @Test func theHTMLParsesAndShowsNoMarkup() throws {
        for file in try Self.output.get() where file.pathExtension == "html" {
            let data = try Data(contentsOf: file)
            _ = try XMLDocument(data: data)
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(file.lastPathComponent)")
            #expect(text.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "\(file.lastPathComponent)")
        }
    }

    @Test func everyXMLPartOfTheDOCXAndODTParses() throws {
        for file in try Self.output.get() where ["docx", "odt"].contains(file.pathExtension) {
            let package = try InspectedPackage(try Data(contentsOf: file))
            #expect(!(try package.parsedXMLParts()).isEmpty, "\(file.lastPathComponent)")
        }
    }

    @Test(.enabled(if: ShippedDocumentsTests.pandoc != nil, "pandoc is not installed (CI installs it)"))
    func pandocReadsTheAnswersLiterally() throws {
        let pandoc = try #require(ShippedDocumentsTests.pandoc)
        for file in try Self.output.get() where file.lastPathComponent.hasPrefix("cahier-des-charges.") {
            guard ["docx", "odt", "html"].contains(file.pathExtension) else { continue }
            let result = try pandoc.run(["-t", "plain", "--wrap=none", file.path])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains("<script>alert('x')</script> & ]]>"), "\(file.lastPathComponent)")
            #expect(result.output.contains("**gras** [lien](javascript:x)"), "\(file.lastPathComponent)")
            #expect(result.output.contains(String(repeating: "x", count: 3_000)), "\(file.lastPathComponent)")
        }
    }

    @Test func theCSVKeepsOfferNamesAsTextNotFormulas() throws {
        let scores = try #require(
            try Self.output.get().first { file in
                ["-notes.csv", "-scores.csv"].contains { file.lastPathComponent.hasSuffix($0) }
            })
        let text = String(decoding: try Data(contentsOf: scores), as: UTF8.self)
        // Quoted because of the separator, the quotes and the line break; prefixed so no spreadsheet computes it.
        #expect(text.contains("\"'=1+0;\"\"A\"\",B\n<b>\""), "\(text.prefix(400))")
        #expect(!text.contains(";=1+"))
    }
}
