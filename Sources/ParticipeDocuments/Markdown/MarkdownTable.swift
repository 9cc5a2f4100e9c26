import Foundation

/// A GFM pipe table: one header row and body rows, all with as many cells as there are columns.
public struct MarkdownTable: Sendable, Equatable {
    public var alignments: [TableAlignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]

    public init(alignments: [TableAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    var columnCount: Int { alignments.count }
}

extension MarkdownTable {
    /// The alignments the writers use: a column the template left unaligned whose cells all hold numbers
    /// (amounts, scores, ranks, counts, percentages) is right-aligned, so that digits line up.
    package var displayAlignments: [TableAlignment] {
        alignments.indices.map { column in
            guard alignments[column] == .none else { return alignments[column] }
            var numbers = 0
            for row in rows where column < row.count {
                let text = row[column].plainText.trimmingCharacters(in: .whitespaces)
                if Self.placeholders.contains(text) { continue }
                guard Self.isNumber(text) else { return .none }
                numbers += 1
            }
            return numbers > 0 ? .right : .none
        }
    }

    /// What a cell holds where there is no number.
    private static let placeholders: Set<String> = ["", "—", "–", "-"]

    /// `148 600`, `85,17`, `-3`, `12 %`, `4 500 €`, `4 500 € HT`: digits with spaces between thousands and one
    /// decimal separator, a sign, a percentage or an amount in euros.
    package static func isNumber(_ text: String) -> Bool {
        var body = Substring(text)
        for unit in ["€ HT", "€", "%"] where body.hasSuffix(unit) {
            body = body.dropLast(unit.count)
            break
        }
        body = body.drop { $0 == "+" || $0 == "-" || $0 == "−" }
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        while let last = body.last, spaces.contains(last) { body = body.dropLast() }
        guard let first = body.first, first.isASCII, first.isNumber, let last = body.last, last.isASCII, last.isNumber
        else { return false }
        return body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." || spaces.contains($0) }
    }
}
