import Testing

@testable import ParticipeCore

/// The one "did you mean" rule, used for answers, kits, expressions, templates and the kit library.
@Suite("Suggestions for misspelt names")
struct SuggestionTests {
    @Test(arguments: [
        ("requird", "required"), ("dmeo", "demo"), ("titel", "title"), ("obligatoir", "obligatoire"), ("FOM", "FON"),
    ])
    func suggestsTheClosestName(_ typo: String, _ expected: String) {
        let candidates = ["required", "demo", "title", "obligatoire", "FON", "when", "label"]
        #expect(Suggestion.closest(to: typo, among: candidates) == expected)
    }

    @Test func suggestsNothingForAnUnrelatedName() {
        #expect(Suggestion.closest(to: "zzz", among: ["required", "when"]) == nil)
        #expect(Suggestion.hint(for: "zzz", among: []) == "")
    }

    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("abc", "abc", 0), ("ab", "ba", 1), ("abcd", "acbd", 1), ("kitten", "sitting", 3),
    ])
    func editDistance(_ left: String, _ right: String, _ distance: Int) {
        #expect(Suggestion.editDistance(left, right) == distance)
        #expect(Suggestion.editDistance(right, left) == distance)
    }

    @Test func aTypoIsOneEditPerThreeLetters() {
        // Two edits in a six-letter word: still a typo; three are not.
        #expect(Suggestion.closest(to: "budgte", among: ["budget"]) == "budget")
        #expect(Suggestion.closest(to: "bugdte", among: ["budget"]) == "budget")
        #expect(Suggestion.closest(to: "bxdxxt", among: ["budget"]) == nil)
        // Short words still allow one edit.
        #expect(Suggestion.closest(to: "sm", among: ["sum"]) == "sum")
    }

    @Test func aSwapOfNeighboursIsOneEdit() {
        #expect(Suggestion.closest(to: "lenght", among: ["length", "lent"]) == "length")
        #expect(Suggestion.closest(to: "ab", among: ["ba"]) == "ba")
    }

    @Test func caseIsIgnoredButTheWordItselfIsNotSuggested() {
        #expect(Suggestion.closest(to: "Demo", among: ["demo"]) == "demo")
        #expect(Suggestion.closest(to: "TITLE", among: ["title", "titles"]) == "title")
        #expect(Suggestion.closest(to: "demo", among: ["demo"]) == nil)
    }

    @Test func tiesGoToTheFirstInAlphabeticalOrder() {
        #expect(Suggestion.closest(to: "cat", among: ["hat", "bat", "rat"]) == "bat")
        #expect(Suggestion.closest(to: "cat", among: Set(["rat", "hat", "bat"])) == "bat")
    }

    @Test func farWordsAreNotSuggested() {
        #expect(Suggestion.closest(to: "budget", among: ["calendrier", "participants", "vote"]) == nil)
        #expect(Suggestion.closest(to: "x", among: ["abc"]) == nil)
        #expect(Suggestion.hint(for: "budget", among: ["calendrier"], language: .french) == "")
    }

    @Test func theHintSpeaksTheUserLanguage() {
        #expect(Suggestion.hint(for: "titel", among: ["title"]) == "; did you mean 'title'?")
        #expect(
            Suggestion.hint(for: "titel", among: ["title"], language: .french) == " ; vouliez-vous dire « title » ?")
    }

    @Test func aHugeWordCostsNothing() {
        let huge = String(repeating: "a", count: 1_000_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(
                Suggestion.closest(to: huge, among: ["required", "demo", "title", String(repeating: "a", count: 9)])
                    == nil)
            #expect(Suggestion.closest(to: "demo", among: [huge, "dmeo"]) == "dmeo")
        }
        #expect(elapsed < .seconds(5))
        // Near in length but far in letters: the comparison stops early.
        #expect(Suggestion.editDistance(Array(huge), Array(String(repeating: "b", count: 1_000_000)), atMost: 3) == nil)
    }
}
