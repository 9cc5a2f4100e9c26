/// Where each line of a text starts, so that offsets become lines and columns as editors count them.
///
/// A line ends at LF, CR LF or a lone CR, and nowhere else: libyaml also breaks lines at NEL, U+2028
/// and U+2029, which editors show inside a line, so its own line numbers are not used.
public struct LineTable: Sendable {
    /// The UTF-8 bytes of the text.
    let bytes: [UInt8]
    /// The byte offset at which each line starts.
    private var byteStarts: [Int] = [0]
    /// The Unicode scalar offset at which each line starts.
    private var scalarStarts: [Int] = [0]

    public init(_ text: String) {
        bytes = Array(text.utf8)
        var scalars = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A {
                index += 1
                scalars += 1
            }
            if byte == 0x0A || byte == 0x0D {
                byteStarts.append(index)
                scalarStarts.append(scalars)
            }
        }
    }

    var lineCount: Int { byteStarts.count }

    /// The location of the Unicode scalar at `offset` (libyaml's mark index).
    public func location(ofScalar offset: Int, in file: String) -> SourceLocation {
        let line = Self.lastIndex(in: scalarStarts, notAfter: offset)
        return SourceLocation(file: file, line: line + 1, column: offset - scalarStarts[line] + 1)
    }

    /// The location of the byte at `offset`, its column counted in Unicode scalars.
    public func location(ofByte offset: Int, in file: String) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = Self.lastIndex(in: byteStarts, notAfter: clamped)
        var column = 1
        for index in byteStarts[line]..<clamped where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(file: file, line: line + 1, column: column)
    }

    /// The text of line `number` (1-based), without its line break.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= byteStarts.count else { return nil }
        let start = byteStarts[number - 1]
        var end = number < byteStarts.count ? byteStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static func lastIndex(in starts: [Int], notAfter offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
