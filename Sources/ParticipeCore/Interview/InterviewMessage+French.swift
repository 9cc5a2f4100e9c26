extension InterviewMessage {
    package var french: String {
        switch self {
        case .answerExpected: "une réponse est attendue"
        case .wholeNumberExpected: "un nombre entier est attendu"
        case .numberExpected: "un nombre est attendu (ex. 12 500 ou 1,5)"
        case .yesOrNo: "répondez oui ou non"
        case .dateDoesNotExist(let date): "la date \(date) n'existe pas dans le calendrier"
        case .dateExpected: "une date est attendue : AAAA-MM-JJ ou JJ/MM/AAAA"
        case .timeExpected: "une heure est attendue : HH:MM, par exemple 19:30"
        case .filledItemByItem: "cette question se remplit élément par élément"
        case .choiceNumberOutOfRange(let count): "choisissez un numéro entre 1 et \(count)"
        case .unknownChoice(let text, let count): "choix inconnu « \(text) » : tapez un numéro de 1 à \(count)"
        case .givenTwice(let text): "« \(text) » est donné deux fois"
        case .numbersPerChoice(let count): "\(count) nombres sont attendus, un par choix"
        case .notANumber(let text): "« \(text) » n'est pas un nombre"

        case .zeroOrMoreExpected: "un nombre positif ou nul est attendu"
        case .pointsOverTotal(let remaining):
            "il ne reste que \(remaining) points à répartir : donnez-en au plus \(remaining)"
        case .positivePrice: "le prix doit être un nombre positif"
        case .scoreExpected(let minimum, let maximum): "une note de \(minimum) à \(maximum) est attendue"
        case .eliminatoryNumbersExpected(let count): "numéros de 1 à \(count) attendus"
        case .failsExpected(let count, let example):
            (count > 0 ? "numéros de 1 à \(count) ou " : "")
                + "identifiants d'exigences obligatoires (comme \(example)) attendus"
        case .fieldRequired: "ce champ est obligatoire"
        case .pointsPrompt(let number, let label, let remaining): "\(number). \(label) (reste \(remaining))"
        case .fieldPrompt(let item, let label, let optional, let first):
            "Élément \(item) — \(label)" + (optional ? " (facultatif)" : "")
                + (first ? " (Entrée pour finir la liste)" : "")
        case .candidatePrompt(let row): "Offre \(row) — nom (Entrée pour finir)"
        case .pricePrompt(let candidate): "\(candidate) — prix HT (facultatif)"
        case .failsPrompt(let candidate, let criteria, let example):
            if let example {
                "\(candidate) — exigences non satisfaites (Entrée : aucune) : "
                    + (criteria.isEmpty ? "" : "numéros des critères éliminatoires (\(criteria)) ou ")
                    + "identifiants des exigences obligatoires, comme \(example)"
            } else {
                "\(candidate) — critères éliminatoires non remplis (numéros, Entrée : aucun) : \(criteria)"
            }
        case .regularisationPrompt(let candidate):
            "\(candidate) — offre irrégulière : le candidat est-il invité à la régulariser ? (o/n, Entrée : non)"
        case .lotPrompt(let candidate, let lots):
            "\(candidate) — lot auquel répond l'offre, si le marché est alloti (numéro ou identifiant, Entrée : aucun) : \(lots)"
        case .lotExpected(let count): "numéro de lot de 1 à \(count), ou son identifiant, attendu"

        case .requiredAnswerMissing(let path, let label): "réponse obligatoire manquante : \(path) (« \(label) »)"
        case .cannotSkipRequired: "cette question est obligatoire : elle ne peut pas être passée"

        case .command(let command):
            switch command {
            case .back: "revenir à la question précédente"
            case .skip: "passer la question (si elle n'est pas obligatoire)"
            case .help: "l'aide de la question"
            case .review: "revoir les réponses de la section et en changer une (:r 3 une autre section, :r tout toutes)"
            case .diagnostics: "le diagnostic des sections parcourues (:d tout : de toutes)"
            case .later: "je ne sais pas encore : la question reste à confirmer, l'entretien continue"
            case .source:
                "la source de la réponse, tapée après elle (:source délibération du 12 mars ; :source - l'enlève)"
            case .toConfirm: "la réponse, tapée avant, est à confirmer (à nouveau : elle ne l'est plus)"
            case .section: "aller à une section, par son numéro ou son identifiant (:s 7)"
            case .go: "aller à une question (:aller section.question)"
            case .editItem: "dans une liste, saisir à nouveau l'élément N (:modifier 2)"
            case .deleteItem: "dans une liste ou une grille de notes, supprimer l'élément N (:suppr 2)"
            case .quit: "enregistrer et quitter"
            case .commands: "cette liste"
            }

        case .resuming(let answered, let total): "Reprise : \(answered)/\(total) questions déjà renseignées."
        case .welcome(let file):
            "Chaque réponse est enregistrée aussitôt dans \(file). Tapez :h pour les commandes, ? pour l'aide d'une question."
        case .sectionHeading(let section, let sections): "== Section \(section)/\(sections) : "
        case .position(let section, let sections, let answered, let total):
            "Section \(section)/\(sections) · \(answered)/\(total)"
        case .misconception: "Idée reçue : "
        case .moreQuestions(let count):
            count == 1
                ? "1 question de plus, ouverte par vos réponses"
                : "\(count) questions de plus, ouvertes par vos réponses"
        case .requiredMark: " (obligatoire)"
        case .examples(let examples): "Exemples : " + examples.joined(separator: " ; ")
        case .scaleRange(let minimum, let maximum): "De \(minimum) à \(maximum)"
        case .howToAnswer(let type, let total):
            switch type {
            case .text: "Une ligne de texte."
            case .paragraph: "Texte sur plusieurs lignes ; une ligne vide termine."
            case .integer: "Un nombre entier."
            case .number: "Un nombre (12 500 ou 1,5)."
            case .boolean: "oui ou non (o/n)."
            case .date: "Une date AAAA-MM-JJ ou JJ/MM/AAAA."
            case .time: "Une heure HH:MM, par exemple 19:30."
            case .single: "Le numéro d'un choix."
            case .multiple: "Des numéros séparés par des virgules ou des espaces."
            case .scale: "Une note sur l'échelle."
            case .ranking: "Les numéros dans l'ordre, du premier au dernier (ex. 2 1 3)."
            case .points: "Répartissez \(total) points, un nombre par choix."
            case .list: "Un élément à la fois, champ par champ ; Entrée au premier champ termine la liste."
            case .scores: "Une offre à la fois : son nom, puis ses notes ; Entrée sur le nom termine."
            }
        case .helpAvailable: " ? pour l'aide."
        case .noHelp: "Pas d'aide pour cette question."
        case .glossaryEntry(let term, let definition): "  \(term) : \(definition)"
        case .unknownCommand(let text):
            "commande inconnue « \(text) », rien n'est enregistré (tapez :: pour une réponse qui commence par « : »)"
        case .commandsTitle: "Commandes, à toute invite :"
        case .enterAcceptsBrackets: "  Entrée accepte la valeur entre crochets."
        case .firstQuestion: "c'est la première question"
        case .itemsAlreadyEntered(let count):
            "\(count) élément(s) déjà saisi(s) ; les nouveaux s'ajoutent à la suite."
        case .reviewLine(let number, let label, let answer): "  \(number). \(label) : \(answer)"
        case .reviewPrompt: "Numéro de la question à changer (Entrée pour continuer) >"
        case .completeReviewOffer(let sections):
            "Toutes les questions ont une réponse. Pour revoir les réponses d'une section, tapez son numéro ("
                + sections + ")."
        case .reviewSectionPrompt: "Section à revoir (Entrée pour terminer) >"
        case .reviewNumberExpected(let count): "numéro de 1 à \(count) attendu"
        case .reviewSection(let number, let title): "Section \(number) · \(title)"
        case .leftForLater(let label):
            "« \(label) » : à confirmer. Elle reste un point bloquant (participe check la signale) ; :aller pour y revenir."
        case .unknownSection(let name, let sections): "aucune section « \(name) » ; sections : \(sections)"
        case .unknownQuestion(let name):
            "aucune question « \(name) » : donnez section.question (:r tout les numérote, avec leurs sections)"
        case .questionNotAsked(let label): "« \(label) » ne se pose pas d'après vos réponses"
        case .exclusiveMark: " (à choisir seul)"
        case .noSuchItem(let count):
            count == 0
                ? "aucun élément à modifier ou supprimer ici"
                : "numéro d'élément de 1 à \(count) attendu (:modifier 2, :suppr 2)"
        case .itemDeleted(let number): "Élément \(number) supprimé."
        case .paragraphGoesOn: "Les lignes tapées sont gardées ; la suite s'y ajoute, une ligne vide termine le texte."
        case .rowsHint: "  :suppr N pour supprimer une ligne ; Entrée sur le nom termine."
        case .alreadyAnswered:
            "cette question a déjà une réponse : :p ne vaut que pour une question sans réponse (Entrée garde la réponse)"
        case .optionalSkipped: "Question facultative : passée."
        case .toConfirmMark: "à confirmer"
        case .ambiguousQuestion(let name, let paths): "plusieurs questions « \(name) » : \(paths) ; précisez la section"
        case .sourceSet(let label, let source?): "Source notée pour « \(label) » : \(source)"
        case .sourceSet(let label, nil): "Source retirée pour « \(label) »."
        case .toConfirmSet(let label, true): "Réponse à « \(label) » notée « à confirmer »."
        case .toConfirmSet(let label, false): "La réponse à « \(label) » n'est plus « à confirmer »."
        case .noAnswerToNote: "pas encore de réponse à qui l'attacher : répondez d'abord, puis tapez :source ou :ac"
        case .provenanceLine(let text): "  (\(text))"
        case .itemLine(let number, let summary): "  \(number). \(summary)"
        case .itemsHint:
            "  :modifier N pour changer un élément, :suppr N pour le supprimer ; Entrée sur le premier champ termine."
        }
    }
}
