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
}
