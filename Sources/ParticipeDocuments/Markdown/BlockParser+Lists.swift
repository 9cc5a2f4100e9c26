extension BlockParser {
    /// Opens a list item (and its list when the marker starts a new one).
    mutating func startListItem(in container: Int) -> Int? {
        // A list and its item add two levels unless the item joins an open list.
        let added: Int
        if case .list = nodes[container].kind { added = 1 } else { added = 2 }
        guard nodes[container].depth + added <= MarkdownReader.maximumNesting,
            var marker = parseListMarker(in: container)
        else { return nil }
        closeUnmatchedBlocks()
        if case .list(let open, _) = nodes[tip].kind, open.matches(marker) {
            // Continue the list.
        } else {
            addChild(.list(marker, isTight: true))
        }
        marker.start = marker.isOrdered ? marker.start : 1
        return addChild(.item(marker))
    }

    /// Reads a list marker at the current position and advances past it and its padding.
    private mutating func parseListMarker(in container: Int) -> ListMarker? {
        guard !isIndented, let first = byte(at: nextNonspace) else { return nil }
        let interruptsParagraph: Bool
        if case .paragraph = nodes[container].kind { interruptsParagraph = true } else { interruptsParagraph = false }
        var marker = ListMarker(isOrdered: false, character: first, start: 1, markerOffset: indent, padding: 0)
        var width = 1
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            // A bullet.
        } else if ByteClass.isDigit(first) {
            var end = nextNonspace
            var number = 0
            while end < line.count, ByteClass.isDigit(line[end]), end - nextNonspace < 9 {
                number = number * 10 + Int(line[end] - 0x30)
                end += 1
            }
            guard let delimiter = byte(at: end), delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")"),
                !interruptsParagraph || number == 1
            else { return nil }
            marker = ListMarker(isOrdered: true, character: delimiter, start: number, markerOffset: indent, padding: 0)
            width = end - nextNonspace + 1
        } else {
            return nil
        }
        let afterMarker = nextNonspace + width
        if let next = byte(at: afterMarker), !ByteClass.isSpaceOrTab(next) { return nil }
        if interruptsParagraph, ByteClass.isBlank(line[Swift.min(afterMarker, line.count)...]) { return nil }

        advanceNextNonspace()
        advanceOffset(width)
        var spaces = 0
        while offset + spaces < line.count, ByteClass.isSpaceOrTab(line[offset + spaces]), spaces < 5 {
            spaces += 1
        }
        let isBlankItem = offset + spaces >= line.count
        if spaces >= 5 || spaces < 1 || isBlankItem {
            // Content indented by five or more is an indented code block inside the item.
            marker.padding = width + 1
            if let next = byte(at: offset), ByteClass.isSpaceOrTab(next) {
                advanceOffset(1)
            }
        } else {
            marker.padding = width + spaces
            advanceOffset(spaces)
        }
        return marker
    }

    /// Whether a list is loose: CommonMark's rule on blank lines between items or their blocks.
    func isTight(_ list: Int) -> Bool {
        let items = nodes[list].children
        for (position, item) in items.enumerated() {
            let hasNextItem = position < items.count - 1
            if endsWithBlankLine(item) && hasNextItem { return false }
            let blocks = nodes[item].children
            for (blockPosition, block) in blocks.enumerated()
            where endsWithBlankLine(block) && (hasNextItem || blockPosition < blocks.count - 1) {
                return false
            }
        }
        return true
    }

    private func endsWithBlankLine(_ start: Int) -> Bool {
        var index = start
        while true {
            if nodes[index].lastLineBlank { return true }
            switch nodes[index].kind {
            case .list, .item:
                guard let last = nodes[index].children.last else { return false }
                index = last
            default:
                return false
            }
        }
    }
}
