import Foundation

/// The files of a kit folder packed into one fuzz input, so the fuzzer can reach `include`d files too.
///
/// The input is `kit.yaml` up to the first line `#%file NAME`, then each named file up to the next such line.
/// The marker is a YAML comment: a plain `kit.yaml` is a bundle of one file. Names stay inside the folder
/// (relative, no `..`): a name that escapes is dropped with its content, as the point is to test the loader,
/// not to let the fuzzer write anywhere on this machine.
struct KitBundle {
    static let marker = Array("#%file ".utf8)
    static let maximumFiles = 64

    var files: [(name: String, bytes: [UInt8])] = []

    init(_ bytes: [UInt8]) {
        var name: String? = "kit.yaml"
        var lines: [ArraySlice<UInt8>] = []
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            guard line.starts(with: Self.marker) else {
                lines.append(line)
                continue
            }
            if let name { files.append((name, Self.join(lines))) }
            name = Self.safeName(line.dropFirst(Self.marker.count))
            lines = []
        }
        if let name { files.append((name, Self.join(lines))) }
        files = Array(files.prefix(Self.maximumFiles))
    }

    /// The lines back as they were: a bundle of one file gives back its input unchanged.
    private static func join(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
        Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// `name` if it is a relative path of plain components, else nil.
    static func safeName(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let name = String(validating: bytes, as: UTF8.self), (1...100).contains(name.utf8.count) else {
            return nil
        }
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2E
                || byte == 0x2D || byte == 0x5F || byte == 0x2F
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard allowed, components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return name
    }

    /// Writes every file under `directory`; a later file of the same name replaces an earlier one.
    func write(into directory: String) {
        for (name, bytes) in files {
            let path = directory + "/" + name
            let folder = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
    }
}
