import Foundation

/// Documents as PDF, by LibreOffice's headless conversion of their ODT: buyers publish the consultation file as PDF
/// beside the editable files. Participe needs LibreOffice for this format only.
public struct PDFConverter: Sendable {
    /// LibreOffice's `soffice`.
    public let office: String
    /// How long LibreOffice may take for all the documents of a run, in seconds.
    public var timeout: Double = 300

    public init(office: String) {
        self.office = office
    }

    /// Why no PDF could be made.
    public enum Failure: Error, Sendable {
        /// LibreOffice could not be started, ended in error or wrote no PDF for a document.
        case conversion(document: String, detail: String)
        /// LibreOffice took longer than `timeout` and was stopped.
        case timedOut(seconds: Int)
    }

    /// LibreOffice's `soffice`: `PARTICIPE_SOFFICE` when it names one, else `soffice` or `libreoffice` on the `PATH`,
    /// else where LibreOffice's installers put it. Nil when there is none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let manager = FileManager.default
        if let named = environment["PARTICIPE_SOFFICE"], !named.isEmpty {
            return manager.isExecutableFile(atPath: named) ? named : nil
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let candidates =
            folders.flatMap { ["\($0)/soffice", "\($0)/libreoffice"] } + [
                "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice",
            ]
        return candidates.first { manager.isExecutableFile(atPath: $0) }
    }

    /// The PDF of each document, given as its name and its ODT, in the same order. LibreOffice runs once for all of
    /// them, with a profile of its own so that an office already open is left alone.
    public func convert(_ documents: [(name: String, odt: Data)]) throws(Failure) -> [Data] {
        guard !documents.isEmpty else { return [] }
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent("participe-pdf-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: work) }
        let output = work.appendingPathComponent("pdf")
        var sources: [String] = []
        do {
            try manager.createDirectory(at: output, withIntermediateDirectories: true)
            for (index, document) in documents.enumerated() {
                // Numbered names: a document's own name may hold anything LibreOffice would read as an option.
                let source = work.appendingPathComponent("\(index + 1).odt")
                try document.odt.write(to: source)
                sources.append(source.path)
            }
        } catch {
            throw .conversion(document: documents[0].name, detail: "\(error)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments =
            [
                "-env:UserInstallation=" + work.appendingPathComponent("profile").absoluteString, "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", output.path,
            ] + sources
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .conversion(document: documents[0].name, detail: "\(error)")
        }
        let start = Date()
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                process.terminate()
                process.waitUntilExit()
                throw .timedOut(seconds: Int(timeout))
            }
            usleep(20_000)
        }
        return try documents.indices.map { index throws(Failure) -> Data in
            let pdf = output.appendingPathComponent("\(index + 1).pdf")
            guard let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
                throw .conversion(
                    document: documents[index].name, detail: "exit status \(process.terminationStatus), no PDF written")
            }
            return data
        }
    }
}
