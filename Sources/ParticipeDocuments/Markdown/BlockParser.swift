/// CommonMark's block-structure pass: each line first continues the open containers it matches,
/// then may open new blocks, then feeds the innermost open leaf.
///
/// Blocks live in an array (`nodes`) and refer to each other by index, so the tree is a value.
struct BlockParser {
    struct ListMarker: Equatable {
        var isOrdered: Bool
        /// `-`, `+` or `*` for bullets; `.` or `)` for ordered lists.
        var character: UInt8
        var start: Int
        var markerOffset: Int
        var padding: Int

        func matches(_ other: ListMarker) -> Bool {
            isOrdered == other.isOrdered && character == other.character
        }
    }

    struct Fence {
        var character: UInt8
        var length: Int
        var indent: Int
        var info: String
    }

    enum Kind {
        case document
        case blockQuote
        case list(ListMarker, isTight: Bool)
        case item(ListMarker)
        case paragraph
        case heading(level: Int)
        case fencedCode(Fence)
        case indentedCode
        case thematicBreak
        case pageBreak
        case cutLine
        case table(alignments: [TableAlignment])
    }

    struct Node {
        var kind: Kind
        var parent: Int
        var depth: Int
        var startLine: Int
        var children: [Int] = []
        var isOpen = true
        var lines: [ArraySlice<UInt8>] = []
        var lastLineBlank = false
        var lastLineChecked = false
    }

    var nodes: [Node] = [Node(kind: .document, parent: -1, depth: 0, startLine: 0)]
    var tip = 0
    var oldTip = 0
    var lastMatchedContainer = 0
    var allClosed = true

    // The line being read and the scanning position in it.
    var line: [UInt8] = []
    var lineNumber = 0
    var offset = 0
    var nextNonspace = 0
    var indent = 0
    var isIndented = false
    var isBlank = false

    mutating func incorporate(_ newLine: [UInt8]) {
        line = newLine
        lineNumber += 1
        offset = 0
        oldTip = tip
        var container = 0

        // 1. Continue the open containers this line matches.
        while let last = nodes[container].children.last, nodes[last].isOpen {
            container = last
            findNextNonspace()
            switch continues(container) {
            case .matched:
                continue
            case .failed:
                container = nodes[container].parent
            case .consumed:
                return
            }
            break
        }
        allClosed = container == oldTip
        lastMatchedContainer = container

        // 2. Open new blocks while the line starts one.
        var matchedLeaf = !isParagraphLike(container) && acceptsLines(container)
        while !matchedLeaf {
            findNextNonspace()
            if !isIndented, nextNonspace < line.count, !Self.startBytes.contains(line[nextNonspace]) {
                advanceNextNonspace()
                break
            }
            switch startBlock(in: container) {
            case .none:
                advanceNextNonspace()
                matchedLeaf = true
            case .container(let index):
                container = index
            case .leaf(let index):
                container = index
                matchedLeaf = true
            }
        }

        // 3. Add the rest of the line to a paragraph (lazily), or to the leaf that takes it.
        if !allClosed, !isBlank, case .paragraph = nodes[tip].kind {
            addLine()
            return
        }
        closeUnmatchedBlocks()
        if isBlank, let last = nodes[container].children.last {
            nodes[last].lastLineBlank = true
        }
        let lastLineBlank = isBlank && !blankIsIgnored(container)
        var ancestor = container
        while ancestor >= 0 {
            nodes[ancestor].lastLineBlank = lastLineBlank
            ancestor = nodes[ancestor].parent
        }
        if acceptsLines(container) {
            addLine()
        } else if offset < line.count, !isBlank {
            container = addChild(.paragraph)
            advanceNextNonspace()
            addLine()
        }
    }

    /// Closes every open block and returns the document.
    mutating func finish() -> MarkdownDocument {
        while tip > 0 {
            finalize(tip)
        }
        finalize(0)
        return MarkdownDocument(blocks: nodes[0].children.compactMap { block(at: $0) })
    }

    // Bytes that may start a block other than a paragraph.
    private static let startBytes: Set<UInt8> = Set("#`~*+_=<>-0123456789|:".utf8)

    private func blankIsIgnored(_ container: Int) -> Bool {
        switch nodes[container].kind {
        case .blockQuote, .fencedCode: return true
        case .item: return nodes[container].children.isEmpty && nodes[container].startLine == lineNumber
        default: return false
        }
    }

    private func isParagraphLike(_ index: Int) -> Bool {
        switch nodes[index].kind {
        case .paragraph, .table: return true
        default: return false
        }
    }

    func acceptsLines(_ index: Int) -> Bool {
        switch nodes[index].kind {
        case .paragraph, .fencedCode, .indentedCode, .table: return true
        default: return false
        }
    }

    // MARK: Scanning the line

    mutating func findNextNonspace() {
        var index = offset
        while index < line.count, ByteClass.isSpaceOrTab(line[index]) {
            index += 1
        }
        nextNonspace = index
        indent = index - offset
        isIndented = indent >= 4
        isBlank = index >= line.count || ByteClass.isBlank(line[index...])
    }

    mutating func advanceNextNonspace() {
        offset = nextNonspace
    }

    mutating func advanceOffset(_ count: Int) {
        offset = Swift.min(offset + count, line.count)
    }

    func byte(at index: Int) -> UInt8? {
        index < line.count ? line[index] : nil
    }

    mutating func addLine() {
        nodes[tip].lines.append(line[Swift.min(offset, line.count)...])
    }

    // MARK: The tree

    @discardableResult
    mutating func addChild(_ kind: Kind) -> Int {
        while !canContain(tip, kind) {
            finalize(tip)
        }
        let index = nodes.count
        nodes.append(Node(kind: kind, parent: tip, depth: nodes[tip].depth + 1, startLine: lineNumber))
        nodes[tip].children.append(index)
        tip = index
        return index
    }

    private func canContain(_ parent: Int, _ kind: Kind) -> Bool {
        switch nodes[parent].kind {
        case .document, .blockQuote, .item:
            if case .item = kind { return false }
            return true
        case .list:
            if case .item = kind { return true }
            return false
        default:
            return false
        }
    }

    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip != lastMatchedContainer {
            let parent = nodes[oldTip].parent
            finalize(oldTip)
            oldTip = parent
        }
        allClosed = true
    }
}
