import Foundation

/// A fresh folder under `NSTemporaryDirectory()`, removed with everything in it when the value goes away.
public final class TemporaryDirectory: Sendable {
    public let path: String

    public init(prefix: String = "participe-tests") throws {
        let name = "\(prefix)-\(UUID().uuidString)"
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A folder kept for the whole test run, as outputs built once and read by several tests from a static value
    /// (which is never released): it is removed when the test process exits.
    public static func forTheWholeRun(prefix: String = "participe-tests") throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory(prefix: prefix)
        RemovedAtExit.shared.keep(directory)
        return directory
    }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The absolute path of `relative` inside the folder.
    public func path(_ relative: String) -> String {
        (path as NSString).appendingPathComponent(relative)
    }

    /// Writes `text` at `relative`, creating intermediate folders; returns the absolute path.
    @discardableResult
    public func write(_ text: String, to relative: String) throws -> String {
        try write(Data(text.utf8), to: relative)
    }

    /// Writes raw bytes at `relative`, creating intermediate folders; returns the absolute path.
    @discardableResult
    public func write(_ data: Data, to relative: String) throws -> String {
        let file = path(relative)
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The text of the file at `relative`.
    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// The names in the folder (or one of its subfolders), sorted, hidden files included.
    public func contents(_ relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? path : path(relative)).sorted()
    }
}

/// The folders kept until the process exits, then removed by one `atexit` handler for them all.
private final class RemovedAtExit: @unchecked Sendable {
    static let shared = RemovedAtExit()

    private let lock = NSLock()
    private var folders: [TemporaryDirectory] = []

    private init() {
        atexit { RemovedAtExit.shared.removeAll() }
    }

    /// Keeps `folder` alive, so that it is not removed when its last user releases it.
    func keep(_ folder: TemporaryDirectory) {
        lock.withLock { folders.append(folder) }
    }

    private func removeAll() {
        for folder in lock.withLock({ folders }) {
            try? FileManager.default.removeItem(atPath: folder.path)
        }
    }
}
