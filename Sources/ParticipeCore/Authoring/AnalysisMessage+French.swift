extension AnalysisMessage {
    package var french: String {
        switch self {
        case .sectionNeverShown(let section, let reason):
            "la section « \(section) » n'est jamais montrée : son `when` ne peut jamais être vrai (\(reason.french))"
        case .questionNeverShown(let path, let reason):
            "la question « \(path) » n'est jamais posée : son `when` ne peut jamais être vrai (\(reason.french))"
        case .requiredNeverApplies(let path, let reason):
            "la question « \(path) » n'est jamais obligatoire : sa condition `required` n'est jamais vraie quand "
                + "elle est posée (\(reason.french))"
        case .ruleNeverFires(let rule, let reason):
            "la règle « \(rule) » ne peut jamais se déclencher : son `when` ne peut jamais être vrai (\(reason.french))"
        case .itemNeverKept(let catalogue, let item, let reason):
            "l'élément « \(item) » du catalogue « \(catalogue) » n'est jamais retenu : son `when` ne peut jamais "
                + "être vrai (\(reason.french))"
        case .priorityNeverApplies(let catalogue, let item, let priority, let reason):
            "la priorité « \(priority) » de l'élément « \(item) » (catalogue « \(catalogue) ») ne s'applique "
                + "jamais : sa condition n'est jamais vraie quand l'élément est retenu (\(reason.french))"
        case .levelNeverReached(let grid, let level, let reason):
            "le niveau « \(level) » de la grille « \(grid) » n'est jamais atteint : son `when` ne peut jamais "
                + "être vrai (\(reason.french))"
        case .unitTwice(let name, let unit):
            "« {{ \(name) }} » affiche déjà son unité « \(unit) » : le « \(unit) » écrit après apparaîtrait deux fois"
        case .migrationUnaccounted(let path, let from, let to):
            "la question « \(path) » de la version \(from) n'est plus dans la version \(to), et la migration ne la "
                + "déplace ni ne la retire : ses réponses seraient mises de côté"
        case .questionUnused(let path):
            "la question « \(path) » ne sert à aucun document, règle, valeur calculée, catalogue ni condition : "
                + "sa réponse ne va nulle part"
        case .factEnded(let id, let until):
            "le fait « \(id) » n'est connu que jusqu'au \(until) : ajoutez la valeur en vigueur depuis, avec sa source "
                + "(d'ici là, les réponses datées après cette date reprennent la dernière valeur, avec un avertissement)"
        case .computedUnused(let id):
            "la valeur calculée « \(id) » ne sert à aucun document, règle, catalogue ni autre valeur"
        }
    }
}

extension AnalysisMessage.Reason {
    var french: String {
        switch self {
        case .exclusive(let subject, let tests):
            "aucune valeur de « \(subject) » ne satisfait " + tests.map { "`\($0)`" }.joined(separator: " et ")
        case .alwaysFalse(let test): "`\(test)` est toujours faux"
        case .neverShown(let path): "elle demande une réponse à « \(path) », qui n'est jamais posée"
        }
    }
}
