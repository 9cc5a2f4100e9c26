import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// One kind of kit error: the files of a small kit, one of them marked where the error must point.
struct LoaderErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// `kit.yaml`, with a `⟨` where the error is, unless `markedFile` says otherwise.
    var kit: String
    var message: String
    var files: [String: String] = [:]
    /// The file holding the marker, relative to the kit folder.
    var markedFile = "kit.yaml"

    var testDescription: String { name }
}

@Suite("Kit loader: one error per kind, with its position")
struct KitLoaderErrorTests {
    static let cases: [LoaderErrorCase] = [
        LoaderErrorCase(
            name: "malformed YAML",
            kit: kitText(
                """
                rules:
                  - id: r
                    severity: warning
                    when: "true"
                    message: {fr: "ouvert"
                ⟨glossary: []
                """),
            message:
                "malformed YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 26, column 14)"
        ),
        LoaderErrorCase(
            name: "unknown key with a suggestion",
            kit: kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - {id: nom, type: text, label: Nom, ⟨requird: true}

                    """),
            message: "unknown key 'requird' in a question; did you mean 'required'?"),
        LoaderErrorCase(
            name: "duplicate question id",
            kit: kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - {id: nom, type: text, label: Nom}
                          - ⟨{id: nom, type: text, label: Nom bis}

                    """),
            message: "duplicate question id 'nom' in section 'identite' (first defined at line 9)"),
        LoaderErrorCase(
            name: "duplicate section id",
            kit: kitText(
                sections: baseSections
                    + """
                      - ⟨id: projet
                        title: Encore
                        questions: [{id: x, type: text, label: X}]

                    """),
            message:
                "duplicate name 'projet' (sections, computed values, grids and matrices share one namespace; first defined at line 14)"
        ),
        LoaderErrorCase(
            name: "duplicate key",
            kit: kitText("⟨sections: []\n"),
            message: "duplicate key 'sections' in the kit"),
        LoaderErrorCase(
            name: "unknown reference in 'when'",
            kit: kitText(
                """
                rules:
                  - {id: r, severity: warning, message: M, when: "⟨identite.typ == 'x'"}

                """),
            message: "unknown question 'identite.typ'; did you mean 'identite.type'?"),
        LoaderErrorCase(
            name: "type error in an expression",
            kit: kitText(
                """
                rules:
                  - {id: r, severity: warning, message: M, when: "identite.nom ⟨+ 1 > 2"}

                """),
            message: "cannot add text and number with '+'"),
        LoaderErrorCase(
            name: "'when' that is not a condition",
            kit: kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - {id: nom, type: text, label: Nom}
                          - {id: age, type: integer, label: Âge, when: "⟨identite.nom"}

                    """),
            message: "'when' must be a condition (true or false), but this expression gives a text"),
        LoaderErrorCase(
            name: "cycle among computed values",
            kit: kitText(
                """
                computed:
                  - {id: a, value: "⟨b + 1"}
                  - {id: b, value: "a * 2"}

                """),
            message: "cycle: computed value 'a' → computed value 'b' → computed value 'a'; "
                + "a value cannot depend on itself"
        ),
        LoaderErrorCase(
            name: "cycle between the 'when's of questions",
            kit: kitText(
                sections: """
                    sections:
                      - id: s
                        title: S
                        questions:
                          - {id: a, type: text, label: A, when: "⟨answered(s.b)"}
                          - {id: b, type: text, label: B, when: "answered(s.a)"}

                    """),
            message: "cycle: question 's.a' → question 's.b' → question 's.a'; a value cannot depend on itself"),
        LoaderErrorCase(
            name: "choice that does not exist, in an expression",
            kit: kitText(
                """
                rules:
                  - {id: r, severity: advice, message: M, when: "⟨'xyz' in projet.modules"}

                """),
            message: "'xyz' is not a choice of projet.modules (choices: idees, vote)"),
        LoaderErrorCase(
            name: "choice that does not exist, in 'priority_when'",
            kit: kitText(
                """
                catalogues:
                  - id: exigences
                    title: Exigences
                    items:
                      - id: FON-01
                        priority: souhaitable
                        priority_when:
                          - {when: "⟨'vot' in projet.modules", priority: obligatoire}

                """),
            message: "'vot' is not a choice of projet.modules (choices: idees, vote)"),
        LoaderErrorCase(
            name: "unknown priority in 'priority_when'",
            kit: kitText(
                """
                catalogues:
                  - id: exigences
                    title: Exigences
                    items:
                      - id: FON-01
                        priority_when:
                          - {when: "'vote' in projet.modules", priority: ⟨obligatoir}

                """),
            message:
                "unknown priority 'obligatoir' (priorities: obligatoire, souhaitable, optionnel, bon_de_commande); did you mean 'obligatoire'?"
        ),
        LoaderErrorCase(
            name: "choice that does not exist, in 'default'",
            kit: kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - id: type
                            type: single
                            label: Type
                            default: ⟨comune
                            choices: [{id: commune, label: Commune}, {id: epci, label: EPCI}]

                    """),
            message: "unknown choice 'comune' for 'type'; did you mean 'commune'? (choices: commune, epci)"),
        LoaderErrorCase(
            name: "missing template file",
            kit: kitText(
                """
                documents:
                  - {id: synthese, title: Synthèse, template: ⟨documents/absente.md.mustache}

                """),
            message: "template file 'documents/absente.md.mustache' not found "
                + "(looked for '$KIT/documents/absente.md.mustache')"
        ),
        LoaderErrorCase(
            name: "unknown glossary id in 'see'",
            kit: kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - {id: nom, type: text, label: Nom, see: [⟨budget-participatf]}

                    """,
                """
                glossary:
                  - {id: budget-participatif, term: Budget participatif, definition: Une part du budget.}

                """),
            message: "unknown glossary entry 'budget-participatf'; did you mean 'budget-participatif'?"),
        LoaderErrorCase(
            name: "unknown question in 'concerns'",
            kit: kitText(
                """
                rules:
                  - {id: r, severity: warning, message: M, when: "true", concerns: [identite.nom, ⟨projet.modulse]}

                """),
            message: "unknown question 'projet.modulse' in 'concerns'; did you mean 'projet.modules'?"),
        LoaderErrorCase(
            name: "unknown category",
            kit: kitText(
                """
                catalogues:
                  - id: exigences
                    title: Exigences
                    categories: [{id: FON, title: Fonctionnel}]
                    items:
                      - {id: FON-01, category: ⟨FOM}

                """),
            message: "unknown category 'FOM' (declare it in the catalogue's 'categories'); did you mean 'FON'?"),
        LoaderErrorCase(
            name: "unknown question type, with a suggestion",
            kit: kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - {id: age, type: ⟨integr, label: Âge}

                    """),
            message:
                "unknown question type 'integr'; did you mean 'integer'? (types: text, paragraph, integer, number, boolean, date, time, single, multiple, scale, ranking, points, list, scores)"
        ),
        LoaderErrorCase(
            name: "missing required key",
            kit: kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - ⟨{id: age, type: integer}

                    """),
            message: "missing key 'label' in a question"),
        LoaderErrorCase(
            name: "missing included file",
            kit: kitHeader + "include: [more.yaml, ⟨absent.yaml]\n" + baseSections,
            message: "cannot read '$KIT/absent.yaml': no such file",
            files: ["more.yaml": "rules: []\n"]),
        LoaderErrorCase(
            name: "error in an included file",
            kit: kitHeader + "include: [more.yaml]\n" + baseSections,
            message: "unknown question 'projet.budjet'; did you mean 'projet.budget'?",
            files: [
                "more.yaml": """
                rules:
                  - id: r
                    severity: warning
                    message: M
                    when: "⟨projet.budjet > 3"

                """
            ],
            markedFile: "more.yaml"),
        LoaderErrorCase(
            name: "expression nested too deeply",
            kit: kitText(
                "computed:\n  - {id: profond, value: \""
                    + String(repeating: "(", count: 200) + "⟨" + String(repeating: "(", count: 9_800) + "1"
                    + String(repeating: ")", count: 10_000) + "\"}\n"),
            message: "expression is nested too deeply (more than 200 levels); split it into computed values"),
    ]

    @Test(arguments: cases)
    func reportsTheErrorWhereItIs(_ errorCase: LoaderErrorCase) throws {
        var files: [String: String] = [:]
        var marked: MarkedText?
        for (name, text) in errorCase.files.merging(["kit.yaml": errorCase.kit], uniquingKeysWith: { $1 }) {
            if name == errorCase.markedFile {
                let text = MarkedText(text)
                marked = text
                files[name] = text.text
            } else {
                files[name] = text
            }
        }
        let position = try #require(marked)
        let fixture = try KitFixture(files["kit.yaml"] ?? "", files: files.filter { $0.key != "kit.yaml" })
        let (diagnostics, _) = fixture.errors()
        let file = fixture.directory + "/" + errorCase.markedFile
        let message = errorCase.message.replacingOccurrences(of: "$KIT", with: fixture.directory)
        #expect(
            diagnostics.map(\.description) == ["\(position.location(in: file)): error: \(message)"],
            "\(errorCase.name)")
    }

    @Test func rendersTheSourceLineAndACaret() throws {
        let marked = MarkedText(
            kitText(
                """
                rules:
                  - id: r
                    severity: warning
                    message: M
                    when: "identite.type == ⟨'comune'"

                """))
        let fixture = try KitFixture(marked.text)
        let (diagnostics, texts) = fixture.errors()
        let diagnostic = try #require(diagnostics.first)
        assertLines(
            texts.render(diagnostic),
            """
            \(marked.location(in: fixture.kitFile)): error: 'comune' is not a choice of identite.type (choices: commune, epci)
                when: "identite.type == 'comune'"
                                        ^
            """)
    }

    @Test func reportsEveryErrorOfTheKitInFileOrder() throws {
        let fixture = try KitFixture(
            kitText(
                sections: """
                    sections:
                      - id: identite
                        title: Identité
                        questions:
                          - {id: nom, type: txt, label: Nom}
                          - {id: age, type: integer, label: Âge, requird: true}

                    """,
                """
                rules:
                  - {id: r, severity: grave, message: M, when: "true"}

                """))
        let messages = fixture.errors().diagnostics.map(\.message)
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("unknown question type 'txt'; did you mean 'text'?"))
        #expect(messages[1] == "unknown key 'requird' in a question; did you mean 'required'?")
        #expect(messages[2].hasPrefix("unknown severity 'grave'"))
    }

    @Test func theBaseKitLoads() throws {
        let kit = try KitFixture(kitText()).load()
        #expect(kit.sections.map(\.id) == ["identite", "projet"])
        #expect(kit.questionCount == 4)
    }

    @Test func theDemoKitLoadsWithItsInclude() throws {
        let kit = try demoKit()
        #expect(kit.id == "demo")
        #expect(kit.version == "2")
        #expect(kit.languages == [.french, .english])
        #expect(kit.sections.map(\.id) == ["identite", "projet"])
        #expect(kit.questionCount == 15)
        #expect(kit.computed.count == 7)
        #expect(kit.rules.map(\.id) == ["budget-faible", "pas-de-dpo", "vote-sans-verification"])
        #expect(kit.catalogues.map(\.id) == ["exigences", "criteres"])
        #expect(kit.documents.map(\.id) == ["synthese"])
        #expect(kit.warnings.isEmpty)
    }
}
