import Foundation
import ParticipeTestSupport

/// The shipped samples' documents printed once for all the tests that read their pages: every DOCX and ODT
/// converted to PDF by LibreOffice, and the HTML pages of a few samples printed by headless Chromium.
final class PrintedDocuments: Sendable {
    struct Printed: Sendable {
        /// The generated document.
        var source: URL
        var pdf: URL
    }

    let directory: TemporaryDirectory
    let printed: [Printed]
    /// Each printed document's pages, read once for every test.
    let pages: [(source: URL, pages: PrintedPages)]

    static let libreOffice = ExternalTool("soffice") ?? ExternalTool("libreoffice")
    static let chromium = ExternalTool("chromium") ?? ExternalTool("chromium-browser")
    /// Whether every tool the printed pages need is installed (CI installs them).
    static let canPrint = libreOffice != nil && chromium != nil && PrintedPages.pdftotext != nil
    /// The samples whose HTML pages are printed too: a commune, a divided purchase, a tribunal.
    static let htmlSamples = ["commune-budget-participatif", "metropole-mobilite", "avion"]

    /// Printed once, on a thread of its own: it takes minutes of waiting on LibreOffice and Chromium.
    private static let printing = Task { try await onOwnThread { try PrintedDocuments() } }

    static func shared() async throws -> PrintedDocuments { try await printing.value }

    private init() throws {
        directory = try TemporaryDirectory.forTheWholeRun(prefix: "participe-printed")
        guard let libreOffice = Self.libreOffice, let chromium = Self.chromium else {
            throw ExternalTool.Failure(description: "LibreOffice and Chromium are needed to print the documents")
        }
        let shipped = try ShippedDocuments.shared.get()
        var office: [(source: URL, copy: URL)] = []
        var htmlPages: [(source: URL, pdf: URL)] = []
        for (index, output) in shipped.outputs.enumerated() {
            let sample = URL(fileURLWithPath: output.sample).deletingPathExtension().lastPathComponent
            for file in output.files {
                // Unique names: every sample has a cahier-des-charges.docx.
                let name = "s\(index)-\(file.pathExtension)-\(file.deletingPathExtension().lastPathComponent)"
                switch file.pathExtension {
                case "docx", "odt":
                    let copy = directory.url.appendingPathComponent(name + "." + file.pathExtension)
                    try FileManager.default.copyItem(at: file, to: copy)
                    office.append((file, copy))
                case "html" where Self.htmlSamples.contains(sample):
                    htmlPages.append((file, directory.url.appendingPathComponent("pdf/\(name).pdf")))
                default:
                    continue
                }
            }
        }
        let pdfs = directory.url.appendingPathComponent("pdf")
        let profile = directory.url.appendingPathComponent("profile")
        let converted = try libreOffice.run(
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf", "--outdir",
                pdfs.path,
            ]
                + office.map(\.copy.path))
        guard converted.status == 0 else { throw ExternalTool.Failure(description: converted.errors) }
        var printed = office.map { source, copy in
            Printed(
                source: source,
                pdf: pdfs.appendingPathComponent(copy.deletingPathExtension().lastPathComponent + ".pdf"))
        }
        let browserProfile = directory.url.appendingPathComponent("chromium")
        for (source, pdf) in htmlPages {
            let result = try chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(browserProfile.path)", "--print-to-pdf=\(pdf.path)", source.absoluteString,
            ])
            guard result.status == 0 else { throw ExternalTool.Failure(description: result.errors) }
            printed.append(Printed(source: source, pdf: pdf))
        }
        self.printed = printed
        self.pages = try printed.map { ($0.source, try PrintedPages($0.pdf)) }
    }
}
