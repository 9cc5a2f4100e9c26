import ParticipeDocuments
import Testing

@Suite struct MarkdownReaderTests {
    private func read(_ text: String) -> [MarkdownBlock] {
        MarkdownReader().read(text).blocks
    }

    @Test func headingsOfEveryLevel() {
        let blocks = read("# Un\n## Deux\n### Trois\n#### Quatre\n##### Cinq\n###### Six\n####### Sept")
        let levels = blocks.compactMap { block -> Int? in
            if case .heading(let level, _) = block { return level }
            return nil
        }
        #expect(levels == [1, 2, 3, 4, 5, 6])
        #expect(blocks.last == .paragraph([.text("####### Sept")]))
    }

    @Test func paragraphsWithSoftAndHardBreaks() {
        #expect(
            read("un\ndeux  \ntrois\\\nquatre\n\nautre")
                == [
                    .paragraph([
                        .text("un"), .softBreak, .text("deux"), .lineBreak, .text("trois"), .lineBreak, .text("quatre"),
                    ]),
                    .paragraph([.text("autre")]),
                ])
    }

    @Test func emphasisStrongAndCode() {
        #expect(
            read("*a* **b** _c_ __d__ `e*f`")
                == [
                    .paragraph([
                        .emphasis([.text("a")]), .text(" "), .strong([.text("b")]), .text(" "), .emphasis([.text("c")]),
                        .text(" "), .strong([.text("d")]), .text(" "), .code("e*f"),
                    ])
                ])
    }

    @Test func intrawordUnderscoreIsLiteral() {
        #expect(read("snake_case_name") == [.paragraph([.text("snake_case_name")])])
    }

    @Test func backslashEscapesAreLiteral() {
        #expect(read("\\*pas\\* \\_non\\_ \\# 2 \\\\ \\[a\\](b)") == [.paragraph([.text("*pas* _non_ # 2 \\ [a](b)")])])
        // A backslash before anything else stays.
        #expect(read("C:\\dossier") == [.paragraph([.text("C:\\dossier")])])
    }

    @Test func links() {
        #expect(
            read("[site](https://example.org \"Titre\")")
                == [.paragraph([.link(destination: "https://example.org", title: "Titre", content: [.text("site")])])])
        #expect(
            read("<https://a.fr>")
                == [.paragraph([.link(destination: "https://a.fr", title: "", content: [.text("https://a.fr")])])])
        #expect(
            read("[x](javascript:alert(1))") == [.paragraph([.link(destination: "", title: "", content: [.text("x")])])]
        )
    }

    @Test func bulletListsNestAndTighten() {
        let blocks = read("- un\n  - deux\n- trois")
        #expect(
            blocks == [
                .list(
                    MarkdownList(
                        kind: .bullet, isTight: true,
                        items: [
                            [
                                .paragraph([.text("un")]),
                                .list(
                                    MarkdownList(kind: .bullet, isTight: true, items: [[.paragraph([.text("deux")])]])),
                            ],
                            [.paragraph([.text("trois")])],
                        ]))
            ])
    }

    @Test func orderedListsKeepTheirStart() {
        guard case .list(let list) = read("7. sept\n8. huit").first else {
            Issue.record("no list")
            return
        }
        #expect(list.kind == .ordered(start: 7))
        #expect(list.items.count == 2)
    }

    @Test func looseListsAreLoose() {
        guard case .list(let list) = read("- a\n\n- b").first else {
            Issue.record("no list")
            return
        }
        #expect(!list.isTight)
    }

    @Test func tablesWithAlignmentAndEscapedPipes() {
        let blocks = read("| A | B |\n|:--|--:|\n| x \\| y | 2 |\n| seul |")
        #expect(
            blocks == [
                .table(
                    MarkdownTable(
                        alignments: [.left, .right], header: [[.text("A")], [.text("B")]],
                        rows: [[[.text("x | y")], [.text("2")]], [[.text("seul")], []]]))
            ])
    }

    @Test func blockQuotesNest() {
        #expect(
            read("> a\n>> b") == [.blockQuote([.paragraph([.text("a")]), .blockQuote([.paragraph([.text("b")])])])])
    }

    @Test func thematicBreaksAndPageBreaks() {
        #expect(
            read("a\n\n---\n\n<!-- pagebreak -->\nb") == [
                .paragraph([.text("a")]), .thematicBreak, .pageBreak, .paragraph([.text("b")]),
            ])
        #expect(read("<!--PageBreak-->") == [.pageBreak])
        #expect(read("a\n<!-- cut -->\nb") == [.paragraph([.text("a")]), .cutLine, .paragraph([.text("b")])])
        #expect(read("<!-- Cut -->") == [.cutLine])
        #expect(read("<!-- cuts -->") == [.paragraph([.text("<!-- cuts -->")])])
    }

    @Test func rawHTMLIsText() {
        #expect(read("<div>x</div> <b>gras</b>") == [.paragraph([.text("<div>x</div> <b>gras</b>")])])
        #expect(read("<!-- commentaire -->") == [.paragraph([.text("<!-- commentaire -->")])])
    }

    @Test func codeBlocks() {
        #expect(read("```yaml\na: 1\n```") == [.codeBlock(info: "yaml", text: "a: 1\n")])
        #expect(read("    indenté") == [.codeBlock(info: "", text: "indenté\n")])
    }

    @Test func lineEndingsAndNul() {
        #expect(
            read("a\r\nb\rc\u{0}") == [
                .paragraph([.text("a"), .softBreak, .text("b"), .softBreak, .text("c\u{FFFD}")])
            ])
    }

    @Test func deepBlockQuotesAreBounded() {
        let blocks = read(String(repeating: ">", count: 5_000) + " fond")
        var depth = 0
        var current = blocks
        while case .blockQuote(let inner)? = current.first {
            depth += 1
            current = inner
        }
        #expect(depth == MarkdownReader.maximumNesting)
        guard case .paragraph(let content)? = current.first else {
            Issue.record("no paragraph at the bottom")
            return
        }
        #expect(content.plainText.hasSuffix("> fond"))
    }

    @Test func deepListsAndEmphasisAreBounded() {
        var text = ""
        for level in 0..<200 {
            text += String(repeating: "  ", count: level) + "- niveau\n"
        }
        _ = read(text)
        let stars = String(repeating: "*", count: 3_000)
        let blocks = read(stars + "a" + stars)
        #expect(!blocks.isEmpty)
        let brackets = String(repeating: "[", count: 3_000) + "x" + String(repeating: "](u)", count: 3_000)
        #expect(!read(brackets).isEmpty)
    }

    @Test func unmatchedBackticksStayFast() {
        var text = ""
        for length in 1...400 {
            text += String(repeating: "`", count: length) + " a "
        }
        #expect(read(text).count == 1)
    }
}
