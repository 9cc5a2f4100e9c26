extension YAMLMessage {
    var french: String {
        switch self {
        case .tooLarge(let size, let limit):
            "fichier trop grand : \(size) octets, la limite est de \(limit) octets"
        case .tooDeep(let limit): "une imbrication de plus de \(limit) niveaux n'est pas acceptée"
        case .alias: "les alias YAML (*nom) ne sont pas acceptés : écrivez la valeur en entier"
        case .secondDocument: "un seul document YAML était attendu, un deuxième commence ici"
        case .mergeKey: "les clés de fusion YAML (<<) ne sont pas acceptées : écrivez les clés en entier"
        case .tag(let tag):
            "les étiquettes YAML (\(tag)) ne sont pas acceptées : écrivez la valeur seule, entre guillemets si c'est un texte"
        case .complexKey(let kind):
            switch kind {
            case .list: "une clé doit être un simple mot, pas une liste"
            case .mapping: "une clé doit être un simple mot, pas des paires clé : valeur"
            case .other: "une clé doit être un simple mot"
            }
        case .invalidUTF8(let byte):
            "UTF-8 invalide : le fichier doit être du texte encodé en UTF-8 (l'octet \(byte) ne l'est pas)"
        case .otherEncoding(let encoding): "ce fichier est en \(encoding) : enregistrez-le en UTF-8"
        case .controlCharacter(let scalar):
            "caractère de contrôle \(Self.code(of: scalar)) interdit : supprimez-le (un copier-coller l'a peut-être apporté)"
        case .cannotRead(let path, let reason):
            switch reason {
            case .missing: "impossible de lire « \(path) » : ce fichier n'existe pas"
            case .folder: "impossible de lire « \(path) » : c'est un dossier"
            case .denied: "impossible de lire « \(path) » : permission refusée"
            case .other(let text): "impossible de lire « \(path) » : \(text)"
            }
        case .cannotStart: "impossible de démarrer la lecture YAML"
        case .syntax(let problem, let context, let line, let column):
            "YAML mal formé : \(Self.frenchProblems[problem] ?? problem)"
                + (context.map { " (\(Self.frenchContexts[$0] ?? $0) à la ligne \(line), colonne \(column))" } ?? "")
        case .hint(.quoteAColon):
            "un texte qui contient « : » (deux-points suivis d'une espace) doit être entre guillemets : nom: \"Plan vélo : à vous la parole\""
        case .hint(.noTabs):
            "indentez avec des espaces, jamais avec des tabulations ; un texte qui commence par @, ` ou % doit être entre guillemets"
        case .hint(.unclosedQuote):
            "un guillemet ouvert n'est pas refermé ; pour un guillemet dans le texte, doublez-le entre apostrophes ('l''avis') ou échappez-le entre guillemets (\"un \\\"mot\\\"\")"
        }
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
