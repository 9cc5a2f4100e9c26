import ParticipeCore
import ParticipeDocuments
import ParticipeTestSupport
import Testing

@Suite("Strict rendering: a template naming a value that does not exist is an error")
struct StrictRenderingTests {
    static let values = TemplateValue.object([
        "titre": .text("Rapport"),
        "items": .list([.object(["title": .text("Un")]), .object(["title": .text("Deux")])]),
        "vide": .list([]),
        "auteur": .object(["nom": .text("Anne"), "role": .text("pilote")]),
        "absent": .null,
    ])

    /// The diagnostics of parsing or rendering `text`, as printed.
    private func errors(_ text: String) -> [String] {
        do {
            let template = try DocumentTemplate(text: text, file: "t.mustache")
            _ = try template.render(Self.values)
            return []
        } catch let error as Diagnostic {
            return [error.description]
        } catch let error as DiagnosticList {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func rendersKnownNames() throws {
        let template = try DocumentTemplate(
            text: "# {{titre}}\n{{#items}}- {{title}}\n{{/items}}{{^vide}}rien{{/vide}} {{auteur.nom}}\n",
            file: "t.mustache")
        #expect(try template.render(Self.values) == "# Rapport\n- Un\n- Deux\nrien Anne\n")
    }

    @Test(arguments: [
        (
            "# ⟨{{titr}}\n",
            "no value named 'titr' for '{{titr}}'; did you mean 'titre'? (names here: titre, items, vide, auteur, absent)"
        ),
        (
            "Par ⟨{{auteur.rol}}.",
            "no value named 'rol' in 'auteur' for '{{auteur.rol}}'; did you mean 'role'? (names here: nom, role)"
        ),
        (
            "{{#items}}\n- ⟨{{titre.x}} {{title}}\n{{/items}}",
            "no value named 'x' in 'titre' for '{{titre.x}}'"
        ),
        (
            "{{#items}}\n- ⟨{{titl}}\n{{/items}}",
            "no value named 'titl' for '{{titl}}'; did you mean 'title'? (names here: title, titre, items, vide, auteur, absent)"
        ),
        ("⟨{{#items}}\n- {{title}}\n", "section '{{#items}}' is never closed"),
        ("{{#items}}{{title}}⟨{{/auteur}}", "'{{/auteur}}' closes '{{#items}}' opened at line 1"),
        ("texte ⟨{{/items}}", "'{{/items}}' closes a section that was never opened"),
        ("| ⟨{{upper(titre)}} |", "unknown transform 'upper'; templates may use: cell"),
        ("⟨{{titre", "'{{' is never closed with '}}'"),
        ("⟨{{> autre}}", "partials ('{{> autre}}') are not supported in kit templates"),
        ("⟨{{=<% %>=}}", "changing the Mustache delimiters is not supported in kit templates"),
    ])
    func reportsTheProblemWhereItIs(_ marked: String, _ message: String) {
        let input = MarkedText(marked)
        #expect(errors(input.text) == ["t.mustache:\(input.line):\(input.column): error: \(message)"])
    }

    @Test func everyUnknownNameIsReportedOnce() {
        let errors = errors("{{a}} {{b}}\n{{#items}}{{c}}{{/items}}")
        #expect(errors.count == 3)
        #expect(errors.map { $0.prefix(14) } == ["t.mustache:1:1", "t.mustache:1:7", "t.mustache:2:1"])
    }

    @Test func anEmptyListIsCheckedAgainstItsPrototype() throws {
        let values = TemplateValue.object([
            "items": .list([], prototype: .object(["nom": .text("x")])), "faux": .flag(false), "nom": .text("n"),
        ])
        let template = try DocumentTemplate(
            text: "{{#items}}{{nom}} {{inconnu}}{{/items}}\n{{#faux}}{{nom}} {{inconnu2}}{{/faux}}", file: "t.mustache")
        #expect(throws: DiagnosticList.self) { try template.render(values) }
        do {
            _ = try template.render(values)
        } catch {
            #expect(error.diagnostics.map(\.location?.line) == [1, 2])
            #expect(error.diagnostics.allSatisfy { $0.message.contains("inconnu") })
        }
    }

    @Test func anAbsentObjectIsCheckedAgainstItsPrototype() throws {
        let values = TemplateValue.object(["niveau": .absent(prototype: .object(["label": .text("x")]))])
        let template = try DocumentTemplate(text: "{{#niveau}}{{label}} {{promesse}}{{/niveau}}", file: "t.mustache")
        #expect(throws: DiagnosticList.self) { try template.render(values) }
        let fine = try DocumentTemplate(text: "{{#niveau}}{{label}}{{/niveau}}{{^niveau}}aucun{{/niveau}}", file: "t")
        #expect(try fine.render(values) == "aucun")
    }

    @Test func aNameInsideANullObjectsSectionIsNotChecked() {
        // A known limit: a section over a value that is null in these answers (a grid level not reached) cannot
        // know the names of the object it would hold; the samples' tests render such branches with other answers.
        withKnownIssue("strict checking skips the body of a section over a null value") {
            #expect(errors("{{#absent}}{{inconnu2}}{{/absent}}").count == 1)
        }
    }

    @Test func valuesAreEscapedWhicheverTagShowsThem() throws {
        let values = TemplateValue.object([
            "answer": .text("# <b>x</b> | y"), "kitText": .markdown("**gras** | cellule"),
        ])
        let template = try DocumentTemplate(
            text: "{{answer}}\n{{{answer}}}\n{{&answer}}\n{{cell(answer)}}\n{{{kitText}}}\n{{cell(kitText)}}\n",
            file: "t.mustache")
        assertLines(
            try template.render(values),
            """
            \\# \\<b\\>x\\</b\\> \\| y
            \\# \\<b\\>x\\</b\\> \\| y
            \\# \\<b\\>x\\</b\\> \\| y
            \\# \\<b\\>x\\</b\\> \\| y
            **gras** | cellule
            **gras** | cellule

            """)
    }
}
