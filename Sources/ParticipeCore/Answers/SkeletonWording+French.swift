extension SkeletonWording {
    var french: String {
        switch self {
        case .fillInThenCheck: "Réponses à remplir, puis : participe check <ce fichier>"
        case .emptyMeansUnanswered: "Laisser une réponse vide signifie « pas encore répondu »."
        case .quoteColonOrHash:
            "Un texte qui contient « : » ou « # » s'écrit entre guillemets droits, "
                + "par ex. territoire: \"Quartiers Nord : Gare # centre\" (sans eux, la suite de « # » serait perdue)."
        case .severalLines:
            "Un texte de plusieurs lignes : « | » après les deux-points, puis chaque ligne en retrait sous la question."
        case .required: "obligatoire"
        case .requiredDependingOnAnswers: "obligatoire selon les réponses"
        case .onlyIf(let condition): "seulement si \(condition)"
        case .glossary(let terms): "Glossaire : " + terms.joined(separator: ", ")
        case .examples(let examples): "Exemples : " + examples.joined(separator: " ; ")
        case .oneEntryPerItem: "Un élément par entrée, par exemple :"
        case .nameOfTheOffer: "Nom de l'offre"
        case .failsAmong(let criteria):
            "critères éliminatoires que l'offre ne remplit pas, parmi : " + criteria.joined(separator: ", ")
        case .regularisationAsked:
            "true si l'offre irrégulière est invitée à se régulariser ; fails nomme aussi les exigences obligatoires "
                + "du cahier des charges (FON-10…)"
        case .lotOfTheOffer(let lots):
            "si le marché est alloti, le lot auquel répond l'offre : " + lots.joined(separator: ", ")
        case .notesOnTheOffer: "\"Points forts ; points faibles\""
        case .oneLineOfText: "texte d'une ligne"
        case .freeText: "texte libre"
        case .wholeNumber: "nombre entier"
        case .number: "nombre"
        case .yesNo: "oui / non"
        case .date: "date AAAA-MM-JJ"
        case .time: "heure HH:MM"
        case .oneChoiceAmong: "un choix parmi"
        case .listOfChoices: "liste de choix, ex. [a, b]"
        case .scale(let minimum, let maximum): "note de \(minimum) à \(maximum)"
        case .ranking: "classement, du premier au dernier"
        case .sharePoints(let total): "répartir \(total) points entre"
        case .listOfItems: "liste d'éléments"
        case .scoresPerCriterion: "notes des offres par critère"
        }
    }
}
