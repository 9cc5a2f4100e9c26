import ParticipeDocuments
import Testing

@Suite("Markdown escaper: an answer never becomes Markdown syntax")
struct MarkdownEscaperTests {
    @Test(arguments: ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$"])
    func inlineSpecialsAreEscapedAnywhere(_ special: String) {
        #expect(MarkdownEscaper.escape("a\(special)b") == "a\\\(special)b")
        #expect(MarkdownEscaper.escape("\(special)\(special)") == "\\\(special)\\\(special)")
        #expect(MarkdownEscaper.escapeCell("a\(special)b") == "a\\\(special)b")
    }

    @Test(arguments: [
        ("# Titre", "\\# Titre"), ("## Sous-titre", "\\## Sous-titre"), ("- élément", "\\- élément"),
        ("+ élément", "\\+ élément"), ("===", "\\==="), ("> citation", "\\> citation"),
        ("* étoile", "\\* étoile"), ("1. premier", "1\\. premier"), ("12) douze", "12\\) douze"),
        ("---", "\\---"), ("***", "\\*\\*\\*"), ("___", "\\_\\_\\_"),
    ])
    func lineStartsThatOpenABlock(_ text: String, _ escaped: String) {
        #expect(MarkdownEscaper.escape(text) == escaped)
        #expect(MarkdownEscaper.escape("ligne\n" + text) == "ligne\\\n" + escaped)
    }

    @Test(arguments: [
        "0.44", "-5 %", "#hashtag", "= 3", "+33 6 12", ": définition", "1.5 ETP", "2026-03-01", "= souligné",
    ])
    func lineStartsThatCannotOpenABlockStay(_ text: String) {
        #expect(MarkdownEscaper.escape(text) == text)
    }

    @Test(arguments: ["a # b", "a - b", "a + b", "x = 1", "2 > 1 ?", "version 1. ou 2)", "C'est « bien » !"])
    func theSameCharactersInsideALineStay(_ text: String) {
        let escaped = MarkdownEscaper.escape(text)
        #expect(escaped.replacingOccurrences(of: "\\>", with: ">") == text)
    }

    @Test func newlinesBecomeHardBreaks() {
        #expect(MarkdownEscaper.escape("un\ndeux") == "un\\\ndeux")
        #expect(MarkdownEscaper.escape("un\n\n\ndeux\n") == "un\\\ndeux")
        #expect(MarkdownEscaper.escape("un\r\ndeux\rtrois") == "un\\\ndeux\\\ntrois")
        #expect(MarkdownEscaper.escape("un\u{2028}deux") == "un\\\ndeux")
    }

    @Test func anIndentedMarkerIsEscapedToo() {
        #expect(MarkdownEscaper.escape(" - indenté") == " \\- indenté")
        #expect(MarkdownEscaper.escape("ligne\n   - indenté") == "ligne\\\n\\- indenté")
    }

    @Test func indentationCannotOpenACodeBlock() {
        #expect(MarkdownEscaper.escape("    code\n\t# titre") == " code\\\n\\# titre")
    }

    @Test func trailingSpacesCannotMakeABreak() {
        #expect(MarkdownEscaper.escape("fin  \nsuite") == "fin \\\nsuite")
        #expect(MarkdownEscaper.escape("fin  ") == "fin ")
    }

    @Test func controlCharactersAreReplaced() {
        #expect(MarkdownEscaper.escape("a\u{0}b\u{1B}[31mc\u{7F}") == "a\u{FFFD}b\u{FFFD}\\[31mc\u{FFFD}")
        #expect(MarkdownEscaper.escape("a\tb") == "a\tb")
    }

    @Test func htmlAndLinks() {
        #expect(MarkdownEscaper.escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
        #expect(MarkdownEscaper.escape("[lien](javascript:alert(1))") == "\\[lien\\](javascript:alert(1))")
        #expect(MarkdownEscaper.escape("![x](http://x)") == "!\\[x\\](http://x)")
        #expect(MarkdownEscaper.escape("&amp; &#60;") == "\\&amp; \\&#60;")
    }

    @Test func unicodeIsKept() {
        #expect(MarkdownEscaper.escape("Émilie — 日本語 🎉👩‍👩‍👧") == "Émilie — 日本語 🎉👩‍👩‍👧")
    }

    @Test func tableCellsKeepOneLineAndEscapePipes() {
        #expect(MarkdownEscaper.escapeCell("a | b\nc\n\n# d") == "a \\| b c # d")
        #expect(MarkdownEscaper.escapeCell("- x") == "\\- x")
    }

    @Test func emptyAndBlankTexts() {
        #expect(MarkdownEscaper.escape("") == "")
        #expect(MarkdownEscaper.escape("  \n\t\n") == "")
    }
}
