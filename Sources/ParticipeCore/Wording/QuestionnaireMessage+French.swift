extension QuestionnaireMessage {
    public var french: String {
        switch self {
        case .answered(let question): "vous avez répondu à la question \(question)"
        case .answeredYes(let question): "vous avez répondu « oui » à la question \(question)"
        case .answeredNo(let question): "vous avez répondu « non » à la question \(question)"
        case .chose(let choice, let question): "vous avez répondu « \(choice) » à la question \(question)"
        case .didNotChoose(let choice, let question):
            "vous n'avez pas répondu « \(choice) » à la question \(question)"
        case .ticked(let choice, let question): "vous avez coché « \(choice) » à la question \(question)"
        case .compared(let comparison, let bound, let question):
            "la réponse à la question \(question) est \(Self.frenchComparison(comparison)) \(bound)"
        case .holds(let label): "« \(label) » (d'après vos réponses)"
        case .both(let left, let right): "\(left), et si \(right)"
        case .either(let left, let right): "\(left), ou si \(right)"
        case .onlyIf(let condition, let next):
            "Répondez seulement si \(condition) ; sinon, "
                + (next.map { "passez à la question \($0)." } ?? "vous avez fini.")
        case .groupOnlyIf(let first, let last, let condition, let next):
            "Questions \(first) à \(last) : répondez seulement si \(condition) ; sinon, "
                + (next.map { "passez à la question \($0)." } ?? "vous avez fini.")
        case .asWritten(let condition): "la condition du kit est remplie (\(condition))"
        case .title(let kit): "Questionnaire à remplir sur papier — \(kit)"
        case .instructions:
            "Cochez les cases (☐) ou écrivez sur les lignes. Chaque question porte son identifiant (entre crochets) : "
                + "il sert à saisir les réponses ensuite dans un fichier de réponses ou dans l'atelier. Les questions "
                + "marquées « obligatoire » doivent être remplies ; les autres peuvent attendre."
        case .required: "obligatoire"
        case .oneAnswer: "une seule réponse"
        case .severalAnswers: "plusieurs réponses possibles"
        case .ranking: "numérotez les choix par ordre de préférence, 1 pour le premier"
        case .points(let total): "répartissez \(total) points entre les choix"
        case .listRows: "une ligne par élément ; ajoutez des lignes au besoin"
        case .yes: "oui"
        case .no: "non"
        case .identifier(let id): "[\(id)]"
        }
    }

    /// `>=` in words.
    static func frenchComparison(_ comparison: String) -> String {
        switch comparison {
        case "<": "inférieure à"
        case "<=": "inférieure ou égale à"
        case ">": "supérieure à"
        default: "supérieure ou égale à"
        }
    }
}
