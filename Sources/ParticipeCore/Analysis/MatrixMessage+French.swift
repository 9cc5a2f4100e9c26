extension MatrixMessage {
    public var french: String {
        switch self {
        case .duplicateCriterion(let id): "l'identifiant de critère « \(id) » est utilisé plus d'une fois"
        case .duplicateCandidate(let id): "l'identifiant de candidat « \(id) » est utilisé plus d'une fois"
        case .invalidScale(let minimum, let maximum):
            "le maximum de l'échelle (\(Self.number(maximum))) doit être supérieur à son minimum "
                + "(\(Self.number(minimum)))"
        case .inGroup(let parent?, let message): "sous-critères de « \(parent) » : \(message.french)"
        case .inGroup(nil, let message): "critères de premier niveau : \(message.french)"
        case .unusableWeight(let weighed, let value):
            "le poids de \(Self.french(weighed)) n'est pas utilisable (\(Self.number(value))) ; "
                + "il est traité comme manquant"
        case .noPositiveWeight: "aucun poids positif n'est donné ; tous les critères reçoivent le même poids"
        case .missingWeights(let weighed) where weighed.count == 1:
            "poids manquant pour \(Self.french(weighed[0])) ; il reçoit la moyenne des autres"
        case .missingWeights(let weighed):
            "poids manquants pour \(weighed.map(Self.french).joined(separator: ", ")) ; "
                + "ils reçoivent la moyenne des autres"
        case .fixedWeightsSum(let sum):
            "la somme des poids fixés est de \(Self.number(sum)), pas de 100 ; ils sont ramenés à 100"
        case .unknownRankedCriterion(let id): "le classement nomme un critère inconnu, « \(id) » ; il est ignoré"
        case .notRanked(let ids) where ids.count == 1:
            "« \(ids[0]) » n'est pas classé ; il est placé en dernier"
        case .notRanked(let ids):
            "\(Language.french.quotedList(ids)) ne sont pas classés ; ils sont placés en dernier et se partagent "
                + "également les dernières places"
        case .cannotHaveSubCriteria(let id, let kind):
            "le critère \(Self.kindAdjective(kind)) « \(id) » ne peut pas avoir de sous-critères ; ils sont ignorés"
        case .invalidPrice(let candidate, let price):
            "candidat « \(candidate) » : le prix \(Self.number(price)) n'est pas un montant positif ; il est ignoré"
        case .ignoredScore(let candidate, let criterion):
            "candidat « \(candidate) » : la note pour « \(criterion) » est ignorée (ce n'est pas un critère noté "
                + "directement)"
        case .ignoredAnswer(let candidate, let criterion):
            "candidat « \(candidate) » : la réponse pour « \(criterion) » est ignorée (ce n'est pas un critère "
                + "éliminatoire)"
        case .regularisingWithoutFailure(let candidate):
            "candidat « \(candidate) » : l'offre est dite à régulariser, mais elle ne manque à aucune exigence ; "
                + "la mention est ignorée"
        case .unknownRequirement(let candidate, let id):
            "candidat « \(candidate) » : « \(id) » n'est pas une exigence obligatoire du cahier des charges pour ces "
                + "réponses ; ce manquement est ignoré"
        case .scoreOutsideScale(let candidate, let criterion, let score, let minimum, let maximum):
            "candidat « \(candidate) » : la note \(Self.number(score)) pour « \(criterion) » sort de l'échelle "
                + "\(Self.number(minimum))–\(Self.number(maximum)) ; elle est traitée comme manquante"
        case .fewerThanTwoRanked: "moins de deux candidats classés ; pas d'analyse de sensibilité"
        case .tiedForFirst(let names):
            "\(Language.french.quotedList(names)) sont ex aequo à la première place ; pas d'analyse de sensibilité "
                + "sans premier unique"
        case .provisionalRanking(let names):
            "classement provisoire : \(Language.french.quotedList(names)) "
                + (names.count > 1 ? "sont invités" : "est invité")
                + " à régulariser leur offre ; le classement vaut une fois la régularisation faite ou l'offre écartée"
        case .criterionLeftOut(let criterion, let matrix, let parent, let parentKept):
            "critère « \(criterion) » écarté de la matrice « \(matrix) » : son parent « \(parent) » "
                + (parentKept ? "en est écarté" : "n'est pas retenu")
        case .pointsIgnored(let choices, let question, let matrix):
            "les choix \(Language.french.quotedList(choices)) de « \(question) » ne correspondent à aucun critère "
                + "de premier niveau retenu de la matrice « \(matrix) » ; leurs points sont ignorés"
        case .criteriaNotChoices(let criteria, let matrix, let question):
            "les critères de premier niveau \(Language.french.quotedList(criteria)) de la matrice « \(matrix) » ne "
                + "sont pas des choix de « \(question) » ; une fois la question répondue, ils reçoivent la moyenne "
                + "des points donnés"
        }
    }

    private static func french(_ weighed: Weighed) -> String {
        switch weighed {
        case .criterion(let id): "« \(id) »"
        case .position(let position): "n° \(position)"
        }
    }

    private static func kindAdjective(_ kind: Criterion.Kind) -> String {
        switch kind {
        case .scored: "noté"
        case .price: "de prix"
        case .eliminatory: "éliminatoire"
        }
    }

    /// `80`, `2,5`: numbers as a French reader writes them.
    private static func number(_ value: Double) -> String {
        value.isFinite ? NumberFormat.localized(value, in: .french) : NumberFormat.plain(value)
    }
}
