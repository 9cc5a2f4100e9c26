import Foundation
import ParticipeCore
import ParticipeDocuments
import ParticipeTestSupport
import Testing

@Suite("Documents: hostile answers cannot inject Markdown or HTML")
struct InjectionTests {
    static let hostile = """
        <script>alert("x")</script>
        # Titre injecté
        ## Autre titre
        - [lien](javascript:alert(1))
        <img src=x onerror=alert(1)>
        | a | b |
        |---|---|
        ```
        1. liste
        > citation
            code indenté
        ===
        """

    private func render(_ edit: (inout AnswerSheet) -> Void, language: Language = .french) throws -> String {
        let evaluation = try demoEvaluation(language: language, nil, edit)
        var texts = SourceTexts()
        let documents = try DocumentGenerator(evaluation: evaluation).render(texts: &texts)
        return try #require(documents.first?.markdown)
    }

    private func hostileSheet(_ sheet: inout AnswerSheet) {
        sheet[QuestionPath("identite", "nom")] = .text(Self.hostile)
        sheet[QuestionPath("identite", "presentation")] = .text(Self.hostile)
        sheet[QuestionPath("projet", "equipe")] = .list([
            .record(["nom": .text(Self.hostile), "role": .text("dpo")]),
            .record(["nom": .text("| x | y |\n# z"), "role": .text("pilote")]),
        ])
    }

    @Test(arguments: [Language.french, .english])
    func theStructureOfTheDocumentIsTheTemplates(language: Language) throws {
        let normal = try render({ _ in }, language: language)
        let attacked = try render(hostileSheet, language: language)
        // The lines that open a block: headings (by level: the title holds an answer), tables, code, quotes.
        // The hostile answers leave blocking points: the note they add is the engine's, not the answers'.
        let structure = { (markdown: String) in
            markdown.split(separator: "\n").filter {
                !$0.hasPrefix("> **Document provisoire") && !$0.hasPrefix("> **Provisional document")
            }.compactMap { line -> Substring? in
                if line.hasPrefix("#") { return line.prefix { $0 == "#" } }
                let opensBlock = ["|", "```", ">", "    ", "\t", "=", "<"].contains { line.hasPrefix($0) }
                return opensBlock ? line : nil
            }
        }
        #expect(structure(attacked) == structure(normal))
        let count = { (markdown: String, prefix: String) in
            markdown.split(separator: "\n").filter { $0.hasPrefix(prefix) }.count
        }
        #expect(count(attacked, "#") == count(normal, "#"))
        #expect(count(attacked, "#") >= 5)
        // As many list items as before: the diagnostics, the members of the team, the matrix's sentences.
        #expect(count(attacked, "- ") == count(normal, "- "))
        #expect(count(attacked, "- ") >= 4)
    }

    @Test func noRawHTMLSurvives() throws {
        let attacked = try render(hostileSheet)
        #expect(attacked.contains("\\<script\\>"))
        #expect(attacked.contains("\\[lien\\](javascript:alert(1))"))
        for (number, line) in attacked.split(separator: "\n").enumerated() {
            for (previous, character) in zip(" " + line, line) where character == "<" {
                #expect(previous == "\\", "line \(number + 1) has an unescaped '<': \(line)")
            }
        }
    }

    @Test func tableRowsKeepTheirColumns() throws {
        let attacked = try render {
            hostileSheet(&$0)
            $0[QuestionPath("projet", "modules")] = .list([.text("budget_participatif")])
        }
        // The requirements table: its rows quote the answers.
        let rows = attacked.split(separator: "\n").filter { $0.hasPrefix("| FON-") || $0.hasPrefix("| ACC-") }
        #expect(rows.count == 2)
        for row in rows {
            let unescapedPipes = zip(row, " " + row).filter { $0.0 == "|" && $0.1 != "\\" }.count
            #expect(unescapedPipes == 4, "\(row)")
        }
    }
}
