import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Atomic writes: one temporary per save, the mode and links kept, errors as sentences")
struct AtomicFileTests {
    @Test func aNewFileLeavesNoTemporary() throws {
        let folder = try TemporaryDirectory()
        try AtomicFile.write("un", to: folder.path("f.txt"))
        try AtomicFile.write("deux", to: folder.path("f.txt"))
        #expect(try folder.read("f.txt") == "deux")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["f.txt"])
    }

    @Test func theModeOfTheFileIsKept() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("un", to: "f.txt")
        for mode in [0o600, 0o640, 0o444] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            try AtomicFile.write("deux", to: path)
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == mode)
        }
    }

    @Test func aChainOfLinksIsFollowedToTheFile() throws {
        let folder = try TemporaryDirectory()
        try folder.write("un", to: "real/f.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("one"), withDestinationPath: "real/f.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("two"), withDestinationPath: folder.path("one"))
        try AtomicFile.write("deux", to: folder.path("two"))
        #expect(try folder.read("real/f.txt") == "deux")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("two")) == folder.path("one"))
        // A dangling link: the file it names is created.
        try FileManager.default.createSymbolicLink(atPath: folder.path("dangling"), withDestinationPath: "real/new.txt")
        try AtomicFile.write("trois", to: folder.path("dangling"))
        #expect(try folder.read("real/new.txt") == "trois")
    }

    @Test func aLoopOfLinksIsRefused() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: folder.path("a"), withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: folder.path("b"), withDestinationPath: "a")
        #expect(throws: AtomicFileError(path: folder.path("a"), code: ELOOP)) {
            try AtomicFile.write("x", to: folder.path("a"))
        }
    }

    @Test func onlyTheTemporariesOfEndedProcessesAreRemoved() throws {
        let folder = try TemporaryDirectory()
        let alive = ".f.txt.\(getpid()).abc.tmp"
        let ended = ".f.txt.\(Int32.max - 1).abc.tmp"
        try folder.write("", to: alive)
        try folder.write("", to: ended)
        try folder.write("", to: ".g.txt.\(Int32.max - 1).abc.tmp")
        try AtomicFile.write("x", to: folder.path("f.txt"))
        let entries = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(entries == ["f.txt", alive, ".g.txt.\(Int32.max - 1).abc.tmp"])
    }

    @Test func errorsReadAsSentences() {
        #expect(
            AtomicFileError(path: "out/cctp.docx", code: ENOSPC).message(language: .english)
                == "disk full while writing out/cctp.docx")
        #expect(
            AtomicFileError(path: "out/cctp.docx", code: ENOSPC).message(language: .french)
                == "disque plein lors de l'écriture de « out/cctp.docx »")
        #expect(AtomicFileError(path: "a", code: EACCES).message(language: .english) == "permission denied to write a")
        #expect(
            AtomicFileError(path: "a", code: EROFS).message(language: .french)
                == "impossible d'écrire « a » : le disque est en lecture seule")
    }

    @Test func writingIntoAFileAsIfItWereAFolderFails() throws {
        let folder = try TemporaryDirectory()
        try folder.write("x", to: "file")
        #expect(throws: AtomicFileError(path: folder.path("file/f.txt"), code: ENOTDIR)) {
            try AtomicFile.write("x", to: folder.path("file/f.txt"))
        }
    }
}
