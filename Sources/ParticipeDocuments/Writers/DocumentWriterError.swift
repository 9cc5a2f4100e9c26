import Foundation
import ParticipeCore
import ZIPFoundation

/// Why a document could not be written.
public enum DocumentWriterError: Error, Equatable, CustomStringConvertible {
    case archiveFailed
    /// A `--reference-doc` file that is not a usable DOCX or ODT.
    case unreadableReferenceDocument(String, reason: FileMessage.ReferenceProblem)
    /// A `--reference-doc` part that holds, or inflates to, more than `limit` bytes.
    case referencePartTooLarge(String, part: String, limit: Int)
    /// A `--reference-doc` archive listing more than `limit` entries.
    case tooManyReferenceEntries(String, limit: Int)

    public var description: String { message(language: .english) }

    /// The problem as a sentence in `language`, compiler style: `path: error: …`.
    public func message(language: Language) -> String {
        let message: FileMessage
        switch self {
        case .archiveFailed: message = .archiveFailed
        case .unreadableReferenceDocument(let path, let problem):
            message = .unusableReference(path: path, problem: problem)
        case .referencePartTooLarge(let path, let part, let limit):
            message = .referencePartTooLarge(path: path, part: part, limit: limit)
        case .tooManyReferenceEntries(let path, let limit): message = .tooManyReferenceEntries(path: path, limit: limit)
        }
        return message.text(in: language)
    }
}
