import Foundation
import ParticipeTestSupport
import Testing

/// `generate --format pdf`: LibreOffice makes each document's PDF from its ODT when it is installed; without it, a
/// clear error names the package to install and nothing is written.
@Suite("participe generate --format pdf")
struct PDFFormatTests {
    static let office = tool("soffice") ?? tool("libreoffice")
    /// In CI, LibreOffice is installed by `.ci/run`: a missing one fails the test rather than skipping it.
    static let required = office != nil || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: required, "LibreOffice is not installed")) func everyDocumentGetsItsPDF() throws {
        let folder = try TemporaryDirectory()
        let run = try participe("generate", demoAnswers, "--format", "md,pdf", "-o", folder.path("out"))
        #expect(run.exitCode == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("out"))
        let documents = files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        #expect(!documents.isEmpty)
        #expect(Set(files) == Set(documents.flatMap { ["\($0).md", "\($0).pdf"] }), "\(files)")
        for document in documents {
            let pdf = try Data(contentsOf: URL(fileURLWithPath: folder.path("out/\(document).pdf")))
            #expect(pdf.starts(with: Array("%PDF".utf8)), "\(document).pdf")
            // The PDF says what the document says: its first heading is in the text LibreOffice laid out.
            guard let pdftotext = Self.tool("pdftotext") else { continue }
            let text = try Self.output(pdftotext, [folder.path("out/\(document).pdf"), "-"])
            let markdown = try String(contentsOfFile: folder.path("out/\(document).md"), encoding: .utf8)
            let heading = markdown.split(separator: "\n").first { $0.hasPrefix("## ") }.map { $0.dropFirst(3) } ?? ""
            let words = heading.split(separator: " ").prefix(3).joined(separator: " ")
            #expect(Self.flat(text).contains(words), "\(document).pdf lacks « \(words) »")
        }
    }

    @Test func withoutLibreOfficeNothingIsWrittenAndThePackageIsNamed() throws {
        let folder = try TemporaryDirectory()
        let missing = ["PARTICIPE_SOFFICE": folder.path("no-soffice")]
        let french = try participe(
            "generate", demoAnswers, "--format", "docx,pdf", "-o", folder.path("out"), environment: missing)
        #expect(french.exitCode == 2)
        #expect(french.stderr.contains("le format pdf demande LibreOffice"), "\(french.stderr)")
        #expect(french.stderr.contains("libreoffice-writer") && french.stderr.contains("PARTICIPE_SOFFICE"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")), "nothing is written")
        let english = try participe(
            "generate", demoAnswers, "--format", "pdf", "-o", folder.path("out"), "--lang", "en", environment: missing)
        #expect(english.exitCode == 2)
        #expect(english.stderr.contains("the pdf format needs LibreOffice"), "\(english.stderr)")
        // `all` is every format but PDF: it never needs LibreOffice.
        let all = try participe("generate", demoAnswers, "-o", folder.path("all"), environment: missing)
        #expect(all.exitCode == 0, "\(all.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path("all"))
        #expect(!written.isEmpty && !written.contains { $0.hasSuffix(".pdf") })
    }

    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static func output(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        return try runProcess(process, timeout: 60).text("stdout")
    }

    static func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
