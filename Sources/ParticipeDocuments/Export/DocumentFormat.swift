import Foundation
import ParticipeCore

/// The formats `participe generate` writes.
public enum DocumentFormat: String, Sendable, CaseIterable, Comparable {
    case md
    case html
    case docx
    case odt
    /// Made by LibreOffice from the ODT, when it is installed (`PDFConverter`).
    case pdf
    case csv
    case xlsx
    case ods

    /// A format of the text documents (`md`, `html`, `docx`, `odt`); the others are tables: the matrices' tables
    /// (CSV) and the kit's spreadsheets (CSV, XLSX, ODS).
    public var isText: Bool { [.md, .html, .docx, .odt, .pdf].contains(self) }

    /// The formats `all` stands for, and that are written when none is named: every one but PDF, which needs
    /// LibreOffice.
    public static let standard = allCases.filter { $0 != .pdf }

    /// `md,html` or `all`; nil with the unknown name when a word is not a format.
    public static func parseList(_ text: String) -> Result<[DocumentFormat], UnknownFormat> {
        var formats: [DocumentFormat] = []
        for word in text.split(separator: ",").map({ $0.trimmingWhitespace.lowercased() }) {
            if word == "all" { return .success(standard) }
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
