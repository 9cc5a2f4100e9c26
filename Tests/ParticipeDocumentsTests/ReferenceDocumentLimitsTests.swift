import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeDocuments

@Suite("Reading a reference document within bounds")
struct ReferenceDocumentLimitsTests {
    /// 1 MiB per part and 8 entries, so that the bombs stay small in the test.
    static let limits = ZipPackage.ReadLimits(maximumPartSize: 1 << 20, maximumEntries: 8)

    /// A DOCX-like archive whose `word/styles.xml` holds `size` zero bytes, deflated to a few kilobytes.
    static func bomb(size: Int, extraEntries: Int = 0) throws -> Data {
        var package = ZipPackage()
        package.add("[Content_Types].xml", "<Types/>")
        package.add("word/styles.xml", data: Data(count: size))
        for index in 0..<extraEntries { package.add("word/media/\(index).xml", "<x/>") }
        return try package.archived()
    }

    /// Rewrites the uncompressed size every header declares for the entry at `name` (local header and central
    /// directory), as a lying archive would; returns the data and how many headers were rewritten.
    static func declaring(_ size: UInt32, for name: String, in archive: Data) -> (Data, Int) {
        var bytes = [UInt8](archive)
        let nameBytes = Array(name.utf8)
        var rewritten = 0
        func readUInt16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func writeUInt32(_ value: UInt32, _ at: Int) {
            for index in 0..<4 { bytes[at + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
        }
        var offset = 0
        while offset + 46 < bytes.count {
            let signature = Array(bytes[offset..<offset + 4])
            if signature == [0x50, 0x4B, 0x03, 0x04],
                Array(bytes[offset + 30..<offset + 30 + nameBytes.count]) == nameBytes,
                readUInt16(offset + 26) == nameBytes.count
            {
                writeUInt32(size, offset + 22)
                rewritten += 1
            } else if signature == [0x50, 0x4B, 0x01, 0x02], readUInt16(offset + 28) == nameBytes.count,
                Array(bytes[offset + 46..<offset + 46 + nameBytes.count]) == nameBytes
            {
                writeUInt32(size, offset + 24)
                rewritten += 1
            }
            offset += 1
        }
        return (Data(bytes), rewritten)
    }

    static func parts(of data: Data) throws -> [String: String] {
        let folder = try TemporaryDirectory()
        let url = folder.url.appendingPathComponent("modele.docx")
        try data.write(to: url)
        // Read as the writers read a reference document.
        let reader = try ZipPackage.Reader(url: url, limits: limits)
        var parts: [String: String] = [:]
        for path in ["word/styles.xml", "word/numbering.xml"] { parts[path] = try reader.text(path) }
        return parts
    }

    @Test func aPartWithinTheBoundIsRead() throws {
        let parts = try Self.parts(of: try Self.bomb(size: 1 << 20))
        #expect(parts["word/styles.xml"]?.utf8.count == 1 << 20)
    }

    @Test func aPartDeclaredLargerThanTheBoundIsRefusedBeforeInflating() throws {
        let archive = try Self.bomb(size: (1 << 20) + 1)
        #expect(archive.count < 16_384, "the bomb is small: \(archive.count) bytes")
        #expect(throws: DocumentWriterError.self) { try Self.parts(of: archive) }
        do {
            _ = try Self.parts(of: archive)
        } catch let error as DocumentWriterError {
            guard case .referencePartTooLarge(let path, "word/styles.xml", 1 << 20) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path.hasSuffix("/modele.docx"))
            #expect(
                error.message(language: .english)
                    == "\(path): error: reference document refused: its part word/styles.xml inflates to more than "
                    + "1 MiB (the limit for one part)")
            #expect(
                error.message(language: .french)
                    == "\(path): erreur : document de référence refusé : sa partie word/styles.xml dépasse 1 Mio une "
                    + "fois décompressée (la limite par partie)")
        }
    }

    @Test func aPartWhoseHeaderLiesIsStoppedWhileInflating() throws {
        // 4 MiB of zeros declared as 100 bytes: only the count of bytes actually inflated can refuse it.
        let (archive, rewritten) = Self.declaring(100, for: "word/styles.xml", in: try Self.bomb(size: 4 << 20))
        #expect(rewritten == 2, "the local header and the central directory both lie")
        do {
            _ = try Self.parts(of: archive)
            Issue.record("a part inflating past its bound was read")
        } catch let error as DocumentWriterError {
            guard case .referencePartTooLarge(_, "word/styles.xml", 1 << 20) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
    }

    @Test func tooManyEntriesAreRefused() throws {
        let archive = try Self.bomb(size: 10, extraEntries: 7)
        #expect(throws: DocumentWriterError.self) { try Self.parts(of: archive) }
        do {
            _ = try Self.parts(of: archive)
        } catch let error as DocumentWriterError {
            guard case .tooManyReferenceEntries(_, 8) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
        #expect(try Self.parts(of: try Self.bomb(size: 10, extraEntries: 6))["word/styles.xml"]?.count == 10)
    }

    @Test func theStandardBoundsAreSixteenMebibytesAndTenThousandEntries() {
        #expect(ZipPackage.ReadLimits.standard.maximumPartSize == 16 * 1_024 * 1_024)
        #expect(ZipPackage.ReadLimits.standard.maximumEntries == 10_000)
    }
}

@Suite("Write failures as sentences")
struct ExportFailureTests {
    @Test func aFullDiskIsSaidSo() {
        let failure = ExportFailure(
            kind: .write("out/cctp.docx", code: ENOSPC), written: ["out/cctp.md", "out/cctp.html"],
            notWritten: ["out/cctp.docx", "out/cctp.odt"])
        #expect(
            failure.message(language: .english)
                == "error: disk full while writing out/cctp.docx\n2 file(s) written before the failure: out/cctp.md, "
                + "out/cctp.html. The other 2 were not written: each is absent or in its previous version.")
        #expect(
            failure.message(language: .french)
                == "erreur : disque plein lors de l'écriture de « out/cctp.docx »\n2 fichier(s) écrit(s) avant l'échec : "
                + "out/cctp.md, out/cctp.html. Les 2 autre(s) n'ont pas été écrits : chacun est absent ou dans sa "
                + "version précédente.")
        let diagnostic = failure.diagnostic(in: .english)
        #expect(diagnostic.code == "file.cannot-write")
        #expect(diagnostic.message == "disk full while writing out/cctp.docx")
        #expect(diagnostic.notes.count == 1)
    }

    @Test func aDocumentThatCannotBeMadeSaysWhyInTheUsersLanguage() {
        let failure = ExportFailure(
            kind: .render(
                "out/cctp.docx", error: DocumentWriterError.unreadableReferenceDocument("modele.docx", reason: .notZip)),
            written: [], notWritten: [])
        #expect(
            failure.message(language: .french)
                == "erreur : impossible de produire out/cctp.docx : modele.docx: erreur : document de référence "
                + "inutilisable : ce n'est pas une archive ZIP\nAucun fichier n'a été écrit ; le dossier de sortie est "
                + "resté tel qu'il était.")
        #expect(
            failure.message(language: .english)
                == "error: cannot make out/cctp.docx: modele.docx: error: unusable reference document: not a ZIP "
                + "archive\nNo file was written; the output folder is as it was.")
    }

    @Test func theErrnoIsFoundInTheErrorsFoundationThrows() {
        #expect(ExportFailure.errorCode(of: POSIXError(.ENOSPC)) == ENOSPC)
        #expect(ExportFailure.errorCode(of: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))) == EROFS)
        #expect(ExportFailure.errorCode(of: CocoaError(.fileWriteOutOfSpace)) == ENOSPC)
        let wrapped = NSError(
            domain: NSCocoaErrorDomain, code: 512,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOTDIR))])
        #expect(ExportFailure.errorCode(of: wrapped) == ENOTDIR)
    }

    @Test func writingIntoAFileAsIfItWereAFolderNamesTheFileNotWritten() throws {
        let folder = try TemporaryDirectory()
        let file = folder.url.appendingPathComponent("fichier").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        let exporter = try DocumentExporter(formats: [.md])
        let files = [DocumentExporter.OutputFile(path: file + "/out/a.md", data: Data("a".utf8))]
        do {
            _ = try exporter.write(files, into: file + "/out")
            Issue.record("a folder was created under a file")
        } catch {
            #expect(error.written.isEmpty && error.notWritten == [file + "/out/a.md"])
            #expect(
                error.message(language: .english)
                    == "error: cannot create the folder \(file)/out: a file has its name or the name of a folder "
                    + "above it\nNo file was written; the output folder is as it was.")
        }
    }
}
