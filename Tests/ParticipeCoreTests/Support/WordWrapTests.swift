import Testing

@testable import ParticipeCore

@Suite("Word wrap: long lines cut between words, never inside one")
struct WordWrapTests {
    @Test func cutsAtSpacesWithinTheWidth() {
        let text = "Chaque réponse est enregistrée aussitôt dans le fichier de réponses."
        let wrapped = WordWrap.wrap(text, width: 20)
        #expect(wrapped == "Chaque réponse est\nenregistrée aussitôt\ndans le fichier de\nréponses.")
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 20 })
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    }

    @Test func shortLinesAndExistingLineBreaksStay() {
        #expect(WordWrap.wrap("Nom\n\nde l'organisme", width: 20) == "Nom\n\nde l'organisme")
    }

    @Test func aContinuationKeepsTheIndent() {
        #expect(
            WordWrap.wrap("  → Prévoyez au moins un euro par habitant.", width: 24)
                == "  → Prévoyez au moins un\n  euro par habitant.")
    }

    @Test func aWordLongerThanTheWidthStaysWhole() {
        let long = String(repeating: "x", count: 30)
        #expect(WordWrap.wrap("a \(long) b", width: 20) == "a\n\(long)\nb")
    }

    @Test func coloursTakeNoRoom() {
        let bold = "\u{1B}[1mNom de l'organisme\u{1B}[0m"
        #expect(WordWrap.wrap(bold, width: 18) == bold)
        #expect(WordWrap.columns(bold) == 18)
    }
}
