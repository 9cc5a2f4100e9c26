extension DecodingMessage {
    var french: String {
        switch self {
        case .mustBeMapping(let what, let found):
            "\(what) doit être fait de paires clé : valeur (trouvé : \(found.french))"
        case .duplicateKey(let key, let what): "clé « \(key) » en double dans \(what)"
        case .unknownKey(let key, let what, let suggestion, let expected):
            "clé inconnue « \(key) » dans \(what)\(Self.hint(suggestion, .french))"
                + (expected.map { " (attendu : \($0.map { "« \($0) »" }.joined(separator: ", ")))" } ?? "")
        case .missingKey(let key, let what): "clé « \(key) » manquante dans \(what)"
        case .mustBeList(let what, let found): "\(what) doit être une liste (trouvé : \(found.french))"
        case .mustBeText(let what, let found): "\(what) doit être un texte (trouvé : \(found.french))"
        case .invalidIdentifier(let what, let text, let dashes):
            "« \(text) » n'est pas un identifiant valide pour \(what) : utilisez des lettres ASCII minuscules, des chiffres"
                + (dashes ? ", « _ » et « - »" : " et « _ »")
        case .mustBeBoolean(let what, let found): "\(what) doit valoir true ou false (trouvé : \(found.french))"
        case .mustBeNumber(let what, let found): "\(what) doit être un nombre (trouvé : \(found.french))"
        case .mustBeWholeNumber(let what, let found): "\(what) doit être un nombre entier (trouvé : \(found.french))"
        case .mustBeDate(let what, let found):
            "\(what) doit être une date écrite AAAA-MM-JJ (trouvé : \(found.french))"
        case .mustBeLocalized(let what, let found):
            "\(what) doit être un texte, ou des paires langue : texte (trouvé : \(found.french))"
        case .unknownLanguage(let language, let what, let languages):
            "langue inconnue « \(language) » dans \(what) ; les langues du kit sont \(languages.joined(separator: ", "))"
        case .missingTranslation(let what, let language): "\(what) n'a pas de traduction « \(language) »"
        case .mustBeExpression(let what, let found): "\(what) doit être une expression (trouvé : \(found.french))"
        case .mustBeQuestionPath(let what, let found):
            "\(what) doit désigner une question sous la forme « section.question » (trouvé : « \(found) »)"
        case .kind(let kind): kind.french

        case .answersFile: "un fichier de réponses"
        case .answersSections: "« answers » (les sections du kit)"
        case .section(let id): "la section « \(id) »"
        case .itemOf(let answer): "un élément de « \(answer) »"
        case .candidateOf(let answer): "une offre de « \(answer) »"

        case .languageNotSpoken(let code, let spoken):
            "Participe ne parle pas « \(code) » : « language » vaut l'une de ces langues : \(spoken.joined(separator: ", "))"
        case .wrongKit(let kit, let expected): "ces réponses sont pour le kit « \(kit) », et non « \(expected) »"
        case .wrongVersion(let version, let kit, let found):
            "ces réponses ont été écrites pour la version \(version) du kit « \(kit) », mais le kit trouvé est en version \(found)"
        case .migrationAvailable(let version, let kit, let found, let file):
            "ces réponses ont été écrites pour la version \(version) du kit « \(kit) », qui est maintenant en version "
                + "\(found) : « participe migrate \(file) » les met à jour et met de côté ce qui ne convient plus"
        case .newerThanKit(let version, let kit, let found):
            "ces réponses ont été écrites pour la version \(version) du kit « \(kit) », plus récente que le kit "
                + "trouvé (version \(found)) : utilisez le kit de la version \(version)"
        case .noMigration(let version, let kit, let found, let from):
            "le kit « \(kit) » (version \(found)) n'a pas de migration depuis la version \(version)"
                + (from.isEmpty ? "" : " (migrations depuis : \(from.joined(separator: ", ")))")
        case .kitLacksLanguage(let kit, let language, let languages):
            "le kit « \(kit) » n'existe pas en « \(language) » (langues : \(languages.joined(separator: ", ")))"
        case .expects(let answer, let expected, let found, let tooLarge):
            "« \(answer) » attend \(expected.french) (trouvé : \(found.french))\(Self.note(tooLarge, .french))"
        case .dateNotInCalendar(let answer, let date):
            "« \(answer) » : la date \(date) n'existe pas dans le calendrier"
        case .mustListChoices(let answer, let found):
            "« \(answer) » attend des identifiants de choix (trouvé : \(found.french))"
        case .choiceListedTwice(let id, let answer): "le choix « \(id) » figure deux fois dans « \(answer) »"
        case .choiceGivenTwice(let id, let answer): "le choix « \(id) » est donné deux fois dans « \(answer) »"
        case .pointsMustBeNumber(let id, let tooLarge):
            "les points de « \(id) » doivent être un nombre\(Self.note(tooLarge, .french))"
        case .unknownChoice(let text, let answer, let suggestion, let choices):
            "choix inconnu « \(text) » pour « \(answer) »\(Self.hint(suggestion, .french)) (choix possibles : \(choices.joined(separator: ", ")))"
        case .priceMustBeNumber(let tooLarge):
            "« price » doit être un nombre (euros hors taxes)\(Self.note(tooLarge, .french))"
        case .unknownCriterion(let id, let suggestion, let criteria):
            "critère inconnu « \(id) »\(Self.hint(suggestion, .french)) (critères : \(criteria.joined(separator: ", ")))"
        case .scoreMustBeNumber(let id, let tooLarge):
            "la note de « \(id) » doit être un nombre\(Self.note(tooLarge, .french))"
        case .scoresMustBeMapping: "« scores » attend des paires « critère : note »"
        case .failsMustListCriteria: "« fails » attend des identifiants de critères éliminatoires ou d'exigences"
        case .unknownFailed(let id, let hint):
            "« \(id) » n'est ni un critère éliminatoire ni une exigence du kit\(hint)"
        case .scoreIgnored(let id, .fromSubCriteria(let subCriteria)):
            "la note de « \(id) » est ignorée : elle se calcule à partir de ses sous-critères ; "
                + "notez plutôt ceux-ci (\(subCriteria.joined(separator: ", ")))"
        case .scoreIgnored(let id, .fromPrice):
            "la note de « \(id) » est ignorée : elle se calcule à partir du prix de l'offre (« price »)"
        case .scoreIgnored(let id, .eliminatory):
            "la note de « \(id) » est ignorée : ce critère est éliminatoire, réussi ou non ; "
                + "l'indiquer sous « fails » si l'offre y échoue"
        case .numberTooLarge: " ; les nombres sont limités à 10^15 en valeur absolue"
        }
    }
}

extension DecodingMessage.Kind {
    var french: String {
        switch self {
        case .nothing: "rien"
        case .scalar: "une valeur simple"
        case .list: "une liste"
        case .mapping: "des paires clé : valeur"
        }
    }
}

extension DecodingMessage.Found {
    var french: String {
        switch self {
        case .text(let text): "« \(text) »"
        case .kind(let kind): kind.french
        }
    }
}

extension DecodingMessage.Expected {
    var french: String {
        switch self {
        case .text: "un texte"
        case .wholeNumber: "un nombre entier"
        case .number: "un nombre"
        case .boolean: "oui ou non (true/false)"
        case .date: "une date écrite AAAA-MM-JJ"
        case .time: "une heure écrite HH:MM"
        case .choice: "l'identifiant d'un choix"
        case .choices(let examples):
            "une liste d'identifiants de choix, par exemple [\(examples.joined(separator: ", "))]"
        case .points: "des paires « choix : points »"
        case .items(let fields): "une liste d'éléments, chacun fait des champs \(fields.joined(separator: ", "))"
        case .candidates: "une liste d'offres, chacune avec « candidate » et « scores »"
        }
    }
}
