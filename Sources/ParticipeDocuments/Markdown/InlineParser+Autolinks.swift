extension InlineParser {
    /// `<scheme:…>` and `<address@example.org>` become links; any other `<` is literal text,
    /// since raw HTML is not part of the supported subset.
    mutating func handleAngleBracket() {
        if let (destination, end) = autolink(at: position) {
            let text = ByteClass.string(subject[(position + 1)..<(end - 1)])
            let index = append(.link(destination: Self.safeDestination(destination), title: ""))
            let child = nodes.count
            nodes.append(Node(kind: .text, text: Array(text.utf8)))
            nodes[index].firstChild = child
            nodes[index].depth = 1
            position = end
        } else {
            position += 1
            appendText([UInt8(ascii: "<")])
        }
    }

    private func autolink(at start: Int) -> (String, Int)? {
        var index = start + 1
        var end = index
        while end < subject.count, subject[end] != UInt8(ascii: ">") {
            let byte = subject[end]
            if byte <= 0x20 || byte == UInt8(ascii: "<") { return nil }
            end += 1
        }
        guard end < subject.count else { return nil }
        let body = subject[index..<end]
        // URI: a scheme of 2–32 characters, a colon, then anything left.
        if let first = body.first, ByteClass.isLetter(first) {
            while index < end, ByteClass.isAlphanumeric(subject[index]) || "+.-".utf8.contains(subject[index]) {
                index += 1
            }
            let schemeLength = index - start - 1
            if index < end, subject[index] == UInt8(ascii: ":"), (2...32).contains(schemeLength) {
                return (ByteClass.string(body), end + 1)
            }
        }
        if Self.isEmailAddress(body) {
            return ("mailto:" + ByteClass.string(body), end + 1)
        }
        return nil
    }

    private static func isEmailAddress(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[bytes.startIndex..<at]
        let domain = bytes[(at + 1)...]
        let localAllowed = Set(".!#$%&'*+/=?^_`{|}~-".utf8)
        guard !local.isEmpty, local.allSatisfy({ ByteClass.isAlphanumeric($0) || localAllowed.contains($0) }) else {
            return false
        }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return !labels.isEmpty
            && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && label.first != UInt8(ascii: "-")
                    && label.last != UInt8(ascii: "-")
                    && label.allSatisfy { ByteClass.isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
            }
    }
}
