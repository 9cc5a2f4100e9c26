import Foundation

/// A scratch folder of this process, for the targets whose API reads files: kits, answers, output folders.
///
/// It lives in `/dev/shm` when there is one: a fuzzer writes thousands of files a second.
public final class FuzzWorkspace: Sendable {
    public let root: String

    public static let shared = FuzzWorkspace()

    private init() {
        let base =
            FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        root = (base as NSString).appendingPathComponent("participe-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// An empty folder `name`, emptied if a previous input left files in it.
    func fresh(_ name: String) -> String? {
        let path = root + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            return nil
        }
        return path
    }

    /// Writes `bytes` to the file `name`; nil if it cannot.
    func write(_ bytes: [UInt8], to name: String) -> String? {
        let path = root + "/" + name
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return FileManager.default.createFile(atPath: path, contents: Data(bytes)) ? path : nil
    }

    /// Removes the folder; the next input that needs it makes it again.
    public func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
