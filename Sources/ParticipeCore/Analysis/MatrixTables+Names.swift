extension MatrixTables {
    /// Every table with its kind and its stable id, in one order for file names and templates.
    var kinded: [(kind: MatrixWording.Table, id: String, table: MatrixTable)] {
        [
            (.criteria, "criteria", criteria), (.scores, "scores", scores),
            (.contributions, "contributions", contributions), (.eliminations, "eliminations", eliminations),
            (.sensitivity, "sensitivity", sensitivity), (.equalWeights, "equal_weights", equalWeights),
        ]
    }

    /// Every table with a stable id for templates: `criteria`, `scores`, `contributions`, `eliminations`,
    /// `sensitivity`, `equal_weights`.
    public var named: [(id: String, table: MatrixTable)] { kinded.map { ($0.id, $0.table) } }

    /// Every table with the name of its CSV file in `language` (`notes`, `scores`), in the order of `named`.
    public func files(in language: Language) -> [(name: String, table: MatrixTable)] {
        kinded.map { (MatrixWording.tableFile($0.kind).text(in: language), $0.table) }
    }
}
