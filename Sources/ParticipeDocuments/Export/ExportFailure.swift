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
        case render(String, reason: String)
        /// The output folder could not be created.
        case folder(String, code: Int32?)
        /// A file could not be written; `code` is the `errno` when one is known.
        case write(String, code: Int32?)
    }

    public var kind: Kind
    /// The files written before the failure, in order; each is complete and new.
    public var written: [String]
    /// The files not written, the failing one first; each is absent or as it was before the run.
    public var notWritten: [String]

    public var description: String { message(language: .english) }

    /// What happened, as sentences in `language` (`fr` or `en`): the failure, then what was written.
    public func message(language: Language) -> String {
        let french = language == .french
        func say(_ frenchText: String, _ english: String) -> String { french ? frenchText : english }
        let head: String
        switch kind {
        case .unsafeName(let name, let refusal):
            head = say(
                "le nom de fichier « \(name) » n'est pas un simple nom : \(refusal.reason(language: language))",
                "the file name '\(name)' is not a plain name: \(refusal.reason(language: language))")
        case .outsideFolder(let path, let refusal):
            head = say(
                "\(path) sortirait du dossier de sortie : \(refusal.reason(language: language))",
                "\(path) would leave the output folder: \(refusal.reason(language: language))")
        case .render(let path, let reason):
            head = say("impossible de produire \(path) : \(reason)", "cannot make \(path): \(reason)")
        case .folder(let path, let code):
            head = Self.folderSentence(path, code: code, french: french)
        case .write(let path, let code):
            head = Self.writeSentence(path, code: code, french: french)
        }
        var lines = [say("erreur : ", "error: ") + head]
        if written.isEmpty {
            lines.append(
                say(
                    "Aucun fichier n'a été écrit ; le dossier de sortie est resté tel qu'il était.",
                    "No file was written; the output folder is as it was."))
        } else {
            lines.append(
                say(
                    "\(written.count) fichier(s) écrit(s) avant l'échec : \(written.joined(separator: ", ")).",
                    "\(written.count) file(s) written before the failure: \(written.joined(separator: ", ")).")
                    + " "
                    + say(
                        "Les \(notWritten.count) autre(s) n'ont pas été écrits : chacun est absent ou dans sa "
                            + "version précédente.",
                        "The other \(notWritten.count) were not written: each is absent or in its previous version."))
        }
        return lines.joined(separator: "\n")
    }

    /// "disk full while writing out/cctp.docx", from the `errno` of the failure.
    static func writeSentence(_ path: String, code: Int32?, french: Bool) -> String {
        switch code {
        case ENOSPC, EDQUOT:
            return french ? "disque plein lors de l'écriture de \(path)" : "disk full while writing \(path)"
        case EACCES, EPERM:
            return french ? "permission refusée pour écrire \(path)" : "permission denied to write \(path)"
        case EROFS:
            return french
                ? "\(path) est sur un disque en lecture seule" : "\(path) is on a read-only file system"
        case ENOTDIR, ENOENT:
            return french
                ? "impossible d'écrire \(path) : son dossier n'existe pas ou n'est pas un dossier"
                : "cannot write \(path): its folder does not exist or is not a folder"
        case EISDIR:
            return french
                ? "impossible d'écrire \(path) : un dossier porte déjà ce nom"
                : "cannot write \(path): a folder already has that name"
        case ENAMETOOLONG:
            return french ? "le nom \(path) est trop long" : "the name \(path) is too long"
        case EIO:
            return french
                ? "erreur d'entrée-sortie du disque lors de l'écriture de \(path)"
                : "input/output error of the disk while writing \(path)"
        case let code?:
            let reason = String(cString: strerror(code))
            return french ? "impossible d'écrire \(path) (\(reason))" : "cannot write \(path) (\(reason))"
        case nil:
            return french ? "impossible d'écrire \(path)" : "cannot write \(path)"
        }
    }

    static func folderSentence(_ path: String, code: Int32?, french: Bool) -> String {
        switch code {
        case ENOTDIR, EEXIST:
            return french
                ? "impossible de créer le dossier \(path) : un fichier porte ce nom ou celui d'un dossier parent"
                : "cannot create the folder \(path): a file has its name or the name of a folder above it"
        case ENOSPC, EDQUOT:
            return french
                ? "disque plein lors de la création du dossier \(path)" : "disk full while creating the folder \(path)"
        case EACCES, EPERM:
            return french
                ? "permission refusée pour créer le dossier \(path)" : "permission denied to create the folder \(path)"
        case EROFS:
            return french
                ? "impossible de créer le dossier \(path) : le disque est en lecture seule"
                : "cannot create the folder \(path): the file system is read-only"
        default:
            let reason = code.map { " (" + String(cString: strerror($0)) + ")" } ?? ""
            return french
                ? "impossible de créer le dossier \(path)\(reason)" : "cannot create the folder \(path)\(reason)"
        }
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
