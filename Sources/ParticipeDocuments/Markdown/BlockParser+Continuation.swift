extension BlockParser {
    enum Continuation {
        case matched
        case failed
        /// The line was used up (a closing code fence).
        case consumed
    }

    /// Whether the line continues the open block at `index`, consuming its markers if so.
    mutating func continues(_ index: Int) -> Continuation {
        switch nodes[index].kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard !isIndented, byte(at: nextNonspace) == UInt8(ascii: ">") else { return .failed }
            advanceNextNonspace()
            advanceOffset(1)
            if let next = byte(at: offset), ByteClass.isSpaceOrTab(next) {
                advanceOffset(1)
            }
            return .matched
        case .item(let marker):
            if isBlank {
                // An item that opened on a blank line may hold only that one blank line.
                guard !nodes[index].children.isEmpty else { return .failed }
                advanceNextNonspace()
                return .matched
            }
            guard indent >= marker.markerOffset + marker.padding else { return .failed }
            advanceOffset(marker.markerOffset + marker.padding)
            return .matched
        case .heading, .thematicBreak, .pageBreak, .cutLine:
            return .failed
        case .fencedCode(let fence):
            if indent <= 3, isClosingFence(fence) {
                finalize(index)
                return .consumed
            }
            var skipped = 0
            while skipped < fence.indent, let next = byte(at: offset), next == 0x20 {
                advanceOffset(1)
                skipped += 1
            }
            return .matched
        case .indentedCode:
            if isIndented {
                advanceOffset(4)
                return .matched
            }
            if isBlank {
                advanceNextNonspace()
                return .matched
            }
            return .failed
        case .paragraph, .table:
            return isBlank ? .failed : .matched
        }
    }

    private func isClosingFence(_ fence: Fence) -> Bool {
        var index = nextNonspace
        while index < line.count, line[index] == fence.character {
            index += 1
        }
        return index - nextNonspace >= fence.length && ByteClass.isBlank(line[index...])
    }
}
