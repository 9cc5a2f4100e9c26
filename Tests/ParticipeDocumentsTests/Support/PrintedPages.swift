import Foundation
import ParticipeTestSupport

/// A PDF read back page by page with poppler's `pdftotext`: what each printed page says, and where its words sit.
struct PrintedPages: Sendable {
    struct Word: Sendable {
        var text: String
        var left: Double
        var right: Double
    }

    /// Each page's text, its layout kept (dot leaders, columns).
    var pages: [String]
    /// Each page's words with their horizontal extent, in points.
    var words: [[Word]]
    var pageWidth: Double
    let pdf: URL

    static let pdftotext = ExternalTool("pdftotext")
    static let pdfimages = ExternalTool("pdfimages")

    init(_ pdf: URL) throws {
        guard let pdftotext = Self.pdftotext else {
            throw ExternalTool.Failure(description: "pdftotext is not installed (poppler-utils)")
        }
        self.pdf = pdf
        let layout = try pdftotext.run(["-layout", pdf.path, "-"])
        guard layout.status == 0 else { throw ExternalTool.Failure(description: layout.errors) }
        pages = layout.output.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        let boxes = try pdftotext.run(["-bbox", pdf.path, "-"])
        guard boxes.status == 0 else { throw ExternalTool.Failure(description: boxes.errors) }
        (words, pageWidth) = Self.words(boxes.output)
    }

    /// How many images each page shows (`pdfimages -list`), pages from 1; asked for only where a test looks for a
    /// logo.
    func imagesPerPage() throws -> [Int: Int] {
        guard let pdfimages = Self.pdfimages else {
            throw ExternalTool.Failure(description: "pdfimages is not installed (poppler-utils)")
        }
        var images: [Int: Int] = [:]
        for line in try pdfimages.run(["-list", pdf.path]).output.split(separator: "\n").dropFirst(2) {
            if let page = line.split(separator: " ").first.flatMap({ Int($0) }) { images[page, default: 0] += 1 }
        }
        return images
    }

    /// The words of `pdftotext -bbox`'s XHTML, page by page, and the first page's width.
    private static func words(_ xhtml: String) -> ([[Word]], Double) {
        var pages: [[Word]] = []
        var width = 0.0
        for line in xhtml.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<page ") {
                pages.append([])
                if width == 0 { width = Double(attribute("width", in: trimmed) ?? "") ?? 0 }
            } else if trimmed.hasPrefix("<word "), let close = trimmed.firstIndex(of: ">"),
                let end = trimmed.range(of: "</word>"), !pages.isEmpty
            {
                let text = String(trimmed[trimmed.index(after: close)..<end.lowerBound])
                pages[pages.count - 1].append(
                    Word(
                        text: text, left: Double(attribute("xMin", in: trimmed) ?? "") ?? 0,
                        right: Double(attribute("xMax", in: trimmed) ?? "") ?? 0))
            }
        }
        return (pages, width)
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// A page's text with its runs of white space made single spaces, for searching words across line breaks.
    func flat(_ page: Int) -> String {
        pages[page].split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The words that go past the text area, `margin` points from each edge of the page (2 cm is 56.7 points),
    /// with a point of tolerance.
    func wordsOutside(margin: Double) -> [(page: Int, word: String)] {
        words.enumerated().flatMap { page, words in
            words.filter { $0.left < margin - 1.5 || $0.right > pageWidth - margin + 1.5 }.map { (page + 1, $0.text) }
        }
    }

    /// The entries of the table of contents: each line ending in dot leaders and a page number.
    var tableOfContents: [(text: String, page: Int)] {
        var entries: [(String, Int)] = []
        for page in pages.prefix(4) {
            for line in page.split(separator: "\n") {
                guard let leader = line.range(of: "...") else { continue }
                let text = line[..<leader.lowerBound].trimmingCharacters(in: .whitespaces)
                let number = line[leader.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                if let page = Int(number), !text.isEmpty { entries.append((text, page)) }
            }
        }
        return entries
    }
}
