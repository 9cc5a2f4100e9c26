/// Reads the Markdown subset Participe's templates produce into a ``MarkdownDocument``.
///
/// The reader follows CommonMark (and GFM for pipe tables) for the constructs it supports; see
/// `docs/documents.md` for the list. It accepts any text: unsupported syntax (raw HTML, images,
/// reference links) is kept as literal text, and nesting deeper than ``maximumNesting`` is read
/// as text too, so hostile input can neither crash it nor make it run for long.
public struct MarkdownReader: Sendable {
    /// How many block containers (block quotes, lists, list items) may nest.
    public static let maximumNesting = 48
    /// How deeply emphasis, strong emphasis and links may nest.
    static let maximumInlineNesting = 24

    public init() {}

    /// Reads `text` into a document. Never fails: any input produces a document.
    public func read(_ text: String) -> MarkdownDocument {
        var parser = BlockParser()
        for line in Self.lines(of: text) {
            parser.incorporate(line)
        }
        return parser.finish()
    }

    /// Splits text into lines on LF, CR LF or CR, expanding tabs in each line's leading structure
    /// and replacing NUL with U+FFFD, as CommonMark requires.
    static func lines(of text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var previousWasCR = false
        for byte in text.utf8 {
            switch byte {
            case 0x0A where previousWasCR:
                previousWasCR = false
            case 0x0A, 0x0D:
                lines.append(expandingLeadingTabs(current))
                current.removeAll(keepingCapacity: true)
                previousWasCR = byte == 0x0D
            case 0x00:
                current.append(contentsOf: [0xEF, 0xBF, 0xBD])
                previousWasCR = false
            default:
                current.append(byte)
                previousWasCR = false
            }
        }
        if !current.isEmpty {
            lines.append(expandingLeadingTabs(current))
        }
        return lines
    }

    /// Expands tabs (tab stop 4) in the run of whitespace and container markers that opens a
    /// line, where columns decide indentation; tabs inside content are kept.
    private static func expandingLeadingTabs(_ line: [UInt8]) -> [UInt8] {
        guard line.contains(0x09) else { return line }
        var result: [UInt8] = []
        result.reserveCapacity(line.count + 8)
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte == 0x09 {
                let spaces = 4 - result.count % 4
                result.append(contentsOf: repeatElement(0x20, count: spaces))
            } else if Self.structureBytes.contains(byte) {
                result.append(byte)
            } else {
                break
            }
            index += 1
        }
        result.append(contentsOf: line[index...])
        return result
    }

    // Spaces and the characters of block quote and list markers.
    private static let structureBytes: Set<UInt8> = Set(" >-+*.)0123456789".utf8)
}
