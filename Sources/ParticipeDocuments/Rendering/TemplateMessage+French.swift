extension TemplateMessage {
    var french: String {
        switch self {
        case .noTemplate(let document, let language):
            "le document « \(document) » n'a pas de modèle pour « \(language) »"
        case .notUTF8(let path): "impossible de lire le modèle « \(path) » comme du texte UTF-8"
        case .mustache(let error): "Mustache ne peut pas lire ce modèle : \(error)"
        case .mustacheSyntax(let problem):
            switch problem {
            case .closeNameIncorrect: "cette balise fermante ne correspond pas à la section qu'elle ferme"
            case .unfinishedName: "cette balise n'est pas terminée : un nom doit être suivi de « }} »"
            case .expectedSectionEnd: "une section n'est jamais fermée"
            case .delimiters: "changer les délimiteurs de Mustache n'est pas permis dans les modèles de kit"
            case .inheritance: "l'héritage de modèles n'est pas permis dans les modèles de kit"
            case .pragmaSyntax: "une directive s'écrit « {{% NOM: VALEUR}} »"
            case .unknownPragma: "directive inconnue : les modèles de kit ne connaissent que « CONTENT_TYPE »"
            case .other(let error): "Mustache ne peut pas lire ce modèle : \(error)"
            }
        case .closesUnopened(let name): "« {{/\(name)}} » ferme une section qui n'a jamais été ouverte"
        case .closesOther(let name, let opened, let line):
            "« {{/\(name)}} » ferme « {{#\(opened)}} », ouverte à la ligne \(line)"
        case .neverClosed(let name): "la section « {{#\(name)}} » n'est jamais fermée"
        case .partial(let name): "les inclusions (« {{> \(name)}} ») ne sont pas permises dans les modèles de kit"
        case .noValue(let missing, let prefix, let tag, let hint, let names):
            "aucune valeur nommée « \(missing) »\(prefix.map { " dans « \($0) »" } ?? "") pour « {{\(tag)}} »\(hint)"
                + (names.isEmpty ? "" : " (noms disponibles ici : \(Self.listed(names)))")
        case .unclosedTag(let triple):
            "« \(triple ? "{{{" : "{{") » n'est jamais refermé par « \(triple ? "}}}" : "}}") »"
        case .delimiters: "changer les délimiteurs Mustache n'est pas permis dans les modèles de kit"
        case .inheritance: "l'héritage de modèles n'est pas permis dans les modèles de kit"
        case .unknownTransform(let name, let transforms):
            "transformation inconnue « \(name) » ; les modèles peuvent utiliser : \(transforms)"
        case .notAValueName(let content): "« \(content) » n'est pas un nom de valeur"
        }
    }
}
