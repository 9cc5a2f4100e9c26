import Foundation
import ParticipeCore
import ParticipeTestSupport
import Testing

@testable import ParticipeDocuments

@Suite struct MatrixViewTests {
    @Test func showsTheDemoMatrix() throws {
        let output = try render(
            """
            {{#matrices.choix}}
            {{title}}
            {{#criteria}}
            {{id}}|{{label}}|{{parent}}|{{level}}|{{weight}}|{{global_weight}}|{{kind}}|{{kind_label}}|{{is_top}}|{{is_leaf}}
            {{/criteria}}
            {{#scale}}{{score}}={{label}};{{/scale}}
            {{price_formula.id}}: {{price_formula.name}} / {{price_formula.formula}}
            {{#candidates}}
            {{rank}}. {{name}} {{total}} tied={{tied}} elim={{eliminated}}[{{failed}}] inc={{incomplete}}[{{missing}}] {{status}} {{price}} {{#scores}}{{criterion}}:{{score}}:{{contribution}} {{/scores}}
            {{/candidates}}
            has_scores={{has_scores}} has_price={{has_price}} winner={{winner}} ties={{ties}}
            {{#sensitivity}}{{label}} {{weight}} [{{decrease}}–{{increase}}] stable={{stable}}
            {{/sensitivity}}
            {{#equal_weights}}{{rank}}. {{name}} {{total}} (now {{current_rank}})
            {{/equal_weights}}
            {{#notes}}{{severity}}: {{message}}
            {{/notes}}
            {{#tables}}{{id}}: {{title}} ({{#columns}}{{name}}; {{/columns}}) {{#rows}}{{#cells}}{{value}}|{{/cells}} {{/rows}}
            {{/tables}}
            {{/matrices.choix}}
            """, try demoEvaluation())
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Choix de l'offre")
        #expect(lines.contains("technique|Valeur technique||0|70|70|scored|noté|true|false"))
        #expect(lines.contains("fonctionnel|Adéquation|technique|1|50|35|scored|noté|false|true"))
        #expect(lines.contains("prix|Prix||0|30|30|price|prix|true|true"))
        #expect(output.contains("0=Non traité ou ne répond pas au besoin;1=Très insuffisant"))
        #expect(output.contains("proportional: Formule proportionnelle (prix le plus bas ÷ prix de l'offre) / Note = "))
        // 79 and 71.5: see MatrixAssemblerTests for the computation.
        #expect(
            lines.contains(
                "1. Offre B 79 tied=false elim=false[] inc=false[] classé 30\u{00A0}000 "
                    + "technique:3,5:49 fonctionnel:3:21 accessibilite:4:28 prix:5:30 "))
        #expect(lines.contains { $0.hasPrefix("2. Offre A 71,5 ") })
        #expect(lines.contains("has_scores=true has_price=true winner=Offre B ties="))
        #expect(lines.contains("Prix 30 [–] stable=true"))
        #expect(lines.contains("1. Offre B 85 (now 1)"))  // equal weights: 50 × 0.7 + 50 × 1
        #expect(output.contains("criteria: Critères et pondérations (Critère; Critère parent; Type;"))
        #expect(
            output.contains(
                "scores: Notes des candidats (Candidat; Montant de l'offre (€ HT); Adéquation; Accessibilité; Prix; "))
        #expect(output.contains("Offre A|40\u{00A0}000|4|3|3,75|71,5|2|classé|"))
    }

    // A scores 5 and 5 (technique 1), B 3 and 4 (technique 0.7); prices give A 0.75, B 1.
    // With weight x on prix: A = 100 − 0.25x, B = 70 + 0.3x, equal at x = 54.55.
    // With weight x on technique: A = 75 + 0.25x, B = 100 − 0.3x, equal at x = 45.45.
    @Test func sensitivitySentencesGiveTheThresholds() throws {
        let evaluation = try demoEvaluation { sheet in
            sheet[QuestionPath("projet", "offres")] = .list([
                offer("Offre A", 40000, ["fonctionnel": 5, "accessibilite": 5]),
                offer("Offre B", 30000, ["fonctionnel": 3, "accessibilite": 4]),
            ])
        }
        let template =
            "{{#matrices.choix.sensitivity}}{{decrease}}|{{increase}}|{{increase_winner}}|{{sentence}}\n"
            + "{{/matrices.choix.sensitivity}}"
        let french = try render(template, evaluation).split(separator: "\n").map(String.init)
        #expect(
            french == [
                "45,45|||Offre A reste en tête tant que le poids de «\u{00A0}Valeur technique\u{00A0}» reste au-dessus "
                    + "de 45,5 (il est de 70) ; en dessous, Offre B passerait en tête.",
                "|54,55|Offre B|Offre A reste en tête tant que le poids de «\u{00A0}Prix\u{00A0}» reste en dessous "
                    + "de 54,5 (il est de 30) ; au-dessus, Offre B passerait en tête.",
            ])
        let english = try render(template, try demoEvaluation(language: .english, evaluation.sheet))
        #expect(
            english.contains(
                "Offre A stays first while the weight of 'Price' stays below 54.5 (it is 30); above it, "
                    + "Offre B would come first."))
    }

    // With `accessibilite` made eliminatory, technique is fonctionnel alone. C is eliminated, so the
    // lowest price is D's 25 000 although D is incomplete: A = 70 × 4/5 + 30 × 25/40 = 74.75,
    // B = 70 × 3/5 + 30 × 25/30 = 67.
    @Test func ordersRankedThenIncompleteThenEliminated() throws {
        var evaluation = try demoEvaluation { sheet in
            sheet[QuestionPath("projet", "offres")] = .list([
                offer("Offre C", 20000, ["fonctionnel": 5], fails: ["accessibilite"]),
                offer("Offre D", 25000, ["accessibilite": 5]),
                offer("Offre A", 40000, ["fonctionnel": 4]), offer("Offre B", 30000, ["fonctionnel": 3]),
            ])
        }
        // A loaded kit cannot change: the demo kit is copied with accessibility made eliminatory.
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("kits/demo"), toPath: folder.path("demo"))
        let yaml = try folder.read("demo/kit.yaml")
        let scored =
            "{id: accessibilite, parent: technique, title: {fr: Accessibilité, en: Accessibility}, weight: 50, kind: scored}"
        #expect(yaml.contains(scored))
        _ = try folder.write(
            yaml.replacingOccurrences(
                of: scored, with: scored.replacingOccurrences(of: "kind: scored", with: "kind: eliminatory")),
            to: "demo/kit.yaml")
        var texts = SourceTexts()
        let kit = try KitLoader().load(directory: folder.path("demo"), texts: &texts)
        evaluation = Evaluation(kit: kit, sheet: evaluation.sheet, today: evaluation.today)
        let output = try render(
            "{{#matrices.choix.candidates}}{{name}}:{{rank}}:{{status}}:{{failed}}:{{missing}}\n"
                + "{{/matrices.choix.candidates}}", evaluation)
        #expect(
            output == """
                Offre A:1:classé::
                Offre B:2:classé::
                Offre D::incomplet::Adéquation
                Offre C::irrégulier, écarté:Accessibilité:

                """)
    }

    @Test func tiesHaveNoWinner() throws {
        let evaluation = try demoEvaluation { sheet in
            sheet[QuestionPath("projet", "offres")] = .list([
                offer("Offre A", 30000, ["fonctionnel": 4, "accessibilite": 3]),
                offer("Offre B", 30000, ["fonctionnel": 3, "accessibilite": 4]),
            ])
        }
        let output = try render(
            "{{#matrices.choix}}[{{winner}}] {{ties}} {{#candidates}}{{rank}}{{tied}} {{/candidates}}"
                + "{{^sensitivity}}no sensitivity{{/sensitivity}}{{/matrices.choix}}", evaluation)
        #expect(output == "[] Offre A et Offre B sont ex aequo au rang 1. 1true 1true no sensitivity")
    }

    @Test func notesSpeakTheDocumentsLanguage() throws {
        let sheet = try demoEvaluation { sheet in
            sheet[QuestionPath("projet", "offres")] = .list([offer("Offre A", 30000, ["fonctionnel": 4])])
        }.sheet
        let template = "{{#matrices.choix.notes}}{{severity}}: {{message}}\n{{/matrices.choix.notes}}"
        let french = try render(template, try demoEvaluation(language: .french, sheet))
        #expect(french.contains("note: moins de deux candidats classés ; pas d'analyse de sensibilité\n"))
        #expect(!french.contains("sensitivity"))
        let english = try render(template, try demoEvaluation(language: .english, sheet))
        #expect(english.contains("note: fewer than two ranked candidates; no sensitivity analysis\n"))
    }

    @Test func exportsEachMatrixTableAsCSV() throws {
        let directory = try TemporaryDirectory(prefix: "participe-csv")
        let exporter = try DocumentExporter(formats: [.csv], csvWriter: CSVWriter(separator: .semicolon))
        let written = try exporter.exportTables(evaluation: try demoEvaluation(), to: directory.path)
        #expect(
            written.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "choix-criteres.csv", "choix-notes.csv", "choix-points-ponderes.csv", "choix-offres-irregulieres.csv",
                "choix-sensibilite.csv", "choix-poids-egaux.csv",
            ])
        let scores = try String(contentsOfFile: written[1], encoding: .utf8)
        #expect(
            scores == "Candidat;Montant de l'offre (€ HT);Adéquation;Accessibilité;Prix;Total /100;Rang;Statut\r\n"
                + "Offre B;30000,00;3,00;4,00;5,00;79,00;1;classé\r\nOffre A;40000,00;4,00;3,00;3,75;71,50;2;classé\r\n"
        )
    }

    @Test func anUnknownFieldIsAnError() throws {
        let error = #expect(throws: DiagnosticList.self) {
            try render("{{matrices.choix.gagnant}}", try demoEvaluation())
        }
        #expect(error?.diagnostics.first?.message.contains("no value named 'gagnant' in 'matrices.choix'") == true)
    }
}

// MARK: - Fixtures

private func offer(_ name: String, _ price: Double, _ scores: [String: Double], fails: [String] = []) -> Value {
    .record([
        "candidate": .text(name), "price": .number(price), "scores": .record(scores.mapValues(Value.number)),
        "fails": .list(fails.map(Value.text)),
    ])
}

/// Renders `template` strictly with the values of the evaluation's first document.
private func render(_ template: String, _ evaluation: Evaluation) throws -> String {
    let document = try #require(evaluation.kit.documents.first)
    let values = TemplateContext(evaluation: evaluation).values(for: document)
    return try DocumentTemplate(text: template, file: "test.mustache").render(values)
}
