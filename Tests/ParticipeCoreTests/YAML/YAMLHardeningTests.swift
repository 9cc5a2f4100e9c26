import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("YAML reader: sizes stay linear, encodings and constructs it refuses are named, positions are the editor's")
struct YAMLHardeningTests {
    private func readError(_ text: String, language: Language = .english) -> Diagnostic? {
        do {
            _ = try YAMLReader(language: language).read(text: text, file: "in.yaml")
            return nil
        } catch {
            return error
        }
    }

    private func readError(bytes: [UInt8], language: Language = .english) -> Diagnostic? {
        do {
            _ = try YAMLReader(language: language).read(bytes: bytes, file: "in.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aFlowListOfOneHundredThousandItems() throws {
        let text = "items: [" + Array(repeating: "idees", count: 100_000).joined(separator: ", ") + "]\n"
        let node = try YAMLReader().read(text: text, file: "in.yaml")
        #expect(node.mapping?.first?.value.sequence?.count == 100_000)
    }

    @Test(.timeLimit(.minutes(1)))
    func aMappingOfThreeHundredThousandKeys() throws {
        let text = (0..<300_000).map { "k\($0): \($0)\n" }.joined()
        let node = try YAMLReader().read(text: text, file: "in.yaml")
        let pairs = try #require(node.mapping)
        #expect(pairs.count == 300_000)
        #expect(pairs.last?.key.location == SourceLocation(file: "in.yaml", line: 300_000, column: 1))
    }

    @Test(
        arguments: [
            ([0xFF, 0xFE] + Array("k\0i\0t\0".utf8), "UTF-16 (little-endian)"),
            ([0xFE, 0xFF] + Array("\0k\0i\0t".utf8), "UTF-16 (big-endian)"),
            (Array("k\0i\0t\0:\0".utf8), "UTF-16 (little-endian)"),
            (Array("\0k\0i\0t\0:".utf8), "UTF-16 (big-endian)"),
            ([0xFF, 0xFE, 0, 0] + Array("k\0\0\0".utf8), "UTF-32 (little-endian)"),
            ([0, 0, 0xFE, 0xFF] + Array("\0\0\0k".utf8), "UTF-32 (big-endian)"),
            (Array("\0\0\0k\0\0\0i".utf8), "UTF-32 (big-endian)"),
        ] as [([UInt8], String)])
    func wideEncodingsAreNamed(bytes: [UInt8], encoding: String) throws {
        let english = try #require(readError(bytes: bytes))
        #expect(english.description == "in.yaml:1:1: error: this file is \(encoding); save it as UTF-8")
        let french = try #require(readError(bytes: bytes, language: .french))
        #expect(french.message == "ce fichier est en \(encoding) : enregistrez-le en UTF-8")
    }

    @Test func controlCharactersAreFoundAtTheirLineAndColumn() throws {
        let input = MarkedText("kit: demo\nanswers:\n  nom: Ville⟨\u{1}de\n")
        let diagnostic = try #require(readError(input.text))
        #expect(diagnostic.location == SourceLocation(file: "in.yaml", line: input.line, column: input.column))
        #expect(
            diagnostic.message
                == "control character U+0001 is not allowed: remove it (a copy and paste may have brought it)")
    }

    @Test func aNulByteIsShownAsASymbolNeverWrittenOut() throws {
        let text = "kit: demo\nnom: a\u{0}b\n"
        let diagnostic = try #require(readError(text, language: .french))
        #expect(diagnostic.location == SourceLocation(file: "in.yaml", line: 2, column: 7))
        #expect(diagnostic.message.hasPrefix("caractère de contrôle U+0000 interdit"))
        var texts = SourceTexts()
        texts.register(text, for: "in.yaml")
        let rendered = texts.render(diagnostic)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(rendered.contains("nom: a␀b"))
        #expect(rendered.hasSuffix("\n      ^"))
    }

    /// Editors do not break lines at NEL, U+2028 or U+2029; libyaml does. Positions follow the editors.
    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func unusualLineSeparatorsDoNotCountAsLines(separator: String) throws {
        let text = "a: \"one\(separator)two\"\nb: \"three\(separator)four\"\nc: *alias\n"
        let diagnostic = try #require(readError(text))
        #expect(diagnostic.location == SourceLocation(file: "in.yaml", line: 3, column: 4))
        var texts = SourceTexts()
        texts.register(text, for: "in.yaml")
        #expect(texts.line(3, of: "in.yaml") == "c: *alias")
    }

    @Test func carriageReturnsCountAsEditorsCountThem() throws {
        let input = "a: 1\r\nb: 2\rc: *x\n"
        let diagnostic = try #require(readError(input))
        #expect(diagnostic.location == SourceLocation(file: "in.yaml", line: 3, column: 4))
    }

    @Test func mergeKeysHaveAMessageOfTheirOwn() throws {
        let input = MarkedText("base: {x: 1}\nother:\n  ⟨<<: {x: 2}\n  y: 3\n")
        let diagnostic = try #require(readError(input.text))
        #expect(diagnostic.location?.line == input.line)
        #expect(diagnostic.location?.column == input.column)
        #expect(diagnostic.message == "merge keys (<<) are not supported: write the keys out in full")
        let french = try #require(readError(input.text, language: .french))
        #expect(french.message.hasPrefix("les clés de fusion YAML (<<) ne sont pas acceptées"))
        // A quoted "<<" is an ordinary key.
        #expect(readError("\"<<\": 1\n") == nil)
    }

    @Test(arguments: [
        ("a: ⟨!!str 12\n", "!!str"), ("a: ⟨!custom {x: 1}\n", "!custom"), ("a: ⟨!!seq [1]\n", "!!seq"),
    ])
    func tagsHaveAMessageOfTheirOwn(text: String, tag: String) throws {
        let input = MarkedText(text)
        let diagnostic = try #require(readError(input.text))
        #expect(diagnostic.location?.column == input.column)
        #expect(diagnostic.message.hasPrefix("YAML tags (\(tagURI(tag))) are not supported"))
    }

    private func tagURI(_ tag: String) -> String {
        tag.hasPrefix("!!") ? "tag:yaml.org,2002:" + tag.dropFirst(2) : tag
    }

    @Test func aFrenchColonInAPlainTextGetsAHint() throws {
        let diagnostic = try #require(readError("nom_projet: Plan vélo : à vous la parole\n", language: .french))
        #expect(diagnostic.message == "YAML mal formé : « : » n'est pas permis à cet endroit")
        #expect(diagnostic.notes.first?.contains("doit être entre guillemets") == true)
        let english = try #require(readError("nom_projet: Plan vélo : à vous la parole\n"))
        #expect(english.message == "malformed YAML: mapping values are not allowed in this context")
        #expect(english.notes.first?.contains("must be in quotes") == true)
    }

    @Test func anUnclosedQuoteGetsAHint() throws {
        let diagnostic = try #require(readError("nom: \"Ville\nautre: 1\n", language: .french))
        #expect(diagnostic.message.hasPrefix("YAML mal formé : "))
        #expect(diagnostic.message.contains("dans le texte entre guillemets commencé à la ligne 1, colonne 6"))
        #expect(diagnostic.notes.first?.contains("guillemet") == true)
    }

    @Test func aFileLargerThanTheLimitIsNotReadWhole() throws {
        switch BoundedFile.contents(of: "/dev/zero", limit: 1_000_000) {
        case .failure(.tooLarge(let size)): #expect(size > 1_000_000 && size < 2_000_000)
        default: Issue.record("/dev/zero was not refused")
        }
        #expect(BoundedFile.contents(of: "/", limit: 10) == .failure(.unreadable(.folder)))
        #expect(BoundedFile.contents(of: "/nonexistent/file", limit: 10) == .failure(.unreadable(.missing)))
    }
}

@Suite("Diagnostics on the terminal: capped per kind, control characters shown")
struct DiagnosticRenderingTests {
    @Test func tenThousandOfTheSameKindShowTwentyAndACount() {
        let diagnostics =
            (0..<10_000).map { index in
                Diagnostic(
                    "unknown key 'inconnu\(index)' in the section 'identite'",
                    at: SourceLocation(file: "a.yaml", line: index + 1, column: 5))
            } + [Diagnostic("a different problem", at: nil)]
        let lines = SourceTexts().render(diagnostics, language: .english)
        #expect(lines.count == 22)
        #expect(lines[20] == "error: a different problem")
        #expect(lines[21] == "… and 9980 more of the same kind (--format json lists them all)")
        let french = SourceTexts().render(diagnostics, language: .french)
        #expect(french.last == "… et 9980 autre(s) du même genre (--format json les liste tous)")
    }

    @Test func controlCharactersInMessagesAreMadeVisible() {
        let diagnostic = Diagnostic("found '\u{1B}]0;pwned\u{7}\u{1B}[2J'", at: nil)
        let text = SourceTexts().render(diagnostic)
        #expect(text == "error: found '␛]0;pwned␇␛[2J'")
    }

    @Test func coloursAreKeptOnlyWhenAsked() {
        let styled = "\u{1B}[1mtitre\u{1B}[0m \u{1B}[2J"
        #expect(VisibleText.escapingControls(styled, keepingColours: true) == "\u{1B}[1mtitre\u{1B}[0m ␛[2J")
        #expect(VisibleText.escapingControls(styled) == "␛[1mtitre␛[0m ␛[2J")
        #expect(VisibleText.escapingControls("a\nb\u{2028}c", keepingNewlines: true) == "a\nb\\u{2028}c")
    }
}
