extension InlineParser {
    /// An open `[` that a later `]` may close into a link.
    struct Bracket {
        var node: Int
        var previousDelimiter: Int
        var isActive = true
    }

    mutating func handleOpenBracket() {
        position += 1
        let node = append(.text, text: [UInt8(ascii: "[")])
        brackets.append(Bracket(node: node, previousDelimiter: lastDelimiter))
    }

    mutating func handleCloseBracket() {
        position += 1
        guard let opener = brackets.last else {
            appendText([UInt8(ascii: "]")])
            return
        }
        brackets.removeLast()
        guard opener.isActive, let (destination, title, end) = linkTail(at: position),
            maximumDepth(from: nodes[opener.node].next, upTo: -1) < MarkdownReader.maximumInlineNesting
        else {
            appendText([UInt8(ascii: "]")])
            return
        }
        position = end
        processEmphasis(above: opener.previousDelimiter)
        // The `[` node becomes the link and takes everything after it as its text.
        let first = nodes[opener.node].next
        nodes[opener.node].kind = .link(destination: Self.safeDestination(destination), title: title)
        nodes[opener.node].text = []
        nodes[opener.node].depth = maximumDepth(from: first, upTo: -1) + 1
        if first >= 0 {
            nodes[opener.node].firstChild = first
            nodes[first].previous = -1
            nodes[opener.node].next = -1
            tail = opener.node
        }
        // Links may not contain links.
        for index in brackets.indices {
            brackets[index].isActive = false
        }
    }

    /// Parses `(destination "title")` at `start`, returning the unescaped parts and the end.
    private func linkTail(at start: Int) -> (String, String, Int)? {
        guard start < subject.count, subject[start] == UInt8(ascii: "(") else { return nil }
        var index = skipSpaces(from: start + 1)
        guard let (rawDestination, afterDestination) = linkDestination(at: index) else { return nil }
        index = skipSpaces(from: afterDestination)
        var rawTitle: ArraySlice<UInt8> = []
        if index > afterDestination, index < subject.count, let (title, afterTitle) = linkTitle(at: index) {
            rawTitle = title
            index = skipSpaces(from: afterTitle)
        }
        guard index < subject.count, subject[index] == UInt8(ascii: ")") else { return nil }
        return (Self.unescaped(rawDestination), Self.unescaped(rawTitle), index + 1)
    }

    /// Skips spaces, tabs and at most one line ending.
    private func skipSpaces(from start: Int) -> Int {
        var index = start
        var newlines = 0
        while index < subject.count {
            let byte = subject[index]
            if byte == 0x0A {
                newlines += 1
                if newlines > 1 { break }
            } else if !ByteClass.isSpaceOrTab(byte) {
                break
            }
            index += 1
        }
        return index
    }

    private func linkDestination(at start: Int) -> (ArraySlice<UInt8>, Int)? {
        guard start < subject.count else { return nil }
        if subject[start] == UInt8(ascii: "<") {
            var index = start + 1
            while index < subject.count {
                switch subject[index] {
                case UInt8(ascii: ">"): return (subject[(start + 1)..<index], index + 1)
                case UInt8(ascii: "<"), 0x0A: return nil
                case UInt8(ascii: "\\"): index += 2
                default: index += 1
                }
            }
            return nil
        }
        var index = start
        var depth = 0
        while index < subject.count {
            let byte = subject[index]
            if byte == UInt8(ascii: "\\"), index + 1 < subject.count, ByteClass.isASCIIPunctuation(subject[index + 1]) {
                index += 2
                continue
            }
            if byte <= 0x20 || byte == 0x7F { break }
            if byte == UInt8(ascii: "(") {
                depth += 1
                // cmark's limit on nested parentheses in destinations.
                if depth > 32 { return nil }
            } else if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        guard depth == 0, index > start || (index < subject.count && subject[index] == UInt8(ascii: ")")) else {
            return nil
        }
        return (subject[start..<index], index)
    }

    private func linkTitle(at start: Int) -> (ArraySlice<UInt8>, Int)? {
        let opening = subject[start]
        let closing: UInt8
        switch opening {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): closing = opening
        case UInt8(ascii: "("): closing = UInt8(ascii: ")")
        default: return nil
        }
        var index = start + 1
        while index < subject.count {
            let byte = subject[index]
            if byte == UInt8(ascii: "\\"), index + 1 < subject.count {
                index += 2
                continue
            }
            if byte == closing { return (subject[(start + 1)..<index], index + 1) }
            if opening == UInt8(ascii: "("), byte == UInt8(ascii: "(") { return nil }
            index += 1
        }
        return nil
    }

    /// An empty destination in place of a script or local-file URL, as cmark's safe mode does.
    static func safeDestination(_ destination: String) -> String {
        let lowered = destination.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) {
            return ""
        }
        if lowered.hasPrefix("data:") {
            let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return images.contains(where: lowered.hasPrefix) ? destination : ""
        }
        return destination
    }
}
