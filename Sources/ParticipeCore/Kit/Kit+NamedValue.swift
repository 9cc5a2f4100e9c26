/// What an interpolation that names one value alone (`{{ s.budget }}`, `{{ total }}`, `{{ entry.cout }}`) shows:
/// that value as its question or computed value words it, unit included.
extension Kit {
    /// The thing an expression names alone.
    enum NamedValue {
        /// A question, or a field of the entry an item is made for: its answer worded as a document words it.
        case answer(Question)
        case computed(ComputedValue)
    }

    /// What `expression` names when it is nothing but one reference; `entry` is the list question of an item made
    /// `for_each` entry (its fields are read as `entry.field`).
    func namedAlone(_ expression: Expression, entry: Question? = nil) -> NamedValue? {
        guard expression.references.count == 1, let reference = expression.references.first,
            expression.source.filter({ !$0.isWhitespace }) == reference.name
        else { return nil }
        let path = reference.path
        if path.count == 2, path[0] == Catalogue.Item.entryName,
            let field = entry?.fields.first(where: { $0.id == path[1] })
        {
            return .answer(field)
        }
        if path.count == 2, let question = question(QuestionPath(path[0], path[1])) { return .answer(question) }
        if path.count == 1, let computed = computedValue(path[0]) { return .computed(computed) }
        return nil
    }
}
