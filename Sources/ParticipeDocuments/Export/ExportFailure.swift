import Foundation
import ParticipeCore

/// Why `generate` stopped, what it had written by then and what it had not.
public struct ExportFailure: Error, CustomStringConvertible {
    public enum Kind: Sendable {
        /// A document's file name that is not a plain name, found before anything is written.
        case unsafeName(String, FolderBoundary.Refusal)
        /// A file that would land outside the output folder (a symbolic link there leads elsewhere).
        case outsideFolder(String, FolderBoundary.Refusal)
        /// A document that could not be made (its ZIP archive), before anything is written.
        case render(String, error: any Error)
        /// The output folder could not be created.
        case folder(String, code: Int32?)
        /// A file could not be written; `code` is the `errno` when one is known.
        case write(String, code: Int32?)
        /// PDF was asked for and no LibreOffice was found, before anything is written.
        case officeMissing
        /// LibreOffice made no PDF, before anything is written.
        case pdf(PDFConverter.Failure)
    }

    public var kind: Kind
    /// The files written before the failure, in order; each is complete and new.
    public var written: [String]
    /// The files not written, the failing one first; each is absent or as it was before the run.
    public var notWritten: [String]

    public var description: String { message(language: .english) }

    /// What happened, as sentences in `language`: the failure, then what was written.
    public func message(language: Language) -> String {
        FileMessage.errorPrefix.text(in: language) + head(language: language).text(in: language) + "\n"
            + outcome.text(in: language)
    }

    /// The failure as a `Diagnostic` worded in `language`, with its code (`file.cannot-write`), and what was
    /// written as a note.
    public func diagnostic(in language: Language) -> Diagnostic {
        Diagnostic(head(language: language), in: language, at: nil, notes: [outcome.text(in: language)])
    }

    private func head(language: Language) -> FileMessage {
        switch kind {
        case .unsafeName(let name, let refusal): .notAPlainName(name, refusal)
        case .outsideFolder(let path, let refusal): .outsideOutputFolder(path, refusal)
        case .render(let path, let error):
            .cannotMake(path, reason: (error as? DocumentWriterError)?.message(language: language) ?? "\(error)")
        case .folder(let path, let code): .cannotCreateFolder(path: path, code: code)
        case .write(let path, let code): .cannotWrite(path: path, code: code)
        case .officeMissing: .officeMissing
        case .pdf(.conversion(let document, let detail)): .pdfFailed(document: document, detail: detail)
        case .pdf(.timedOut(let seconds)): .pdfTimedOut(seconds: seconds)
        }
    }

    private var outcome: FileMessage {
        written.isEmpty ? .nothingWritten : .writtenBeforeFailure(written: written, notWritten: notWritten.count)
    }

    /// The `errno` behind an error thrown while writing, when it can be found: a `POSIXError`, a Foundation
    /// error in the POSIX domain or with such an underlying error, a Cocoa file error, or an error whose
    /// reason is one of `strerror`'s texts.
    static func errorCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let mirror = Mirror(reflecting: error)
        for child in mirror.children where ["code", "errno", "errorCode"].contains(child.label ?? "") {
            if let code = child.value as? Int32 { return code }
            if let code = child.value as? POSIXErrorCode { return code.rawValue }
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error, let code = errorCode(of: underlying) {
            return code
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileWriteOutOfSpace: return ENOSPC
            case .fileWriteNoPermission: return EACCES
            case .fileWriteVolumeReadOnly: return EROFS
            case .fileNoSuchFile: return ENOENT
            case .fileWriteFileExists: return EEXIST
            default: break
            }
        }
        // An error that only carries `strerror`'s text (AtomicFileError's `reason`).
        let text = mirror.children.compactMap { $0.value as? String }.joined(separator: " ")
        let known = [ENOSPC, EDQUOT, EACCES, EPERM, EROFS, ENOTDIR, ENOENT, EISDIR, ENAMETOOLONG, EIO, EEXIST]
        return known.first { text.contains(String(cString: strerror($0))) }
    }
}
