import Foundation
import ParticipeDocuments

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Opens a DOCX or ODT package and its XML parts for assertions.
struct InspectedPackage {
    let entries: [(path: String, data: Data, isStored: Bool)]

    init(_ data: Data) throws {
        entries = try ZipPackage.entries(of: data)
    }

    var paths: [String] { entries.map(\.path) }

    func text(_ path: String) -> String? {
        entries.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// Parses every `.xml` and `.rels` part, throwing on the first that is not well-formed.
    func parsedXMLParts() throws -> [String: XMLDocument] {
        var documents: [String: XMLDocument] = [:]
        for entry in entries where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            do {
                documents[entry.path] = try XMLDocument(data: entry.data)
            } catch {
                throw ExternalTool.Failure(description: "\(entry.path) is not well-formed XML: \(error)")
            }
        }
        return documents
    }

    /// The concatenated text of the elements named `name` (any namespace) in a part.
    func elementText(_ path: String, named name: String, separator: String = "") throws -> String {
        guard let entry = entries.first(where: { $0.path == path }) else { return "" }
        let document = try XMLDocument(data: entry.data)
        return try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap(\.stringValue)
            .joined(separator: separator)
    }
}
