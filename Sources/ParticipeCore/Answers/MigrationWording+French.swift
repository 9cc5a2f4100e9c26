extension MigrationWording {
    public var french: String {
        switch self {
        case .keptAsideHeader(let from, let to):
            "Réponses mises de côté au passage de la version \(from) à la version \(to) (à reprendre ou supprimer) :"
        case .reason(let path, .removed(let note)):
            "\(path) : la question a été retirée du kit" + (note.map { " ; \($0)" } ?? "")
        case .reason(let path, .noQuestion): "\(path) : le kit n'a plus cette question"
        case .reason(let path, .doesNotFit(let problem)): "\(path) : la réponse ne convient plus (\(problem))"
        case .reason(let path, .alreadyAnswered(let target)):
            "\(path) : la réponse irait à \(target), qui a déjà la sienne dans ce fichier"
        }
    }
}
