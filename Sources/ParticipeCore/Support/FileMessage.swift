/// What Participe says about files it cannot write or read, and paths it refuses: one table for the
/// saves (`AtomicFileError`), the exports (`ExportFailure`), the reference documents and the folder
/// boundary. The words are in `FileMessage+French.swift` and `FileMessage+English.swift`.
public enum FileMessage: Wording, Hashable {
    /// A file that could not be written; `code` is the `errno` when one is known.
    case cannotWrite(path: String, code: Int32?)
    /// A folder that could not be created; `code` is the `errno` when one is known.
    case cannotCreateFolder(path: String, code: Int32?)
    /// Why a path leaves its folder, as the end of a sentence.
    case refusal(FolderBoundary.Refusal)
    /// A document's file name that is not a plain name.
    case notAPlainName(String, FolderBoundary.Refusal)
    /// A generated file that would land outside the output folder.
    case outsideOutputFolder(String, FolderBoundary.Refusal)
    /// A document that could not be made; `reason` says why, already worded.
    case cannotMake(String, reason: String)
    /// PDF was asked for, and no LibreOffice was found to make it.
    case officeMissing
    /// LibreOffice made no PDF of a document; `detail` says what it did.
    case pdfFailed(document: String, detail: String)
    /// LibreOffice took longer than it may and was stopped.
    case pdfTimedOut(seconds: Int)
    /// `error: ` before the sentence of a failure.
    case errorPrefix
    /// Nothing was written before a failure.
    case nothingWritten
    /// Some files were written before a failure, the others not.
    case writtenBeforeFailure(written: [String], notWritten: Int)
    case archiveFailed
    /// A `--reference-doc` that is not a usable DOCX or ODT.
    case unusableReference(path: String, problem: ReferenceProblem)
    /// A `--reference-doc` part that holds, or inflates to, more than `limit` bytes.
    case referencePartTooLarge(path: String, part: String, limit: Int)
    /// A `--reference-doc` archive listing more than `limit` entries.
    case tooManyReferenceEntries(path: String, limit: Int)

    /// A branding file (`--branding`) that cannot be read.
    case brandingUnreadable(path: String)
    /// A branding file's problem, at a line and column of it.
    case branding(BrandingProblem)

    /// What is wrong in a branding file.
    public enum BrandingProblem: Hashable, Sendable {
        case notAMapping
        case unknownKey(String)
        case notText(key: String)
        /// A colour that is not `#RRGGBB`.
        case colorFormat(String)
        /// A colour too pale to read on white: its contrast ratio, below 4.5.
        case colorContrast(String, ratio: Double)
        case logoMissing(String)
        /// A logo that is neither PNG nor JPEG.
        case logoFormat(String)
        case logoTooLarge(String, limit: Int)
    }

    /// Why a reference document cannot be used.
    public enum ReferenceProblem: Hashable, Sendable {
        case notZip
        /// The archive lacks a part the writer needs.
        case missingPart(String)
        /// A part that is a folder or a link rather than a file.
        case partNotFile(String)
        /// A part that cannot be inflated.
        case damagedPart(String)
    }
}
