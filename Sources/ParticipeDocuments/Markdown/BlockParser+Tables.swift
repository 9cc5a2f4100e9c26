extension BlockParser {
    /// Turns the paragraph's last line into a table header when this line is a matching GFM
    /// delimiter row (`| --- | :-: |`).
    mutating func startTable(in container: Int) -> Int? {
        guard !isIndented, case .paragraph = nodes[container].kind, container == tip,
            let header = nodes[container].lines.last,
            let alignments = Self.delimiterRow(line[nextNonspace...])
        else { return nil }
        let headerCells = Self.cells(of: header)
        guard headerCells.count == alignments.count,
            line[nextNonspace...].contains(UInt8(ascii: "|")) || Self.hasUnescapedPipe(header)
        else { return nil }
        closeUnmatchedBlocks()
        nodes[container].lines.removeLast()
        let index: Int
        if nodes[container].lines.isEmpty {
            nodes[container].kind = .table(alignments: alignments)
            index = container
        } else {
            index = addChild(.table(alignments: alignments))
        }
        // The header is the table's first line; the delimiter row, added next, its second.
        nodes[index].lines = [header]
        advanceNextNonspace()
        return index
    }

    /// The column alignments of a delimiter row, or nil when the line is not one.
    static func delimiterRow(_ bytes: ArraySlice<UInt8>) -> [TableAlignment]? {
        guard bytes.allSatisfy({ " \t|:-".utf8.contains($0) }), bytes.contains(UInt8(ascii: "-")) else {
            return nil
        }
        var alignments: [TableAlignment] = []
        for cell in cells(of: bytes) {
            guard cell.contains(UInt8(ascii: "-")) else { return nil }
            let left = cell.first == UInt8(ascii: ":")
            let right = cell.last == UInt8(ascii: ":")
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            switch (left, right) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(TableAlignment.none)
            }
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// Splits a row into trimmed cells on unescaped pipes; `\|` becomes a literal `|`.
    static func cells(of row: ArraySlice<UInt8>) -> [[UInt8]] {
        var bytes = Array(Array(row).trimmingSpaces())
        if bytes.first == UInt8(ascii: "|") {
            bytes.removeFirst()
        }
        var cells: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        var endsWithPipe = false
        while index < bytes.count {
            let byte = bytes[index]
            endsWithPipe = false
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                if bytes[index + 1] != UInt8(ascii: "|") {
                    current.append(byte)
                }
                current.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(Array(current.trimmingSpaces()))
                current.removeAll()
                endsWithPipe = true
            } else {
                current.append(byte)
            }
            index += 1
        }
        if !endsWithPipe || cells.isEmpty {
            cells.append(Array(current.trimmingSpaces()))
        }
        return cells
    }

    private static func hasUnescapedPipe(_ bytes: ArraySlice<UInt8>) -> Bool {
        var escaped = false
        for byte in bytes {
            if byte == UInt8(ascii: "|") && !escaped { return true }
            escaped = byte == UInt8(ascii: "\\") && !escaped
        }
        return false
    }
}
