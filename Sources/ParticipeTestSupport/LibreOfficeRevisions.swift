import Foundation

/// What LibreOffice sees in a DOCX or ODT file with tracked changes, read by `Tests/Scripts/libreoffice_revisions.py`:
/// each revision with its type, author and date, and the document's text with every change accepted and with
/// every change rejected.
public struct LibreOfficeRevisions: Decodable, Sendable {
    public struct Revision: Decodable, Sendable, Equatable {
        /// `Insert` or `Delete`.
        public var type: String
        public var author: String
        /// `YYYY-MM-DD`.
        public var date: String
    }

    public var revisions: [Revision]
    public var accepted: String
    public var rejected: String

    /// Opens `url` in LibreOffice.
    public static func read(_ url: URL) throws -> LibreOfficeRevisions {
        try JSONDecoder().decode(
            LibreOfficeRevisions.self, from: Data(try LibreOffice.script("libreoffice_revisions.py", url).utf8))
    }

    /// The lines of `text` that hold something, trimmed: LibreOffice's text export keeps the empty paragraphs
    /// that separate tables, which say nothing of the content.
    public static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
