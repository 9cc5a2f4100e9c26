import Foundation

/// LibreOffice driven through its Python bridge by the scripts of `Tests/Scripts`, for tests that check what a
/// real office suite makes of Participe's files.
public enum LibreOffice {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

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

    /// What `Tests/Scripts/<name>` prints about `file`.
    public static func script(_ name: String, _ file: URL) throws -> String {
        guard let python else {
            throw Failure(description: "LibreOffice or its Python bridge (python3-uno) is missing")
        }
        let (status, output, errors) = try run(python, [Fixtures.packageRoot + "/Tests/Scripts/" + name, file.path])
        guard status == 0 else { throw Failure(description: "\(name) failed: \(errors)") }
        return output
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let finished = try runProcess(process)
        return (finished.status, try finished.text("stdout"), try finished.text("stderr"))
    }
}

/// A spreadsheet as LibreOffice Calc computes it, read by `Tests/Scripts/libreoffice_sheets.py`.
public struct LibreOfficeSheets: Decodable, Sendable {
    public enum Value: Decodable, Sendable, Equatable {
        case number(Double)
        case text(String)

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    public struct Sheet: Decodable, Sendable {
        public var name: String
        /// The first and last rows (from 0) repeated at the top of printed pages; nil when none.
        public var titleRows: [Int]?
        /// Each cell's formula as LibreOffice reads it (`=SUM(F2:F9)`), nil for a value.
        public var formulas: [[String?]]
        /// Each cell's value after LibreOffice recomputed every formula; nil for an empty cell.
        public var cells: [[Value?]]
    }

    public var sheets: [Sheet]

    /// Opens `url` in LibreOffice Calc.
    public static func read(_ url: URL) throws -> LibreOfficeSheets {
        try JSONDecoder().decode(
            LibreOfficeSheets.self, from: Data(try LibreOffice.script("libreoffice_sheets.py", url).utf8))
    }
}
