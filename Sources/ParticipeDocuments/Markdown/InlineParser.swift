/// CommonMark's inline pass over a paragraph, heading or table cell.
///
/// Inlines are kept in an array of nodes linked by index (`previous`/`next`, and children for
/// emphasis and links), so the delimiter algorithm can wrap ranges without copying them.
struct InlineParser {
    enum Kind {
        case text
        case emphasis
        case strong
        case code(String)
        case link(destination: String, title: String)
        case softBreak
        case lineBreak
    }

    struct Node {
        var kind: Kind
        var text: [UInt8] = []
        var previous = -1
        var next = -1
        var firstChild = -1
        var depth = 0
    }

    let subject: [UInt8]
    var position = 0
    var nodes: [Node] = []
    var head = -1
    var tail = -1
    var delimiters: [Delimiter] = []
    var lastDelimiter = -1
    var brackets: [Bracket] = []
    // Backtick run lengths with no closing run further on: searching again would be quadratic.
    var unmatchedBacktickLengths: Set<Int> = []

    /// Parses the inline content of a block.
    static func parse(_ bytes: [UInt8]) -> [MarkdownInline] {
        var parser = InlineParser(subject: bytes)
        parser.parseAll()
        return parser.build(from: parser.head)
    }

    private init(subject: [UInt8]) {
        self.subject = subject
    }

    private mutating func parseAll() {
        while position < subject.count {
            let byte = subject[position]
            switch byte {
            case 0x0A: handleNewline()
            case UInt8(ascii: "\\"): handleBackslash()
            case UInt8(ascii: "`"): handleBackticks()
            case UInt8(ascii: "*"), UInt8(ascii: "_"): handleDelimiterRun(byte)
            case UInt8(ascii: "["): handleOpenBracket()
            case UInt8(ascii: "]"): handleCloseBracket()
            case UInt8(ascii: "<"): handleAngleBracket()
            case UInt8(ascii: "&"): handleEntity()
            default: handleText()
            }
        }
        processEmphasis(above: -1)
    }

    // MARK: Nodes

    @discardableResult
    mutating func append(_ kind: Kind, text: [UInt8] = []) -> Int {
        let index = nodes.count
        nodes.append(Node(kind: kind, text: text, previous: tail))
        if tail >= 0 {
            nodes[tail].next = index
        } else {
            head = index
        }
        tail = index
        return index
    }

    mutating func appendText(_ bytes: some Sequence<UInt8>) {
        append(.text, text: Array(bytes))
    }

    /// The deepest nesting among the siblings from `first` up to (not including) `end`.
    func maximumDepth(from first: Int, upTo end: Int) -> Int {
        var depth = 0
        var index = first
        while index >= 0, index != end {
            depth = Swift.max(depth, nodes[index].depth)
            index = nodes[index].next
        }
        return depth
    }

    /// Converts the sibling chain starting at `first` into model inlines, merging text runs.
    func build(from first: Int) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                result.append(.text(ByteClass.string(text)))
                text.removeAll()
            }
        }
        var index = first
        while index >= 0 {
            let node = nodes[index]
            switch node.kind {
            case .text:
                text.append(contentsOf: node.text)
            default:
                flush()
                result.append(inline(node))
            }
            index = node.next
        }
        flush()
        return result
    }

    private func inline(_ node: Node) -> MarkdownInline {
        switch node.kind {
        case .text: return .text(ByteClass.string(node.text))
        case .emphasis: return .emphasis(build(from: node.firstChild))
        case .strong: return .strong(build(from: node.firstChild))
        case .code(let code): return .code(code)
        case .link(let destination, let title):
            return .link(destination: destination, title: title, content: build(from: node.firstChild))
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        }
    }

    // MARK: Simple handlers

    private static let specialBytes: Set<UInt8> = Set("\n\\`*_[]<&".utf8)

    private mutating func handleText() {
        let start = position
        position += 1
        while position < subject.count, !Self.specialBytes.contains(subject[position]) {
            position += 1
        }
        appendText(subject[start..<position])
    }

    private mutating func handleNewline() {
        position += 1
        var isHard = false
        if tail >= 0, case .text = nodes[tail].kind {
            var trailing = 0
            while let last = nodes[tail].text.last, last == 0x20 {
                nodes[tail].text.removeLast()
                trailing += 1
            }
            isHard = trailing >= 2
        }
        append(isHard ? .lineBreak : .softBreak)
        while position < subject.count, ByteClass.isSpaceOrTab(subject[position]) {
            position += 1
        }
    }

    private mutating func handleBackslash() {
        position += 1
        guard position < subject.count else {
            appendText([UInt8(ascii: "\\")])
            return
        }
        let next = subject[position]
        if next == 0x0A {
            position += 1
            append(.lineBreak)
            while position < subject.count, ByteClass.isSpaceOrTab(subject[position]) {
                position += 1
            }
        } else if ByteClass.isASCIIPunctuation(next) {
            position += 1
            appendText([next])
        } else {
            appendText([UInt8(ascii: "\\")])
        }
    }

    private mutating func handleBackticks() {
        let start = position
        while position < subject.count, subject[position] == UInt8(ascii: "`") {
            position += 1
        }
        let length = position - start
        if !unmatchedBacktickLengths.contains(length), let end = closingBackticks(length: length) {
            var content = subject[position..<end].map { $0 == 0x0A ? UInt8(0x20) : $0 }
            if content.count >= 2, content.first == 0x20, content.last == 0x20, content.contains(where: { $0 != 0x20 })
            {
                content = Array(content.dropFirst().dropLast())
            }
            append(.code(ByteClass.string(content)))
            position = end + length
        } else {
            unmatchedBacktickLengths.insert(length)
            appendText(subject[start..<position])
        }
    }

    /// The start of the next run of exactly `length` backticks, if any.
    private func closingBackticks(length: Int) -> Int? {
        var index = position
        while index < subject.count {
            guard subject[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let runStart = index
            while index < subject.count, subject[index] == UInt8(ascii: "`") {
                index += 1
            }
            if index - runStart == length { return runStart }
        }
        return nil
    }
}
