import Foundation
import ParticipeDocuments
import ParticipeTestSupport
import Testing

/// Checks the generated files with independent tools: pandoc reads DOCX and ODT back to text,
/// LibreOffice converts them to PDF. Skipped, with the reason, where the tools are missing.
@Suite struct DocumentToolTests {
    static let pandoc = ExternalTool("pandoc")
    static let libreOffice = ExternalTool("soffice") ?? ExternalTool("libreoffice")

    /// The sample written in every format and layout, in a fresh directory.
    struct Outputs {
        let directory: TemporaryDirectory
        var markdown: URL
        var documents: [URL] = []

        init() throws {
            directory = try TemporaryDirectory()
            markdown = directory.url.appendingPathComponent("cahier.md")
            try Data(SampleDocuments.specification.utf8).write(to: markdown)
            let document = MarkdownReader().read(SampleDocuments.specification)
            let metadata = SampleDocuments.metadata
            for (name, layout) in [("complet", DocumentLayout.standard), ("contenu", .contentOnly)] {
                let docx = directory.url.appendingPathComponent("\(name)-docx.docx")
                try DOCXWriter(layout: layout).write(document, metadata: metadata, to: docx)
                let odt = directory.url.appendingPathComponent("\(name)-odt.odt")
                try ODTWriter(layout: layout).write(document, metadata: metadata, to: odt)
                documents += [docx, odt]
            }
            let hostile = MarkdownReader().read(SampleDocuments.hostile)
            for (name, data) in [
                ("hostile-docx.docx", try DOCXWriter().write(hostile, metadata: metadata)),
                ("hostile-odt.odt", try ODTWriter().write(hostile, metadata: metadata)),
            ] {
                let url = directory.url.appendingPathComponent(name)
                try data.write(to: url)
                documents.append(url)
            }
            if let keep = ProcessInfo.processInfo.environment["PARTICIPE_KEEP_DOCUMENTS"] {
                for url in documents + [markdown] {
                    let target = URL(fileURLWithPath: keep).appendingPathComponent(url.lastPathComponent)
                    try? FileManager.default.removeItem(at: target)
                    try? FileManager.default.copyItem(at: url, to: target)
                }
            }
        }
    }

    /// Plain text with whitespace collapsed and table rules (lines of `-`, `=`, `+`, `|`) removed,
    /// since pandoc draws tables differently depending on what it knows of column widths.
    static func normalized(_ text: String) -> String {
        text.split(separator: "\n")
            .filter { line in !line.allSatisfy { "-=+|: ".contains($0) } }
            .joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(.enabled(if: pandoc != nil, "pandoc is not installed (CI runs .ci/install-document-tools.sh)"))
    func pandocReadsTheSameText() throws {
        let pandoc = try #require(Self.pandoc)
        let outputs = try Outputs()
        let source = try pandoc.run(["-f", "gfm", "-t", "plain", "--wrap=none", outputs.markdown.path])
        try #require(source.status == 0, "\(source.errors)")
        for document in outputs.documents where !document.lastPathComponent.hasPrefix("hostile") {
            var expected = Self.normalized(source.output)
            if document.pathExtension == "odt" {
                // pandoc's ODT reader skips `table:table-header-rows` (jgm/pandoc#9327); the
                // header row is checked in the XML by ODTWriterTests instead.
                expected = expected.replacingOccurrences(of: "N° Exigence Priorité ", with: "")
            }
            let result = try pandoc.run(["-t", "plain", "--wrap=none", document.path])
            #expect(result.status == 0, "pandoc failed on \(document.lastPathComponent): \(result.errors)")
            let actual = Self.normalized(result.output)
            if document.lastPathComponent.hasPrefix("contenu") {
                #expect(actual == expected, "\(document.lastPathComponent) reads differently")
            } else {
                // The title block replaces the first heading, which repeats the title; the table
                // of contents and the title block come before the content.
                let content = String(expected.dropFirst(SampleDocuments.metadata.title.count + 1))
                #expect(actual.contains(content), "\(document.lastPathComponent) lacks the content")
                #expect(actual.contains(SampleDocuments.metadata.title) || document.pathExtension == "docx")
            }
        }
    }

    @Test(.enabled(if: pandoc != nil, "pandoc is not installed (CI runs .ci/install-document-tools.sh)"))
    func pandocReadsHostileTextLiterally() throws {
        let pandoc = try #require(Self.pandoc)
        let outputs = try Outputs()
        for document in outputs.documents where document.lastPathComponent.hasPrefix("hostile") {
            let result = try pandoc.run(["-t", "plain", "--wrap=none", document.path])
            #expect(result.status == 0, "pandoc failed on \(document.lastPathComponent): \(result.errors)")
            #expect(result.output.contains("<script>alert('x')</script>"), "\(document.lastPathComponent)")
            #expect(result.output.contains(SampleDocuments.longWord), "\(document.lastPathComponent)")
        }
    }

    @Test(
        .enabled(
            if: libreOffice != nil, "LibreOffice (soffice) is not installed (CI runs .ci/install-document-tools.sh)"),
        .timeLimit(.minutes(5)))
    func libreOfficeConvertsToPDF() throws {
        let libreOffice = try #require(Self.libreOffice)
        let outputs = try Outputs()
        let pdfDirectory = outputs.directory.url.appendingPathComponent("pdf")
        let profile = outputs.directory.url.appendingPathComponent("profile")
        // One call for every file: starting LibreOffice is the slow part.
        let result = try libreOffice.run(
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf", "--outdir",
                pdfDirectory.path,
            ]
                + outputs.documents.map(\.path))
        #expect(result.status == 0, "\(result.errors)")
        for document in outputs.documents {
            let pdf = pdfDirectory.appendingPathComponent(document.deletingPathExtension().lastPathComponent + ".pdf")
            let name = document.lastPathComponent
            let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
            #expect(size > 1_000, "no PDF for \(name): \(result.output) \(result.errors)")
        }
    }
}
