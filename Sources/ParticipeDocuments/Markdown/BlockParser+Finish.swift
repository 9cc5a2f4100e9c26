extension BlockParser {
    /// Closes the block at `index`; the tip moves to its parent.
    mutating func finalize(_ index: Int) {
        nodes[index].isOpen = false
        switch nodes[index].kind {
        case .list(let marker, _):
            nodes[index].kind = .list(marker, isTight: isTight(index))
        case .indentedCode:
            while let last = nodes[index].lines.last, ByteClass.isBlank(last) {
                nodes[index].lines.removeLast()
            }
        default:
            break
        }
        tip = Swift.max(nodes[index].parent, 0)
    }

    /// The model block for a closed node, or nil when it holds nothing to show.
    func block(at index: Int) -> MarkdownBlock? {
        let node = nodes[index]
        switch node.kind {
        case .document, .item:
            return nil
        case .paragraph:
            let text = Self.joined(node.lines)
            return text.isEmpty ? nil : .paragraph(InlineParser.parse(text))
        case .heading(let level):
            return .heading(level: level, content: InlineParser.parse(Self.joined(node.lines)))
        case .blockQuote:
            return .blockQuote(node.children.compactMap { block(at: $0) })
        case .list(let marker, let isTight):
            let items = node.children.map { item in nodes[item].children.compactMap { block(at: $0) } }
            let kind: MarkdownList.Kind = marker.isOrdered ? .ordered(start: marker.start) : .bullet
            return .list(MarkdownList(kind: kind, isTight: isTight, items: items))
        case .fencedCode:
            let info = node.lines.first.map { InlineParser.unescaped(Array($0).trimmingSpaces()) } ?? ""
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            return .codeBlock(info: language, text: Self.codeText(node.lines.dropFirst()))
        case .indentedCode:
            return .codeBlock(info: "", text: Self.codeText(node.lines[...]))
        case .thematicBreak:
            return .thematicBreak
        case .pageBreak:
            return .pageBreak
        case .cutLine:
            return .cutLine
        case .table(let alignments):
            return .table(Self.table(alignments: alignments, lines: node.lines))
        }
    }

    /// Paragraph or heading lines joined by line feeds, without surrounding whitespace.
    private static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (position, line) in lines.enumerated() {
            if position > 0 { bytes.append(0x0A) }
            bytes.append(contentsOf: line)
        }
        var start = 0
        var end = bytes.count
        while start < end, ByteClass.isSpaceOrTab(bytes[start]) || bytes[start] == 0x0A { start += 1 }
        while end > start, ByteClass.isSpaceOrTab(bytes[end - 1]) || bytes[end - 1] == 0x0A { end -= 1 }
        return Array(bytes[start..<end])
    }

    private static func codeText(_ lines: ArraySlice<ArraySlice<UInt8>>) -> String {
        var bytes: [UInt8] = []
        for line in lines {
            bytes.append(contentsOf: line)
            bytes.append(0x0A)
        }
        return ByteClass.string(bytes)
    }

    private static func table(alignments: [TableAlignment], lines: [ArraySlice<UInt8>]) -> MarkdownTable {
        let columns = alignments.count
        func row(_ line: ArraySlice<UInt8>) -> [[MarkdownInline]] {
            var cells = cells(of: line).prefix(columns).map { InlineParser.parse($0) }
            while cells.count < columns { cells.append([]) }
            return cells
        }
        let header = lines.first.map(row) ?? Array(repeating: [], count: columns)
        // lines[1] is the delimiter row.
        return MarkdownTable(alignments: alignments, header: header, rows: lines.dropFirst(2).map(row))
    }
}
