import Foundation

/// Whole-file writes that never leave a half-written file behind: the one way the project writes a file.
///
/// Each save writes a temporary file of its own beside the target (`.<name>.<pid>.<random>.tmp`),
/// flushes it to disk, gives it the target's permissions, then renames it over the target and flushes
/// the folder. A symbolic link is followed: its target is replaced, the link stays. A process killed
/// mid-save leaves at most its temporary file; the next save of the same file removes those whose
/// process is gone.
package enum AtomicFile {
    /// Writes `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(AtomicFileError) {
        try write(Data(text.utf8), to: path)
    }

    /// Removes the temporaries a killed process left beside `path`, as a program opening that file starts.
    public static func removeStaleTemporaries(besides path: String) {
        guard let target = try? resolvingLinks(path) else { return }
        let url = URL(fileURLWithPath: target)
        removeStaleTemporaries(of: url.lastPathComponent, in: url.deletingLastPathComponent().path)
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(AtomicFileError) {
        let target = try resolvingLinks(path)
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        removeStaleTemporaries(of: name, in: directory)

        var existing = stat()
        let mode: mode_t? = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : nil
        let temporary = directory + "/" + temporaryName(for: name)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw AtomicFileError(path: path, code: errno) }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, let mode, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw AtomicFileError(path: path, code: failure)
        }
        syncFolder(directory)
    }

    /// The file a path stands for once symbolic links are followed, even when the last one dangles
    /// (the file it names is then created).
    static func resolvingLinks(_ path: String) throws(AtomicFileError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let destination = FolderBoundary.linkTarget(current) else {
                throw AtomicFileError(path: path, code: errno)
            }
            current =
                destination.hasPrefix("/")
                ? destination : URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + destination
        }
        throw AtomicFileError(path: path, code: ELOOP)
    }

    private static let temporarySuffix = ".tmp"

    private static func temporaryName(for name: String) -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return ".\(name).\(getpid()).\(random)\(temporarySuffix)"
    }

    /// Removes the temporaries of `name` left by processes that no longer run.
    package static func removeStaleTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(temporarySuffix) {
            let middle = entry.dropFirst(prefix.count).dropLast(temporarySuffix.count)
            guard let pid = middle.split(separator: ".").first.flatMap({ pid_t($0) }), pid > 0 else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(directory + "/" + entry) }
        }
    }

    /// Flushes the folder itself, so that the rename survives a power cut.
    private static func syncFolder(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
