import Foundation
import ParticipeCore

extension BlockParser {
    enum Start {
        case none
        case container(Int)
        case leaf(Int)
    }

    /// Tries each block start in CommonMark's order at the current position.
    mutating func startBlock(in container: Int) -> Start {
        if let index = startBlockQuote(in: container) { return .container(index) }
        if let index = startATXHeading() { return .leaf(index) }
        if let index = startFencedCode() { return .leaf(index) }
        if let index = startPageBreak() { return .leaf(index) }
        if let index = startTable(in: container) { return .leaf(index) }
        if let index = startSetextHeading(in: container) { return .leaf(index) }
        if let index = startThematicBreak() { return .leaf(index) }
        if let index = startListItem(in: container) { return .container(index) }
        if let index = startIndentedCode() { return .leaf(index) }
        return .none
    }

    private mutating func startBlockQuote(in container: Int) -> Int? {
        guard !isIndented, byte(at: nextNonspace) == UInt8(ascii: ">"),
            nodes[container].depth < MarkdownReader.maximumNesting
        else { return nil }
        advanceNextNonspace()
        advanceOffset(1)
        if let next = byte(at: offset), ByteClass.isSpaceOrTab(next) {
            advanceOffset(1)
        }
        closeUnmatchedBlocks()
        return addChild(.blockQuote)
    }

    private mutating func startATXHeading() -> Int? {
        guard !isIndented else { return nil }
        var end = nextNonspace
        while end < line.count, line[end] == UInt8(ascii: "#"), end - nextNonspace < 7 {
            end += 1
        }
        let level = end - nextNonspace
        guard (1...6).contains(level), end == line.count || ByteClass.isSpaceOrTab(line[end]) else { return nil }
        closeUnmatchedBlocks()
        let index = addChild(.heading(level: level))
        nodes[index].lines = [Self.headingContent(line[end...])]
        offset = line.count
        return index
    }

    /// The heading text without the optional closing sequence of `#`.
    private static func headingContent(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var content = Array(raw).trimmingSpaces()
        var end = content.endIndex
        while end > content.startIndex, content[end - 1] == UInt8(ascii: "#") {
            end -= 1
        }
        if end == content.startIndex || ByteClass.isSpaceOrTab(content[end - 1]) {
            content = Array(content[content.startIndex..<end]).trimmingSpaces()
        }
        return content
    }

    private mutating func startFencedCode() -> Int? {
        guard !isIndented, let character = byte(at: nextNonspace),
            character == UInt8(ascii: "`") || character == UInt8(ascii: "~")
        else { return nil }
        var end = nextNonspace
        while end < line.count, line[end] == character {
            end += 1
        }
        let length = end - nextNonspace
        guard length >= 3 else { return nil }
        if character == UInt8(ascii: "`"), line[end...].contains(character) { return nil }
        closeUnmatchedBlocks()
        let fence = Fence(character: character, length: length, indent: indent, info: "")
        let index = addChild(.fencedCode(fence))
        advanceNextNonspace()
        advanceOffset(length)
        return index
    }

    private mutating func startPageBreak() -> Int? {
        guard !isIndented, byte(at: nextNonspace) == UInt8(ascii: "<"),
            let kind = Self.layoutMarker(Array(line[nextNonspace...]).trimmingSpaces())
        else { return nil }
        closeUnmatchedBlocks()
        let index = addChild(kind)
        offset = line.count
        return index
    }

    /// `<!-- pagebreak -->` or `<!-- cut -->`, letters in any case, with any spacing inside the comment.
    static func layoutMarker(_ text: ArraySlice<UInt8>) -> Kind? {
        let string = ByteClass.string(text).lowercased()
        guard string.hasPrefix("<!--"), string.hasSuffix("-->"), string.count >= 7 else { return nil }
        switch string.dropFirst(4).dropLast(3).trimmingWhitespace {
        case "pagebreak": return .pageBreak
        case "cut": return .cutLine
        default: return nil
        }
    }

    private mutating func startSetextHeading(in container: Int) -> Int? {
        guard !isIndented, case .paragraph = nodes[container].kind, let character = byte(at: nextNonspace),
            character == UInt8(ascii: "=") || character == UInt8(ascii: "-")
        else { return nil }
        var end = nextNonspace
        while end < line.count, line[end] == character {
            end += 1
        }
        guard ByteClass.isBlank(line[end...]) else { return nil }
        closeUnmatchedBlocks()
        nodes[container].kind = .heading(level: character == UInt8(ascii: "=") ? 1 : 2)
        offset = line.count
        return container
    }

    private mutating func startThematicBreak() -> Int? {
        guard !isIndented, let character = byte(at: nextNonspace),
            character == UInt8(ascii: "*") || character == UInt8(ascii: "-") || character == UInt8(ascii: "_")
        else { return nil }
        var count = 0
        for byte in line[nextNonspace...] {
            if byte == character {
                count += 1
            } else if !ByteClass.isSpaceOrTab(byte) {
                return nil
            }
        }
        guard count >= 3 else { return nil }
        closeUnmatchedBlocks()
        let index = addChild(.thematicBreak)
        offset = line.count
        return index
    }

    private mutating func startIndentedCode() -> Int? {
        guard isIndented, !isBlank else { return nil }
        switch nodes[tip].kind {
        case .paragraph, .table: return nil
        default: break
        }
        advanceOffset(4)
        closeUnmatchedBlocks()
        return addChild(.indentedCode)
    }
}
