extension ValidationMessage {
    var french: String {
        switch self {
        case .missingRequired(let path, let label): "réponse obligatoire manquante : \(path) (« \(label) »)"
        case .toConfirm(let path, let label):
            "réponse obligatoire à confirmer (laissée pour plus tard) : \(path) (« \(label) »)"
        case .answerToConfirm(let path, let label, let provenance):
            "réponse à confirmer : \(path) (« \(label) »)" + (provenance.isEmpty ? "" : " — \(provenance)")
        case .factNotInForce(let label, let date, let known, let value, let source):
            "règle à vérifier : le kit ne connaît « \(label) » que \(known) ; au \(date), la valeur \(value) a été "
                + "reprise telle quelle" + (source.isEmpty ? "" : " (source : \(source))")
                + " : vérifiez celle qui s'applique et mettez le kit à jour"
        case .offerWithoutLot(let candidate, let named, let lots, let hint):
            (named.map { "l'offre « \(candidate) » répond au lot « \($0) », qui n'est pas un lot de ce marché" }
                ?? "l'offre « \(candidate) » ne dit pas à quel lot elle répond")
                + " : aucune matrice ne la classe ; indiquez sous « lot » l'un des lots "
                + lots.joined(separator: ", ") + hint
        case .atPath(let path, let problem): "\(path): \(problem)"
        case .belowMinimum(let number, let minimum): "\(number) est inférieur au minimum \(minimum)"
        case .aboveMaximum(let number, let maximum): "\(number) dépasse le maximum \(maximum)"
        case .offScale(let number, let minimum, let maximum):
            "\(number) n'est pas sur l'échelle de \(minimum) à \(maximum)"
        case .dateBefore(let date, let minimum): "la date \(date) précède le \(minimum)"
        case .dateAfter(let date, let maximum): "la date \(date) dépasse le \(maximum)"
        case .tooShort(let characters, let minimum): "\(characters) caractères, il en faut au moins \(minimum)"
        case .tooLong(let characters, let maximum): "\(characters) caractères, \(maximum) au plus"
        case .singleLine: "une seule ligne est attendue"
        case .tooFewItems(let count, let minimum): "\(count) élément(s), il en faut au moins \(minimum)"
        case .tooManyItems(let count, let maximum): "\(count) élément(s), \(maximum) au plus"
        case .negativePoints(let choice): "les points de « \(choice) » ne peuvent pas être négatifs"
        case .exclusiveChoice(let label): "« \(label) » se choisit seul, sans autre choix"
        case .pointsTotal(let total, let expected): "les points totalisent \(total) au lieu de \(expected)"
        case .itemFieldMissing(let index, let label): "élément \(index) : « \(label) » manque"
        case .itemField(let index, let field, let problem): "élément \(index), \(field) : \(problem)"
        case .unnamedCandidate(let index): "l'offre \(index) n'a pas de nom"
        case .scoreOffScale(let candidate, let criterion, let score, let minimum, let maximum):
            "\(candidate), \(criterion) : la note \(score) sort de l'échelle \(minimum)–\(maximum)"
        case .priceNotPositive(let candidate): "\(candidate) : le prix doit être positif"
        }
    }
}
