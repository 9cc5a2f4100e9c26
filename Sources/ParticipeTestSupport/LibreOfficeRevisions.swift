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

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var revisions: [Revision]
    public var accepted: String
    public var rejected: String

    /// The Python that can drive LibreOffice (one that imports `uno`, as Debian's python3-uno gives the system's
    /// Python), if LibreOffice is installed too.
    public static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let hasOffice = path.split(separator: ":").contains { folder in
            FileManager.default.isExecutableFile(atPath: "\(folder)/soffice")
        }
        guard hasOffice else { return nil }
        let candidates = ["/usr/bin/python3"] + path.split(separator: ":").map { "\($0)/python3" }
        return candidates.first { candidate in
            FileManager.default.isExecutableFile(atPath: candidate)
                && (try? run(candidate, ["-c", "import uno"]).status) == 0
        }
    }()

    /// Opens `url` in LibreOffice.
    public static func read(_ url: URL) throws -> LibreOfficeRevisions {
        guard let python else {
            throw Failure(description: "LibreOffice or its Python bridge (python3-uno) is missing")
        }
        let script = Fixtures.packageRoot + "/Tests/Scripts/libreoffice_revisions.py"
        let (status, output, errors) = try run(python, [script, url.path])
        guard status == 0 else { throw Failure(description: "libreoffice_revisions.py failed: \(errors)") }
        return try JSONDecoder().decode(LibreOfficeRevisions.self, from: Data(output.utf8))
    }

    /// The lines of `text` that hold something, trimmed: LibreOffice's text export keeps the empty paragraphs
    /// that separate tables, which say nothing of the content.
    public static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let finished = try runProcess(process)
        return (finished.status, try finished.text("stdout"), try finished.text("stderr"))
    }
}
