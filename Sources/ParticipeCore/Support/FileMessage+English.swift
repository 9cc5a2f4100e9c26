import Foundation

extension FileMessage {
    public var english: String {
        switch self {
        case .cannotWrite(let path, let code): Self.englishWrite(path, code: code)
        case .cannotCreateFolder(let path, let code): Self.englishFolder(path, code: code)
        case .refusal(let refusal): Self.english(refusal)
        case .notAPlainName(let name, let refusal):
            "the file name '\(name)' is not a plain name: \(Self.english(refusal))"
        case .outsideOutputFolder(let path, let refusal):
            "\(path) would leave the output folder: \(Self.english(refusal))"
        case .cannotMake(let path, let reason): "cannot make \(path): \(reason)"
        case .officeMissing:
            "the pdf format needs LibreOffice, which was not found: install it (the libreoffice-writer package on "
                + "Debian and Ubuntu, or from libreoffice.org), or give the path of its soffice program in "
                + "PARTICIPE_SOFFICE; the other formats do not need it"
        case .pdfFailed(let document, let detail): "LibreOffice did not convert '\(document)' to PDF (\(detail))"
        case .pdfTimedOut(let seconds):
            "LibreOffice had not finished converting the documents to PDF after \(seconds) seconds: it was stopped"
        case .errorPrefix: "error: "
        case .nothingWritten: "No file was written; the output folder is as it was."
        case .writtenBeforeFailure(let written, let notWritten):
            "\(written.count) file(s) written before the failure: \(written.joined(separator: ", ")). "
                + "The other \(notWritten) were not written: each is absent or in its previous version."
        case .archiveFailed: "could not build the document's ZIP archive"
        case .unusableReference(let path, let problem):
            "\(path): error: unusable reference document: \(Self.english(problem))"
        case .referencePartTooLarge(let path, let part, let limit):
            "\(path): error: reference document refused: its part \(part) inflates to more than "
                + (limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes") + " (the limit for one part)"
        case .tooManyReferenceEntries(let path, let limit):
            "\(path): error: reference document refused: it lists more than \(limit) entries"
        case .brandingUnreadable(let path): "cannot read the branding file '\(path)'"
        case .branding(let problem): Self.english(problem)
        }
    }

    private static func english(_ problem: BrandingProblem) -> String {
        switch problem {
        case .notAMapping:
            "a branding file expects keys: name (the body's name), logo (a PNG or JPEG file) and color (#RRGGBB)"
        case .unknownKey(let key): "unknown key '\(key)': the keys are name, logo and color"
        case .notText(let key): "'\(key)' expects a text"
        case .colorFormat(let color): "cannot read the colour '\(color)': write it #RRGGBB, for example #000091"
        case .colorContrast(let color, let ratio):
            "the colour \(color) is too light for text on white (contrast \(NumberFormat.fixed(ratio, decimals: 2)):1,"
                + " at least 4.5:1 is needed): pick a darker shade of the visual identity"
        case .logoMissing(let path): "the logo '\(path)' does not exist (paths are relative to the branding file)"
        case .logoFormat(let path): "the logo '\(path)' is neither a PNG nor a JPEG"
        case .logoTooLarge(let path, let limit): "the logo '\(path)' is larger than \(limit >> 20) MiB"
        }
    }

    /// "disk full while writing out/cctp.docx", from the `errno` of the failure.
    private static func englishWrite(_ path: String, code: Int32?) -> String {
        switch code {
        case ENOSPC, EDQUOT: "disk full while writing \(path)"
        case EACCES, EPERM: "permission denied to write \(path)"
        case EROFS: "cannot write \(path): the disk is read-only"
        case ENOENT: "cannot write \(path): its folder does not exist"
        case ENOTDIR: "cannot write \(path): part of the path is a file, not a folder"
        case EISDIR: "cannot write \(path): a folder already has that name"
        case ELOOP: "cannot write \(path): too many symbolic links"
        case ENAMETOOLONG: "the name \(path) is too long"
        case EIO: "input/output error of the disk while writing \(path)"
        case let code?: "cannot write \(path): \(String(cString: strerror(code)))"
        case nil: "cannot write \(path)"
        }
    }

    private static func englishFolder(_ path: String, code: Int32?) -> String {
        switch code {
        case ENOTDIR, EEXIST: "cannot create the folder \(path): a file has its name or the name of a folder above it"
        case ENOSPC, EDQUOT: "disk full while creating the folder \(path)"
        case EACCES, EPERM: "permission denied to create the folder \(path)"
        case EROFS: "cannot create the folder \(path): the file system is read-only"
        case let code?: "cannot create the folder \(path) (\(String(cString: strerror(code))))"
        case nil: "cannot create the folder \(path)"
        }
    }

    private static func english(_ refusal: FolderBoundary.Refusal) -> String {
        switch refusal {
        case .empty: "it is empty"
        case .absolute: "it is an absolute path"
        case .parentReference: "it goes up with '..'"
        case .controlCharacter: "it holds a control character"
        case .separator: "it holds a '/'"
        case .tooLong: "it is longer than \(FolderBoundary.maximumNameLength) bytes"
        case .outside(let resolved): "a symbolic link leads it to '\(resolved)'"
        case .unresolvable: "its symbolic links loop or chain too deep"
        }
    }

    private static func english(_ problem: ReferenceProblem) -> String {
        switch problem {
        case .notZip: "not a ZIP archive"
        case .missingPart(let part): "it has no \(part)"
        case .partNotFile(let part): "its part \(part) is not a file"
        case .damagedPart(let part): "its part \(part) cannot be read (a damaged archive)"
        }
    }
}
