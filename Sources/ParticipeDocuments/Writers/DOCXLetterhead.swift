import Foundation

/// What a reference document gives the page around the text: its section's page size, margins and first-page
/// setting, and its headers and footers with the images they show (a logo, a letterhead).
struct DOCXLetterhead {
    /// The parts to copy, by their path in the package: headers, footers, their relationships and images.
    var parts: [(path: String, data: Data)] = []
    /// Which of them are headers and which footers, by path.
    private var kinds: [String: String] = [:]
    /// The relationships `word/document.xml` needs for them: id, type and target.
    var relationships: [(id: String, type: String, target: String)] = []
    /// The section properties for our `w:sectPr`, header and footer references renumbered.
    var sectionProperties = ""
    /// Whether the reference has footers of its own: ours is then left out.
    var hasFooters = false
    /// Whether headers differ on even pages (`w:evenAndOddHeaders` of the reference's settings).
    var evenAndOddHeaders = false
    /// The width between the margins, in twentieths of a point, for the tables.
    var textWidth = DOCXBody.a4TextWidth

    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Reads `word/document.xml`'s last section and what its headers and footers need; nil when the reference
    /// has no section properties.
    init?(_ reader: ZipPackage.Reader) throws {
        guard let document = try reader.text("word/document.xml"),
            let section = XMLScan.lastElement("w:sectPr", in: document)
        else { return nil }
        let relationships = try reader.text("word/_rels/document.xml.rels") ?? ""
        let targets = Dictionary(
            XMLScan.elements("Relationship", in: relationships).compactMap { attributes in
                attributes["Id"].map { ($0, attributes) }
            }, uniquingKeysWith: { first, _ in first })
        var properties = String(section)
        var copied: Set<String> = []
        for (kind, element) in [("header", "w:headerReference"), ("footer", "w:footerReference")] {
            for reference in XMLScan.elements(element, in: String(section)) {
                guard let id = reference["r:id"], let target = targets[id]?["Target"],
                    targets[id]?["TargetMode"] != "External",
                    let path = XMLScan.resolvedPath(target, from: "word"), let data = try reader.data(path)
                else { continue }
                if kind == "footer" { self.hasFooters = true }
                let newID = "rIdLetterhead\(self.relationships.count + 1)"
                let relative = path.hasPrefix("word/") ? String(path.dropFirst(5)) : "/" + path
                self.relationships.append((newID, "\(Self.relationshipType)/\(kind)", relative))
                properties = properties.replacingOccurrences(of: "r:id=\"\(id)\"", with: "r:id=\"\(newID)\"")
                guard copied.insert(path).inserted else { continue }
                parts.append((path, data))
                kinds[path] = kind
                try copyRelated(of: path, from: reader, copied: &copied)
            }
        }
        // References whose part could not be found would make Word refuse the file.
        for kind in ["w:headerReference", "w:footerReference"] {
            properties = Self.removingElements(kind, from: properties) { !$0.contains("rIdLetterhead") }
        }
        self.sectionProperties = properties
        self.evenAndOddHeaders = (try reader.text("word/settings.xml"))?.contains("<w:evenAndOddHeaders") ?? false
        let size = XMLScan.elements("w:pgSz", in: properties).first ?? [:]
        let margins = XMLScan.elements("w:pgMar", in: properties).first ?? [:]
        let width = Int(size["w:w"] ?? "") ?? 11_906
        let sides = (Int(margins["w:left"] ?? "") ?? 1_134) + (Int(margins["w:right"] ?? "") ?? 1_134)
        textWidth = Swift.max(width - sides, 2_000)
    }

    /// Copies the parts a header or footer refers to (its images), through its relationships part.
    private mutating func copyRelated(of path: String, from reader: ZipPackage.Reader, copied: inout Set<String>) throws
    {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let relationshipsPath = "\(folder)/_rels/\(name).rels"
        guard let relationships = try reader.data(relationshipsPath) else { return }
        parts.append((relationshipsPath, relationships))
        for relationship in XMLScan.elements("Relationship", in: String(decoding: relationships, as: UTF8.self)) {
            guard relationship["TargetMode"] != "External", let target = relationship["Target"],
                let related = XMLScan.resolvedPath(target, from: folder), copied.insert(related).inserted,
                let data = try reader.data(related)
            else { continue }
            parts.append((related, data))
        }
    }

    /// `xml` without the empty elements named `name` whose text `matches`.
    private static func removingElements(_ name: String, from xml: String, where matches: (String) -> Bool) -> String {
        var result = ""
        var rest = xml[...]
        while let start = rest.range(of: "<\(name) "), let end = rest[start.upperBound...].range(of: "/>") {
            result += rest[..<start.lowerBound]
            let element = String(rest[start.lowerBound..<end.upperBound])
            if !matches(element) { result += element }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// The content types of the copied headers and footers.
    var overrides: String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return parts.compactMap { part in
            kinds[part.path].map {
                "<Override PartName=\"/\(XMLText.escaped(part.path))\" ContentType=\"\(main).\($0)+xml\"/>"
            }
        }.joined()
    }

    /// The extensions of the other parts copied (the images), whose content types go by extension.
    var extensions: Set<String> {
        Set(
            parts.compactMap { part in
                guard kinds[part.path] == nil, !part.path.hasSuffix(".rels"), let dot = part.path.lastIndex(of: ".")
                else { return nil }
                return part.path[part.path.index(after: dot)...].lowercased()
            })
    }

    /// `Default` content types for files with these extensions (images), `xml` and `rels` having theirs already.
    static func defaults(for extensions: Set<String>) -> String {
        extensions.subtracting(["xml", "rels"]).sorted().map { fileExtension in
            let type = imageTypes[fileExtension] ?? "application/octet-stream"
            return "<Default Extension=\"\(XMLText.escaped(fileExtension))\" ContentType=\"\(type)\"/>"
        }.joined()
    }

    static let imageTypes = [
        "png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "emf": "image/x-emf", "wmf": "image/x-wmf", "tif": "image/tiff", "tiff": "image/tiff", "bmp": "image/bmp",
    ]
}
