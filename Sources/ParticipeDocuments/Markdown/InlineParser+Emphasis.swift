extension InlineParser {
    /// A run of `*` or `_` that may open or close emphasis.
    struct Delimiter {
        var character: UInt8
        var count: Int
        var originalCount: Int
        var node: Int
        var canOpen: Bool
        var canClose: Bool
        var previous: Int
        var next = -1
    }

    mutating func handleDelimiterRun(_ character: UInt8) {
        let start = position
        while position < subject.count, subject[position] == character {
            position += 1
        }
        let before = scalar(endingAt: start)
        let after = scalar(startingAt: position)
        let beforeIsSpace = ByteClass.isUnicodeWhitespace(before)
        let afterIsSpace = ByteClass.isUnicodeWhitespace(after)
        let beforeIsPunctuation = ByteClass.isUnicodePunctuation(before)
        let afterIsPunctuation = ByteClass.isUnicodePunctuation(after)
        let leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        let rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if character == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        let node = append(.text, text: Array(subject[start..<position]))
        guard canOpen || canClose else { return }
        let count = position - start
        let index = delimiters.count
        delimiters.append(
            Delimiter(
                character: character, count: count, originalCount: count, node: node, canOpen: canOpen,
                canClose: canClose, previous: lastDelimiter))
        if lastDelimiter >= 0 {
            delimiters[lastDelimiter].next = index
        }
        lastDelimiter = index
    }

    /// The scalar before byte `index` of the subject; a line feed at the start, as CommonMark says.
    private func scalar(endingAt index: Int) -> Unicode.Scalar {
        guard index > 0 else { return "\n" }
        var start = index - 1
        while start > 0, index - start < 4, subject[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return String(decoding: subject[start..<index], as: UTF8.self).unicodeScalars.last ?? "\n"
    }

    private func scalar(startingAt index: Int) -> Unicode.Scalar {
        guard index < subject.count else { return "\n" }
        let end = Swift.min(index + 4, subject.count)
        return String(decoding: subject[index..<end], as: UTF8.self).unicodeScalars.first ?? "\n"
    }

    mutating func removeDelimiter(_ index: Int) {
        let delimiter = delimiters[index]
        if delimiter.previous >= 0 {
            delimiters[delimiter.previous].next = delimiter.next
        }
        if delimiter.next >= 0 {
            delimiters[delimiter.next].previous = delimiter.previous
        } else {
            lastDelimiter = delimiter.previous
        }
    }

    /// CommonMark's "process emphasis" over the delimiters above `bottom` (-1: all of them).
    mutating func processEmphasis(above bottom: Int) {
        var openersBottom: [Int: Int] = [:]
        var closer = lastDelimiter
        var first = -1
        while closer >= 0, closer != bottom {
            first = closer
            closer = delimiters[closer].previous
        }
        closer = first
        while closer >= 0 {
            let closing = delimiters[closer]
            guard closing.canClose else {
                closer = closing.next
                continue
            }
            let key = Int(closing.character) * 8 + (closing.canOpen ? 3 : 0) + closing.originalCount % 3
            let openerLimit = openersBottom[key] ?? bottom
            var opener = closing.previous
            var found = false
            while opener >= 0, opener != bottom, opener != openerLimit {
                let opening = delimiters[opener]
                let oddMatch =
                    (closing.canOpen || opening.canClose) && closing.originalCount % 3 != 0
                    && (opening.originalCount + closing.originalCount) % 3 == 0
                if opening.character == closing.character && opening.canOpen && !oddMatch {
                    found = true
                    break
                }
                opener = opening.previous
            }
            if found, wrapEmphasis(opener: opener, closer: closer) {
                if delimiters[closer].count == 0 {
                    let next = delimiters[closer].next
                    removeDelimiter(closer)
                    closer = next
                }
                continue
            }
            openersBottom[key] = closing.previous
            let next = closing.next
            if !closing.canOpen {
                removeDelimiter(closer)
            }
            closer = next
        }
        while lastDelimiter >= 0, lastDelimiter != bottom {
            removeDelimiter(lastDelimiter)
        }
    }

    /// Wraps the nodes between an opener and a closer in emphasis; false when that would nest
    /// deeper than the reader allows.
    private mutating func wrapEmphasis(opener: Int, closer: Int) -> Bool {
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        let first = nodes[openerNode].next
        let depth = maximumDepth(from: first, upTo: closerNode) + 1
        guard depth <= MarkdownReader.maximumInlineNesting else { return false }
        let used = delimiters[opener].count >= 2 && delimiters[closer].count >= 2 ? 2 : 1
        delimiters[opener].count -= used
        delimiters[closer].count -= used
        nodes[openerNode].text.removeLast(used)
        nodes[closerNode].text.removeLast(used)

        let wrapper = nodes.count
        nodes.append(Node(kind: used == 2 ? .strong : .emphasis, previous: openerNode, next: closerNode, depth: depth))
        if first != closerNode {
            let last = nodes[closerNode].previous
            nodes[wrapper].firstChild = first
            nodes[first].previous = -1
            nodes[last].next = -1
        }
        nodes[openerNode].next = wrapper
        nodes[closerNode].previous = wrapper

        // Delimiters between the two are now inside the emphasis: they can no longer match.
        delimiters[opener].next = closer
        delimiters[closer].previous = opener
        if delimiters[opener].count == 0 {
            removeDelimiter(opener)
        }
        return true
    }
}
