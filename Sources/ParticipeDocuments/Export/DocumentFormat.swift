import Foundation
import ParticipeCore

/// The formats `participe generate` writes.
public enum DocumentFormat: String, Sendable, CaseIterable, Comparable {
    case md
    case html
    case docx
    case odt
    case csv
    case xlsx
    case ods

    /// A format of the text documents (`md`, `html`, `docx`, `odt`); the others are tables: the matrices' tables
    /// (CSV) and the kit's spreadsheets (CSV, XLSX, ODS).
    public var isText: Bool { [.md, .html, .docx, .odt].contains(self) }

    /// `md,html` or `all`; nil with the unknown name when a word is not a format.
    public static func parseList(_ text: String) -> Result<[DocumentFormat], UnknownFormat> {
        var formats: [DocumentFormat] = []
        for word in text.split(separator: ",").map({ $0.trimmingWhitespace.lowercased() }) {
            if word == "all" { return .success(allCases) }
            if word == "markdown" {
                formats.append(.md)
            } else if let format = DocumentFormat(rawValue: word) {
                formats.append(format)
            } else {
                return .failure(UnknownFormat(name: word))
            }
        }
        return .success(Array(Set(formats)).sorted())
    }

    public struct UnknownFormat: Error, Sendable {
        public var name: String
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: DocumentFormat, rhs: DocumentFormat) -> Bool { lhs.order < rhs.order }
}
