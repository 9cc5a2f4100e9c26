import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Decoding: what the answers decoder and NodeDecoder say, in French as in English")
struct DecodingWordingTests {
    private static let here = SourceLocation(file: "f.yaml", line: 3, column: 7)

    private static func scalar(_ text: String, _ style: YAMLNode.ScalarStyle = .plain) -> YAMLNode {
        YAMLNode(.scalar(text, style), at: here)
    }

    private static let list = YAMLNode(.sequence([scalar("a")]), at: here)
    private static let null = scalar("")

    /// The errors, then the warnings, of one use of a decoder speaking `language`.
    private func messages(_ language: Language, _ use: (inout NodeDecoder) -> Void) -> [String] {
        var decoder = NodeDecoder()
        decoder.language = language
        use(&decoder)
        return (decoder.collector.errors + decoder.collector.warnings).map(\.message)
    }

    @Test func identifiersInFrench() {
        #expect(
            messages(.french) { _ = $0.identifier(Self.scalar("Mon kit"), what: "« id »") } == [
                "« Mon kit » n'est pas un identifiant valide pour « id » : utilisez des lettres ASCII minuscules, des chiffres et « _ »"
            ])
        #expect(
            messages(.french) { _ = $0.identifier(Self.scalar("Mon kit"), what: "« id »", dashes: true) } == [
                "« Mon kit » n'est pas un identifiant valide pour « id » : utilisez des lettres ASCII minuscules, des chiffres, « _ » et « - »"
            ])
    }

    @Test func valuesOfTheWrongKindInFrench() {
        #expect(
            messages(.french) { _ = $0.boolean(Self.scalar("peut-être"), what: "« price »") } == [
                "« price » doit valoir true ou false (trouvé : « peut-être »)"
            ])
        #expect(
            messages(.french) { _ = $0.number(Self.list, what: "« weight »") } == [
                "« weight » doit être un nombre (trouvé : une liste)"
            ])
        #expect(
            messages(.french) { _ = $0.integer(Self.scalar("2,5"), what: "« min »") } == [
                "« min » doit être un nombre entier (trouvé : « 2,5 »)"
            ])
        #expect(
            messages(.french) { _ = $0.date(Self.null, what: "« min_date »") } == [
                "« min_date » doit être une date écrite AAAA-MM-JJ (trouvé : rien)"
            ])
        #expect(
            messages(.french) { _ = $0.expression(Self.list, what: "« when »") } == [
                "« when » doit être une expression (trouvé : une liste)"
            ])
        #expect(
            messages(.french) { _ = $0.questionPath(Self.scalar("budget"), what: "« weights »") } == [
                "« weights » doit désigner une question sous la forme « section.question » (trouvé : « budget »)"
            ])
    }

    @Test func localisedTextsInFrench() {
        #expect(
            messages(.french) { _ = $0.localized(Self.list, what: "le titre du kit") } == [
                "le titre du kit doit être un texte, ou des paires langue : texte (trouvé : une liste)"
            ])
        let texts = YAMLNode(
            .mapping([
                YAMLPair(key: Self.scalar("fr"), value: Self.scalar("Titre")),
                YAMLPair(key: Self.scalar("de"), value: Self.scalar("Titel")),
            ]), at: Self.here)
        #expect(
            messages(.french) { decoder in
                decoder.languages = [.french, .english]
                _ = decoder.localized(texts, what: "le titre du kit")
            } == [
                "langue inconnue « de » dans le titre du kit ; les langues du kit sont fr, en",
                "le titre du kit n'a pas de traduction « en »",
            ])
    }

    /// A node of the wrong kind is named, not quoted as if it were a value.
    @Test func kindsAreNamedInEnglish() {
        #expect(
            messages(.english) { _ = $0.boolean(Self.list, what: "'price'") } == [
                "'price' must be true or false, found a list"
            ])
        #expect(
            messages(.english) { _ = $0.number(Self.scalar("many"), what: "'weight'") } == [
                "'weight' must be a number, found 'many'"
            ])
        #expect(
            messages(.english) { _ = $0.identifier(Self.scalar("A b"), what: "'id'", dashes: true) } == [
                "'id' 'A b' is not a valid id: use lower-case ASCII letters, digits, '_' and '-'"
            ])
    }

    @Test func didYouMean() {
        #expect(
            Suggestion.hint(for: "dmeo", among: ["demo", "autre"], language: .french)
                == " ; vouliez-vous dire « demo » ?")
        #expect(Suggestion.hint(for: "dmeo", among: ["demo", "autre"]) == "; did you mean 'demo'?")
        #expect(Suggestion.hint(for: "zzzz", among: ["demo"], language: .french) == "")
    }

    // MARK: Answers files, read in French

    /// The diagnostics of reading and decoding `text` against the demo kit, in French.
    private func frenchErrors(_ text: String) throws -> [String] {
        let fixture = try AnswersFixture(text)
        let kit = try demoKit()
        var texts = SourceTexts()
        do {
            let file = try AnswersFile.read(fixture.path, language: .french, texts: &texts)
            _ = try file.decode(for: kit, messages: .french)
            return []
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    @Test func theHeaderKeysAreQuotedTheFrenchWay() throws {
        #expect(
            try frenchErrors("kit: [demo]\nversion: \"2\"\nlanguage: EN\n") == [
                "« kit » doit être un texte (trouvé : une liste)",
                "« EN » n'est pas un identifiant valide pour « language » : utilisez des lettres ASCII minuscules, des chiffres et « _ »",
            ])
    }

    @Test func answersInFrench() throws {
        #expect(
            try frenchErrors(demoAnswersHeader + "answers:\n  identite:\n    type: comune\n") == [
                "choix inconnu « comune » pour « identite.type » ; vouliez-vous dire « commune » ? "
                    + "(choix possibles : commune, epci, etat)"
            ])
        #expect(
            try frenchErrors(demoAnswersHeader + "answers:\n  identite:\n    population: 1e16\n") == [
                "« identite.population » attend un nombre entier (trouvé : « 1e16 ») ; "
                    + "les nombres sont limités à 10^15 en valeur absolue"
            ])
        #expect(
            try frenchErrors(
                demoAnswersHeader + "answers:\n  projet:\n    offres:\n      - candidate: [A]\n        price: 1e20\n")
                == [
                    "« candidate » doit être un texte (trouvé : une liste)",
                    "« price » doit être un nombre (euros hors taxes) ; les nombres sont limités à 10^15 en valeur absolue",
                ])
        #expect(
            try frenchErrors(
                demoAnswersHeader + "answers:\n  projet:\n    equipe:\n      - nom: Anne\n        rol: dpo\n")
                == [
                    "clé inconnue « rol » dans un élément de « projet.equipe » ; vouliez-vous dire « role » ? "
                        + "(attendu : « nom », « role », « temps »)"
                ])
    }

    // MARK: The table itself

    @Test func everyExpectationInBothLanguages() {
        let expected: [(DecodingMessage.Expected, String, String)] = [
            (.text, "un texte", "a text"),
            (.time, "une heure écrite HH:MM", "a time of day written HH:MM"),
            (
                .choices(examples: ["a", "b"]), "une liste d'identifiants de choix, par exemple [a, b]",
                "a list of choice ids, such as [a, b]"
            ),
            (
                .items(fields: ["nom", "role"]), "une liste d'éléments, chacun fait des champs nom, role",
                "a list of items, each a mapping of nom, role"
            ),
            (
                .candidates, "une liste d'offres, chacune avec « candidate » et « scores »",
                "a list of candidates, each with 'candidate' and 'scores'"
            ),
        ]
        for (expectation, french, english) in expected {
            let message = DecodingMessage.expects(
                answer: "s.q", expected: expectation, found: .kind(.mapping), tooLarge: false)
            #expect(message.text(in: .french) == "« s.q » attend \(french) (trouvé : des paires clé : valeur)")
            #expect(message.text(in: .english) == "'s.q' expects \(english), found a mapping")
        }
    }
}
