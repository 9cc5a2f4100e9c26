extension MigrationWording {
    public var english: String {
        switch self {
        case .keptAsideHeader(let from, let to):
            "Answers kept aside when moving from version \(from) to version \(to) (to take up again or delete):"
        case .reason(let path, .removed(let note)):
            "\(path): the question was removed from the kit" + (note.map { "; \($0)" } ?? "")
        case .reason(let path, .noQuestion): "\(path): the kit no longer has this question"
        case .reason(let path, .doesNotFit(let problem)): "\(path): the answer no longer fits (\(problem))"
        case .reason(let path, .alreadyAnswered(let target)):
            "\(path): the answer would go to \(target), which already has its own in this file"
        }
    }
}
