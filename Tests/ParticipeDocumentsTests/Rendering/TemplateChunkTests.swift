import Foundation
import ParticipeCore
import ParticipeTestSupport
import Testing

@testable import ParticipeDocuments

/// Templates are rendered in chunks of whole lines to keep swift-mustache's parser fast: the text must be the
/// same whatever the chunks.
@Suite("Templates rendered in chunks")
struct TemplateChunkTests {
    static let template = """
        # {{titre}}
        {{#items}}
        - {{title}}
        {{/items}}

        {{^vide}}
        Rien.
        {{/vide}}
        Fin : {{auteur.nom}}{{#auteur}} ({{role}}){{/auteur}}
        """

    static let values = TemplateValue.object([
        "titre": .text("Rapport"),
        "items": .list([.object(["title": .text("Un")]), .object(["title": .text("Deux")])]),
        "vide": .list([]), "auteur": .object(["nom": .text("Anne"), "role": .text("pilote")]),
    ])

    @Test(arguments: [1, 5, 20, 10_000])
    func theTextIsTheSameWhateverTheChunks(_ size: Int) throws {
        let whole = try DocumentTemplate(text: Self.template, file: "t", chunkSize: 1_000_000).render(Self.values)
        let chunked = try DocumentTemplate(text: Self.template, file: "t", chunkSize: size).render(Self.values)
        #expect(chunked == whole)
        #expect(whole.hasPrefix("# Rapport\n- Un\n- Deux\n\nRien.\nFin : Anne (pilote)"))
    }

    @Test func chunksEndOutsideSections() {
        let tags = (try? TemplateTag.scan(Self.template, file: "t")) ?? []
        let chunks = DocumentTemplate.chunks(of: Self.template, tags: tags, size: 1)
        #expect(chunks.joined() == Self.template)
        #expect(chunks.contains("{{#items}}\n- {{title}}\n{{/items}}\n"))
    }

    @Test func theShippedTemplatesRenderTheSameInChunks() throws {
        var texts = SourceTexts()
        let sample = Fixtures.packageRoot + "/samples/outil-numerique/metropole-mobilite.yaml"
        let file = try AnswersFile.read(sample, texts: &texts)
        let kit = try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/outil-numerique", texts: &texts)
        let evaluation = Evaluation(kit: kit, sheet: try file.decode(for: kit), today: CalendarDate(dayNumber: 20_000))
        let context = TemplateContext(evaluation: evaluation)
        for document in kit.documents {
            let path = kit.directory + "/" + (document.template(for: .french, fallbacks: kit.fallbacks) ?? "")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let values = context.values(for: document)
            let whole = try DocumentTemplate(text: text, file: path, chunkSize: 10_000_000).render(values)
            #expect(try DocumentTemplate(text: text, file: path).render(values) == whole, "\(document.id)")
        }
    }

    /// Forty lines of text, then `tail`: cut into chunks of about 64 bytes, the tail is several chunks down.
    private static func farDown(_ tail: String) -> String {
        (1...40).map { "Ligne \($0) du modèle, assez longue pour remplir un morceau." }.joined(separator: "\n")
            + "\n{{#items}}\n- {{title}}\n{{/items}}\n" + tail + "\nFin.\n"
    }

    @Test(arguments: [
        ("Avant {{% BOGUS ⟨}} après", "a pragma is written '{{% NAME: VALUE}}'"),
        ("Avant {{% CONTENT_TYPE: BOGUS }}⟨", "unknown pragma: kit templates know only 'CONTENT_TYPE'"),
    ])
    func aMustacheErrorFarDownIsAtItsLineAndColumn(_ tail: String, _ message: String) throws {
        let marked = MarkedText(Self.farDown(tail))
        let tags = try TemplateTag.scan(marked.text, file: "t")
        #expect(DocumentTemplate.chunks(of: marked.text, tags: tags, size: 64).count > 10)
        #expect(marked.line == 44)
        let error = #expect(throws: Diagnostic.self) {
            try DocumentTemplate(text: marked.text, file: "t", chunkSize: 64)
        }
        #expect(error?.description == "\(marked.location(in: "t")): error: \(message)")
        #expect(error?.code == "template.mustache-syntax")
        // The same place when the template is parsed whole.
        let whole = #expect(throws: Diagnostic.self) {
            try DocumentTemplate(text: marked.text, file: "t", chunkSize: 1_000_000)
        }
        #expect(whole?.location == error?.location)
    }

    @Test func aMustacheErrorOnTheFirstLineIsOnTheFirstLine() throws {
        let marked = MarkedText("{{%BOGUS⟨}}\nSuite.\n")
        let error = #expect(throws: Diagnostic.self) {
            try DocumentTemplate(text: marked.text, file: "t", language: .french)
        }
        #expect(error?.description == "\(marked.location(in: "t")): error: une directive s'écrit « {{% NOM: VALEUR}} »")
    }
}
