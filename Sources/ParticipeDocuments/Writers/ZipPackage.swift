import Foundation
import ZIPFoundation

/// The ZIP container of DOCX and ODT files, built in memory.
package struct ZipPackage {
    package struct Part {
        var path: String
        var data: Data
        /// ODT requires its `mimetype` part stored, not deflated.
        var isCompressed: Bool
    }

    package private(set) var parts: [Part] = []

    package init() {}

    package mutating func add(_ path: String, _ text: String, compressed: Bool = true) {
        parts.append(Part(path: path, data: Data(text.utf8), isCompressed: compressed))
    }

    package mutating func add(_ path: String, data: Data) {
        parts.append(Part(path: path, data: data, isCompressed: true))
    }

    /// The archive's bytes, parts in the order they were added.
    package func archived() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        // A fixed date keeps output reproducible.
        let date = Date(timeIntervalSince1970: 1_704_067_200)
        for part in parts {
            let data = part.data
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: part.isCompressed ? .deflate : .none,
                provider: { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<Swift.min(start + size, data.count))
                })
        }
        guard let data = archive.data else { throw DocumentWriterError.archiveFailed }
        return data
    }

    /// Every entry of an archive with its bytes and whether it is stored uncompressed, in
    /// archive order (tests check ODT's leading `mimetype`).
    package static func entries(of archiveData: Data) throws -> [(path: String, data: Data, isStored: Bool)] {
        let archive = try Archive(data: archiveData, accessMode: .read)
        var result: [(path: String, data: Data, isStored: Bool)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            result.append((entry.path, data, !entry.isCompressed))
        }
        return result
    }

    /// The text of each part of an existing archive, by path.
    package static func textParts(of url: URL, paths: [String]) throws -> [String: String] {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: "not a ZIP archive")
        }
        var result: [String: String] = [:]
        for path in paths {
            guard let entry = archive[path] else { continue }
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            result[path] = String(decoding: data, as: UTF8.self)
        }
        return result
    }
}

/// Why a document could not be written.
public enum DocumentWriterError: Error, Equatable, CustomStringConvertible {
    case archiveFailed
    /// A `--reference-doc` file that is not a usable DOCX or ODT.
    case unreadableReferenceDocument(String, reason: String)

    public var description: String {
        switch self {
        case .archiveFailed:
            return "could not build the document's ZIP archive"
        case .unreadableReferenceDocument(let path, let reason):
            return "\(path): error: unusable reference document: \(reason)"
        }
    }
}
