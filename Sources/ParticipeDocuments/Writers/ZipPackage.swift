import Foundation
import ParticipeCore
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

    /// Bounds on what is read from an archive someone else made (a `--reference-doc`), so that a zip bomb
    /// (a few hundred kilobytes inflating to gigabytes) is refused instead of filling the memory.
    package struct ReadLimits: Sendable {
        /// The most bytes one part may hold, declared or actually inflated (a header can lie).
        package var maximumPartSize: Int
        /// The most entries the archive may list.
        package var maximumEntries: Int

        package init(maximumPartSize: Int, maximumEntries: Int) {
            self.maximumPartSize = maximumPartSize
            self.maximumEntries = maximumEntries
        }

        /// 16 MiB per part and 10,000 entries: a large Word template's `styles.xml` is a few hundred kilobytes.
        package static let standard = ReadLimits(maximumPartSize: 16 << 20, maximumEntries: 10_000)
    }

    /// Thrown from inside the inflating loop to stop it as soon as a part outgrows its bound.
    private struct PartOverflow: Error {}

    /// An archive someone else made, its parts read one at a time within bounds.
    package struct Reader {
        let url: URL
        let limits: ReadLimits
        private let archive: Archive
        private var entries: [String: Entry] = [:]

        package init(url: URL, limits: ReadLimits = .standard) throws {
            self.url = url
            self.limits = limits
            do {
                archive = try Archive(url: url, accessMode: .read)
            } catch {
                throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: .notZip)
            }
            var count = 0
            for entry in archive {
                count += 1
                guard count <= limits.maximumEntries else {
                    throw DocumentWriterError.tooManyReferenceEntries(url.path, limit: limits.maximumEntries)
                }
                if entries[entry.path] == nil { entries[entry.path] = entry }
            }
        }

        /// The bytes of the part at `path`, nil when the archive has none.
        package func data(_ path: String) throws -> Data? {
            guard let entry = entries[path] else { return nil }
            let tooLarge = DocumentWriterError.referencePartTooLarge(
                url.path, part: path, limit: limits.maximumPartSize)
            guard entry.type == .file else {
                throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: .partNotFile(path))
            }
            let limit = UInt64(limits.maximumPartSize)
            guard entry.uncompressedSize <= limit, entry.compressedSize <= limit else { throw tooLarge }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard data.count + chunk.count <= limits.maximumPartSize else { throw PartOverflow() }
                    data.append(chunk)
                }
            } catch is PartOverflow {
                throw tooLarge
            } catch {
                throw DocumentWriterError.unreadableReferenceDocument(url.path, reason: .damagedPart(path))
            }
            return data
        }

        /// The text of the part at `path`, nil when the archive has none.
        package func text(_ path: String) throws -> String? {
            try data(path).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
