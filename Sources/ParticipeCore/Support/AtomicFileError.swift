import Foundation

/// A file that could not be written, with the system's reason.
public struct AtomicFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    /// The `errno` value.
    public var code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    public var description: String { message(language: .english) }

    /// A sentence: "disk full while writing out/cctp.docx".
    public func message(language: Language) -> String {
        FileMessage.cannotWrite(path: path, code: code).text(in: language)
    }

    /// The failure as a `Diagnostic` worded in `language`, coded `file.cannot-write`.
    public func diagnostic(in language: Language) -> Diagnostic {
        Diagnostic(FileMessage.cannotWrite(path: path, code: code), in: language, at: nil)
    }
}
