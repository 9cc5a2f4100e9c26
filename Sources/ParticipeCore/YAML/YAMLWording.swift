/// What the YAML reader says, in French and English.
struct YAMLWording {
    var language: Language

    private func say(_ french: String, _ english: String) -> String { language == .english ? english : french }

    func tooLarge(_ size: Int, limit: Int) -> String {
        say(
            "fichier trop grand : \(size) octets, la limite est de \(limit) octets",
            "file too large: \(size) bytes, the limit is \(limit) bytes")
    }

    func tooDeep(_ limit: Int) -> String {
        say(
            "une imbrication de plus de \(limit) niveaux n'est pas acceptée",
            "nesting deeper than \(limit) levels is not accepted")
    }

    var alias: String {
        say(
            "les alias YAML (*nom) ne sont pas acceptés : écrivez la valeur en entier",
            "YAML aliases (*name) are not accepted: write the value out in full")
    }

    var secondDocument: String {
        say(
            "un seul document YAML était attendu, un deuxième commence ici",
            "a single YAML document was expected, found a second one")
    }

    var mergeKey: String {
        say(
            "les clés de fusion YAML (<<) ne sont pas acceptées : écrivez les clés en entier",
            "merge keys (<<) are not supported: write the keys out in full")
    }

    func tag(_ tag: String) -> String {
        say(
            "les étiquettes YAML (\(tag)) ne sont pas acceptées : écrivez la valeur seule, entre guillemets si c'est un texte",
            "YAML tags (\(tag)) are not supported: write the value alone, in quotes if it is a text")
    }

    func complexKey(_ kind: String) -> String {
        say(
            "une clé doit être un simple mot, pas \(language == .english ? kind : Self.frenchKind(kind))",
            "a mapping key must be a plain word, not \(kind)")
    }

    private static func frenchKind(_ kind: String) -> String {
        switch kind {
        case "a list": "une liste"
        case "a mapping": "des paires clé : valeur"
        default: "cela"
        }
    }

    func invalidUTF8(byte: Int) -> String {
        say(
            "UTF-8 invalide : le fichier doit être du texte encodé en UTF-8 (l'octet \(byte) ne l'est pas)",
            "invalid UTF-8: the file must be text encoded in UTF-8 (byte \(byte) is not)")
    }

    func otherEncoding(_ encoding: String) -> String {
        say(
            "ce fichier est en \(encoding) : enregistrez-le en UTF-8",
            "this file is \(encoding); save it as UTF-8")
    }

    func controlCharacter(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return say(
            "caractère de contrôle \(code) interdit : supprimez-le (un copier-coller l'a peut-être apporté)",
            "control character \(code) is not allowed: remove it (a copy and paste may have brought it)")
    }

    func cannotRead(_ path: String, reason: BoundedFile.Failure.Reason) -> String {
        let why =
            switch reason {
            case .missing: say("ce fichier n'existe pas", "no such file")
            case .folder: say("c'est un dossier", "it is a folder")
            case .denied: say("permission refusée", "permission denied")
            case .other(let text): text
            }
        return say("impossible de lire « \(path) » : \(why)", "cannot read '\(path)': \(why)")
    }

    var cannotStart: String { say("impossible de démarrer la lecture YAML", "cannot start the YAML parser") }

    /// libyaml's message, in the user's language, with a hint where the cause is common.
    func syntaxError(problem: String, context: String?, contextLine: Int, contextColumn: Int) -> (String, [String]) {
        let translated = language == .english ? problem : (Self.frenchProblems[problem] ?? problem)
        var message = say("YAML mal formé : ", "malformed YAML: ") + translated
        if let context {
            let place = language == .english ? context : (Self.frenchContexts[context] ?? context)
            message += say(
                " (\(place) à la ligne \(contextLine), colonne \(contextColumn))",
                " (\(place) at line \(contextLine), column \(contextColumn))")
        }
        return (message, hints(problem: problem, context: context))
    }

    private func hints(problem: String, context: String?) -> [String] {
        if problem == "mapping values are not allowed in this context" {
            return [
                say(
                    "un texte qui contient « : » (deux-points suivis d'une espace) doit être entre guillemets : nom: \"Plan vélo : à vous la parole\"",
                    "a text that holds ': ' (a colon and a space) must be in quotes: name: \"Cycling plan: have your say\""
                )
            ]
        }
        if problem.contains("tab character") || (problem == "found character that cannot start any token") {
            return [
                say(
                    "indentez avec des espaces, jamais avec des tabulations ; un texte qui commence par @, ` ou % doit être entre guillemets",
                    "indent with spaces, never tabs; a text that starts with @, ` or % must be in quotes")
            ]
        }
        if context == "while scanning a quoted scalar" {
            return [
                say(
                    "un guillemet ouvert n'est pas refermé ; pour un guillemet dans le texte, doublez-le entre apostrophes ('l''avis') ou échappez-le entre guillemets (\"un \\\"mot\\\"\")",
                    "a quote is opened and not closed; to put a quote inside, double it between single quotes ('it''s') or escape it between double quotes (\"a \\\"word\\\"\")"
                )
            ]
        }
        return []
    }

    private static let frenchProblems: [String: String] = [
        "mapping values are not allowed in this context": "« : » n'est pas permis à cet endroit",
        "did not find expected key": "une clé était attendue ici (vérifiez l'indentation)",
        "did not find expected ',' or '}'": "« , » ou « } » était attendu",
        "did not find expected ',' or ']'": "« , » ou « ] » était attendu",
        "did not find expected '-' indicator": "un élément de liste « - » était attendu",
        "did not find expected node content": "une valeur était attendue",
        "could not find expected ':'": "« : » était attendu",
        "found unexpected end of stream": "fin du fichier inattendue",
        "found character that cannot start any token": "ce caractère ne peut pas commencer une valeur",
        "found a tab character that violates indentation": "une tabulation casse l'indentation",
        "found a tab character where an indentation space is expected":
            "une tabulation se trouve là où une espace d'indentation est attendue",
        "block sequence entries are not allowed in this context":
            "un élément de liste « - » n'est pas permis à cet endroit",
        "found unexpected document indicator": "marque de document inattendue",
        "found unknown escape character": "séquence d'échappement inconnue",
        "found undefined tag handle": "étiquette YAML non définie",
        "control characters are not allowed": "les caractères de contrôle ne sont pas permis",
        "found incompatible YAML document": "version de YAML incompatible",
        "did not find expected <document start>": "un début de document était attendu",
        "found unexpected ':'": "« : » inattendu",
        "found duplicate %YAML directive": "directive %YAML répétée",
    ]

    private static let frenchContexts: [String: String] = [
        "while parsing a flow mapping": "dans les accolades ouvertes",
        "while parsing a flow sequence": "dans les crochets ouverts",
        "while parsing a block mapping": "dans les paires clé : valeur commencées",
        "while parsing a block collection": "dans la liste commencée",
        "while scanning a quoted scalar": "dans le texte entre guillemets commencé",
        "while scanning a simple key": "dans la clé commencée",
        "while scanning a plain scalar": "dans le texte commencé",
        "while parsing a flow node": "dans la valeur commencée",
        "while parsing a block node": "dans la valeur commencée",
        "while scanning an anchor": "dans l'ancre commencée",
        "while scanning a tag": "dans l'étiquette commencée",
        "while scanning a block scalar": "dans le bloc de texte commencé",
        "while scanning a directive": "dans la directive commencée",
    ]
}
