import ParticipeCore
import Testing

@testable import ParticipeDocuments

@Suite("Templates: kit authors read French")
struct TemplateFrenchMessageTests {
    static let values = TemplateValue.object([
        "titre": .text("Rapport"),
        "auteur": .object(["nom": .text("Anne"), "role": .text("pilote")]),
    ])

    /// The messages of parsing or rendering `text` in French.
    private func frenchErrors(_ text: String) -> [String] {
        do {
            let template = try DocumentTemplate(text: text, file: "t.mustache", language: .french)
            _ = try template.render(Self.values)
            return []
        } catch let error as Diagnostic {
            return [error.message]
        } catch let error as DiagnosticList {
            return error.diagnostics.map(\.message)
        } catch {
            return ["\(error)"]
        }
    }

    @Test(arguments: [
        (
            "{{titr}}",
            "aucune valeur nommée « titr » pour « {{titr}} » ; vouliez-vous dire « titre » ? (noms disponibles ici : titre, auteur)"
        ),
        (
            "{{auteur.nm}}",
            "aucune valeur nommée « nm » dans « auteur » pour « {{auteur.nm}} » ; vouliez-vous dire « nom » ? (noms disponibles ici : nom, role)"
        ),
        ("{{/titre}}", "« {{/titre}} » ferme une section qui n'a jamais été ouverte"),
        ("{{#auteur}}{{/titre}}", "« {{/titre}} » ferme « {{#auteur}} », ouverte à la ligne 1"),
        ("{{#auteur}}", "la section « {{#auteur}} » n'est jamais fermée"),
        ("{{> pied}}", "les inclusions (« {{> pied}} ») ne sont pas permises dans les modèles de kit"),
        ("{{titre", "« {{ » n'est jamais refermé par « }} »"),
        ("{{{titre", "« {{{ » n'est jamais refermé par « }}} »"),
        ("{{=<% %>=}}", "changer les délimiteurs Mustache n'est pas permis dans les modèles de kit"),
        ("{{<parent}}", "l'héritage de modèles n'est pas permis dans les modèles de kit"),
        ("{{upper(titre)}}", "transformation inconnue « upper » ; les modèles peuvent utiliser : cell"),
        ("{{titre !}}", "« titre ! » n'est pas un nom de valeur"),
    ])
    func templateErrors(text: String, french: String) {
        #expect(frenchErrors(text) == [french])
    }

    @Test func theGeneratorsOwnMessages() {
        #expect(
            TemplateMessage.noTemplate(document: "cahier", language: "en").text(in: .french)
                == "le document « cahier » n'a pas de modèle pour « en »")
        #expect(
            TemplateMessage.notUTF8(path: "d/t.md").text(in: .french)
                == "impossible de lire le modèle « d/t.md » comme du texte UTF-8")
        #expect(
            TemplateMessage.mustache("raison").text(in: .french) == "Mustache ne peut pas lire ce modèle : raison")
    }

    @Test func englishStaysTheDefault() throws {
        #expect(throws: Diagnostic.self) { try DocumentTemplate(text: "{{/x}}", file: "t") }
        do {
            _ = try DocumentTemplate(text: "{{/x}}", file: "t")
        } catch {
            #expect(error.message == "'{{/x}}' closes a section that was never opened")
        }
    }
}
