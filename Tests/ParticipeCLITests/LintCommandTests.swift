import Foundation
import ParticipeTestSupport
import Testing

@Suite("participe lint")
struct LintCommandTests {
    @Test func aValidKit() throws {
        assertResult(
            try runParticipe(["lint", Fixtures.path("kits/demo")]), exitCode: 0,
            stdout: "demo : 2 section(s), 15 question(s), 3 règle(s), 6 élément(s) de catalogue, 1 document(s)\n",
            stderr: "")
    }

    @Test func theSummaryInEnglish() throws {
        assertResult(
            try runParticipe(["lint", Fixtures.path("kits/demo"), "--lang", "en"]), exitCode: 0,
            stdout: "demo: 2 sections, 15 questions, 3 rules, 6 catalogue items, 1 documents\n", stderr: "")
    }

    @Test func theCountOfErrorsInFrenchAndInEnglish() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            "id: k\nversion: 1\nlanguages: [fr]\ntitle: T\nsections: [{id: s, title: S, questions: [{id: q, type: integr, label: Q}]}]\n",
            to: "k/kit.yaml")
        let french = try runParticipe(["lint", folder.path("k"), "--lang", "fr"])
        assertResult(french, exitCode: 1, stdout: "")
        #expect(french.stderr.hasSuffix("\n\(folder.path("k")) : 1 erreur(s)\n"), "\(french.stderr)")
        let english = try runParticipe(["lint", folder.path("k"), "--lang", "en"])
        assertResult(english, exitCode: 1, stdout: "")
        #expect(english.stderr.hasSuffix("\n\(folder.path("k")): 1 error(s)\n"), "\(english.stderr)")
    }

    @Test func aBrokenKitExits1WithItsErrors() throws {
        let folder = try TemporaryDirectory()
        let kit = MarkedText(
            """
            id: casse
            version: 1
            languages: [fr]
            title: Cassé
            sections:
              - id: s
                title: S
                questions:
                  - {id: q, type: ⟨integr, label: Q}

            """)
        try folder.write(kit.text, to: "casse/kit.yaml")
        let file = folder.path("casse/kit.yaml")
        assertResult(
            try runParticipe(["lint", folder.path("casse")]), exitCode: 1, stdout: "",
            stderr: """
                \(kit.location(in: file)): error: type de question inconnu « integr » ; vouliez-vous dire « integer » ? (types : text, paragraph, integer, number, boolean, date, time, single, multiple, scale, ranking, points, list, scores)
                      - {id: q, type: integr, label: Q}
                                      ^
                \(folder.path("casse")) : 1 erreur(s)

                """)
    }

    @Test func missingTranslationsAreWarningsThatFailWithStrict() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            """
            id: k
            version: 1
            languages: [fr, en]
            title: {fr: Titre}
            sections: [{id: s, title: S, questions: [{id: q, type: text, label: Q}]}]

            """, to: "k/kit.yaml")
        let lenient = try runParticipe(["lint", folder.path("k")])
        assertResult(
            lenient, exitCode: 0,
            stdout:
                "k : 1 section(s), 1 question(s), 0 règle(s), 0 élément(s) de catalogue, 0 document(s), 1 avertissement(s), "
                + "1 note(s)\n",
            stderr: """
                \(folder.path("k/kit.yaml")):4:8: warning: le titre du kit n'a pas de traduction « en »
                title: {fr: Titre}
                       ^
                \(folder.path("k/kit.yaml")):5:42: note: la question « s.q » ne sert à aucun document, règle, valeur calculée, catalogue ni condition : sa réponse ne va nulle part
                sections: [{id: s, title: S, questions: [{id: q, type: text, label: Q}]}]
                                                         ^

                """)
        assertResult(try runParticipe(["lint", folder.path("k"), "--strict"]), exitCode: 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func tenThousandNestedParenthesesInAnExpression() throws {
        let folder = try TemporaryDirectory()
        let expression = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        try folder.write(
            "id: k\nversion: 1\nlanguages: [fr]\ntitle: T\nsections: [{id: s, title: S, questions: [{id: q, type: text, label: Q}]}]\n"
                + "computed:\n  - {id: profond, value: \"\(expression)\"}\n", to: "k/kit.yaml")
        let result = try runParticipe(["lint", folder.path("k")])
        assertResult(result, exitCode: 1, stdout: "")
        #expect(
            result.stderr.hasPrefix(
                "\(folder.path("k/kit.yaml")):7:227: error: expression trop imbriquée (plus de 200 niveaux) ; découpez-la en valeurs calculées"
            ))
        #expect(result.duration < 10)
    }

    @Test func aMissingFolder() throws {
        let folder = try TemporaryDirectory()
        let result = try runParticipe(["lint", folder.path("absent")])
        assertResult(result, exitCode: 1, stdout: "")
        #expect(
            result.stderr.hasPrefix(
                "\(folder.path("absent/kit.yaml")):1:1: error: impossible de lire « \(folder.path("absent/kit.yaml")) » : ce fichier n'existe pas\n"
            ))
        let english = try runParticipe(["lint", folder.path("absent"), "--lang", "en"])
        #expect(
            english.stderr.hasPrefix(
                "\(folder.path("absent/kit.yaml")):1:1: error: cannot read '\(folder.path("absent/kit.yaml"))': no such file\n"
            ))
    }
}
