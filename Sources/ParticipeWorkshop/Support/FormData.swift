import Foundation

/// The fields of a submitted form, `application/x-www-form-urlencoded` or `multipart/form-data`, in order;
/// a name may come several times (checkboxes).
public struct FormData: Sendable {
    public private(set) var fields: [(name: String, value: String)] = []
    /// The values of each name, in order: a lookup costs the same whatever the form's size.
    private var values: [String: [String]] = [:]

    /// The most fields a form may carry, and the longest value typed in a field: what a browser sends for the
    /// largest kit page, with room; more is refused before any work. A file sent with the form (an answers
    /// file, a workshop's export) is bounded by the request's size only.
    public static let maximumFields = 20_000
    public static let maximumValueLength = 200_000

    public struct Refusal: Error, Sendable {}

    public init(fields: [(name: String, value: String)] = []) {
        self.fields = fields
        for field in fields { values[field.name, default: []].append(field.value) }
    }

    public subscript(name: String) -> String? { values[name]?.first }

    public func all(_ name: String) -> [String] { values[name] ?? [] }

    public func has(_ name: String) -> Bool { values[name] != nil }

    /// The names of the form's fields.
    public var names: Dictionary<String, [String]>.Keys { values.keys }

    /// Reads a body of the given content type; throws when it is not a form or exceeds the bounds.
    public init(body: [UInt8], contentType: String?) throws(Refusal) {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") {
            guard let boundary = Self.boundary(in: contentType ?? "") else { throw Refusal() }
            try self.init(multipart: body, boundary: boundary)
        } else {
            try self.init(urlEncoded: String(decoding: body, as: UTF8.self))
        }
    }

    public init(urlEncoded text: String) throws(Refusal) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decodeComponent(parts[0])
            let value = parts.count > 1 ? Self.decodeComponent(parts[1]) : ""
            try append(name, value)
        }
    }

    private mutating func append(_ name: String, _ value: String, isFile: Bool = false) throws(Refusal) {
        guard fields.count < Self.maximumFields, isFile || value.utf8.count <= Self.maximumValueLength,
            name.utf8.count <= 512
        else { throw Refusal() }
        // Line ends as a browser sends them in a textarea (CRLF) become the answers file's (LF).
        let value = value.replacing("\r\n", with: "\n")
        fields.append((name, value))
        values[name, default: []].append(value)
    }

    static func decodeComponent(_ text: Substring) -> String {
        let spaced = text.replacing("+", with: " ")
        return spaced.removingPercentEncoding ?? String(spaced)
    }

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    /// Parts separated by `--boundary`, each with its headers (only `name` is kept: a file's content becomes
    /// the field's value, read as UTF-8).
    private init(multipart body: [UInt8], boundary: String) throws(Refusal) {
        let delimiter = Array("--\(boundary)".utf8)
        var starts: [Int] = []
        var index = 0
        while let found = Self.find(delimiter, in: body, from: index) {
            starts.append(found)
            index = found + delimiter.count
        }
        guard starts.count >= 2 else { throw Refusal() }
        for (start, end) in zip(starts, starts.dropFirst()) {
            var partStart = start + delimiter.count
            // The delimiter line ends with CRLF; the part ends with CRLF before the next delimiter.
            if partStart + 1 < body.count, body[partStart] == 13, body[partStart + 1] == 10 { partStart += 2 }
            var partEnd = end
            if partEnd - 2 >= partStart, body[partEnd - 2] == 13, body[partEnd - 1] == 10 { partEnd -= 2 }
            guard partStart <= partEnd else { continue }
            let part = Array(body[partStart..<partEnd])
            guard let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: part, from: 0) else { continue }
            let headers = String(decoding: part[..<headerEnd], as: UTF8.self)
            guard let name = Self.dispositionName(headers) else { continue }
            let isFile = headers.lowercased().contains("filename=")
            try append(name, String(decoding: part[(headerEnd + 4)...], as: UTF8.self), isFile: isFile)
        }
    }

    private static func dispositionName(_ headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            for parameter in line.split(separator: ";").dropFirst() {
                let trimmed = parameter.trimmingCharacters(in: .whitespaces)
                guard trimmed.lowercased().hasPrefix("name=") else { continue }
                return String(trimmed.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        let first = needle[0]
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
