import Foundation
import ParticipeDocuments
import ParticipeTestSupport
import Testing

/// The shipped samples' documents as they print: DOCX and ODT through LibreOffice, HTML through headless Chromium,
/// each page read back with `pdftotext`.
@Suite(
    "Printed pages",
    .enabled(if: PrintedDocuments.canPrint, "LibreOffice, Chromium and poppler-utils (CI installs them)"),
    .timeLimit(.minutes(10)))
struct PrintedPagesTests {
    static func pages() async throws -> [(source: URL, pages: PrintedPages)] {
        try await PrintedDocuments.shared().pages
    }

    /// `file` converted to PDF by LibreOffice, in `folder`.
    static func printed(_ file: URL, in folder: URL) throws -> URL {
        guard let libreOffice = PrintedDocuments.libreOffice else {
            throw ExternalTool.Failure(description: "LibreOffice is not installed")
        }
        let profile = folder.appendingPathComponent("profile")
        let result = try libreOffice.run([
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf", "--outdir",
            folder.appendingPathComponent("pdf").path, file.path,
        ])
        guard result.status == 0 else { throw ExternalTool.Failure(description: result.errors) }
        return folder.appendingPathComponent("pdf/" + file.deletingPathExtension().lastPathComponent + ".pdf")
    }

    /// The document's Markdown, beside it in the output folder.
    static func markdown(of source: URL) throws -> MarkdownDocument {
        MarkdownReader().read(
            try String(contentsOf: source.deletingPathExtension().appendingPathExtension("md"), encoding: .utf8))
    }

    /// The document's title, from its HTML page's `title`.
    static func title(of source: URL) throws -> String {
        let page = try String(
            contentsOf: source.deletingPathExtension().appendingPathExtension("html"), encoding: .utf8)
        guard let start = page.range(of: "<title>"), let end = page.range(of: "</title>") else { return "" }
        return String(page[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'")
    }

    /// Whether the document has sections under its title, hence a table of contents; a letter has none.
    static func hasSections(_ source: URL) throws -> Bool {
        try markdown(of: source).blocks.contains { block in
            if case .heading(let level, _) = block { return level > 1 }
            return false
        }
    }

    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func noWordLeavesTheTextArea() async throws {
        for (source, printed) in try await Self.pages() {
            // A4 with 2 cm margins (56.7 points) in every format.
            let outside = printed.wordsOutside(margin: 56.7)
            #expect(outside.isEmpty, "\(source.lastPathComponent): \(outside.prefix(5))")
        }
    }

    @Test func pageOneHoldsTheTitleAndTheCoverTableThenTheContentsFollow() async throws {
        for (source, printed) in try await Self.pages() {
            let document = try Self.markdown(of: source)
            let first = printed.flat(0)
            let heading = document.blocks.lazy.compactMap { block -> String? in
                if case .heading(1, let content) = block { return content.plainText }
                return nil
            }.first
            if let heading {
                let start = heading.split(separator: " ").prefix(3).joined(separator: " ")
                #expect(first.contains(start), "\(source.lastPathComponent): page 1 lacks « \(start) »")
            }
            // The cover table (a table before the first section, under the title) is on page 1.
            let title = try Self.title(of: source)
            let blocks = document.blocks(
                under: DocumentMetadata(title: title, author: "", date: "", language: ""), layout: .standard)
            for case .table(let table) in blocks.prefix(MarkdownDocument.opening(in: blocks)) {
                let cell = table.rows.first?.first?.plainText ?? ""
                for word in cell.split(separator: " ") {
                    #expect(first.contains(word), "\(source.lastPathComponent): the cover table is not on page 1")
                }
            }
            // The table of contents comes next, from page 1 or 2.
            if source.pathExtension != "html", try Self.hasSections(source) {
                let contents = printed.pages.firstIndex { $0.contains("Sommaire") || $0.contains("Contents") }
                #expect(
                    (contents ?? 9) <= 1,
                    "\(source.lastPathComponent): the contents start on page \((contents ?? 9) + 1)")
            }
        }
    }

    @Test func tablesOfContentsGiveEachHeadingItsPage() async throws {
        var checked = 0
        for (source, printed) in try await Self.pages() where source.pathExtension != "html" {
            let entries = printed.tableOfContents
            guard try Self.hasSections(source) else {
                #expect(entries.isEmpty, "\(source.lastPathComponent): a table of contents without sections")
                continue
            }
            #expect(!entries.isEmpty, "\(source.lastPathComponent): no page numbers in the table of contents")
            for entry in entries {
                guard entry.page >= 1, entry.page <= printed.pages.count else {
                    Issue.record(
                        "\(source.lastPathComponent): « \(entry.text) » on page \(entry.page) of \(printed.pages.count)"
                    )
                    continue
                }
                // The heading is on that page (its first words, since a long heading wraps).
                let start = entry.text.split(separator: " ").prefix(4).joined(separator: " ")
                #expect(
                    printed.flat(entry.page - 1).contains(start),
                    "\(source.lastPathComponent): « \(entry.text) » is not on page \(entry.page)")
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func tableHeadersAreNeverCutMidWord() async throws {
        for (source, printed) in try await Self.pages() where source.pathExtension == "html" {
            let text = (0..<printed.pages.count).map(printed.flat).joined(separator: " ")
            for case .table(let table) in try Self.markdown(of: source).blocks {
                for word in table.header.flatMap({ $0.plainText.split(separator: " ") }) where word.count >= 6 {
                    let hyphenated = (2..<word.count - 1).contains { cut in
                        text.contains("\(word.prefix(cut))- \(word.dropFirst(cut))")
                            || text.contains("\(word.prefix(cut))-\(word.dropFirst(cut))")
                    }
                    #expect(
                        text.contains(String(word)) || hyphenated,
                        "\(source.lastPathComponent): « \(word) » is cut without a hyphen")
                }
            }
        }
    }

    @Test func ballotsHaveFourPerPageWithCutLinesAndNoAnswerBoxWraps() async throws {
        let ballots = try await Self.pages().filter {
            ["bulletins-de-vote", "ballots"].contains($0.source.deletingPathExtension().lastPathComponent)
        }
        #expect(ballots.count >= 3)
        for (source, printed) in ballots
        where try String(contentsOf: source.deletingPathExtension().appendingPathExtension("md"), encoding: .utf8)
            .contains("<!-- cut -->")
        {
            // The answers as the ballots list them, one per line under the instruction.
            let answers =
                try Self.markdown(of: source).blocks.lazy.compactMap { block -> [String]? in
                    guard case .paragraph(let content) = block, content.plainText.hasPrefix("☐") else { return nil }
                    return content.split { if case .lineBreak = $0 { true } else { false } }
                        .map { Self.words(Array($0).plainText) }
                }.first ?? []
            #expect(answers.count >= 2, "\(source.lastPathComponent)")
            let sheets = printed.pages.filter {
                $0.contains("Cochez une seule case") || $0.contains("Tick one box only")
            }
            #expect(!sheets.isEmpty, "\(source.lastPathComponent)")
            for sheet in sheets {
                let lines = sheet.split(separator: "\n").map { Self.words(String($0)) }
                #expect(
                    lines.filter { $0.contains("✂") }.count == 4, "\(source.lastPathComponent): four ballots a page")
                for answer in answers {
                    #expect(
                        lines.filter { $0 == answer }.count == 4, "\(source.lastPathComponent): « \(answer) » wraps")
                }
            }
        }
    }
}
