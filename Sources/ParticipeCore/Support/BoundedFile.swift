import Foundation

/// Reads a whole file, but never more than a limit: `/dev/zero` or a 10 GB file is refused after
/// `limit + 1` bytes instead of filling the memory.
enum BoundedFile {
    public enum Failure: Error, Equatable {
        enum Reason: Equatable, Sendable {
            case missing
            case folder
            case denied
            case other(String)
        }

        case tooLarge(Int)
        case unreadable(Reason)
    }

    public static func contents(of path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(reason(errno))) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { return .failure(.unreadable(.folder)) }
            if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit {
                return .failure(.tooLarge(Int(status.st_size)))
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            if count == 0 { return .success(bytes) }
            bytes += chunk[0..<count]
        }
        return .failure(.tooLarge(bytes.count))
    }

    private static func reason(_ code: Int32) -> Failure.Reason {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case EISDIR: .folder
        case EACCES, EPERM: .denied
        default: .other(String(cString: strerror(code)))
        }
    }
}
