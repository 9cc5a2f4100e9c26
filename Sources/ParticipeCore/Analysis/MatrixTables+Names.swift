extension MatrixTables {
    /// Every table with a stable id for file names and templates: `criteria`, `scores`, `contributions`,
    /// `eliminations`, `sensitivity`, `equal_weights`.
    public var named: [(id: String, table: MatrixTable)] {
        [
            ("criteria", criteria), ("scores", scores), ("contributions", contributions),
            ("eliminations", eliminations), ("sensitivity", sensitivity), ("equal_weights", equalWeights),
        ]
    }

    /// Every table with the name of its CSV file in `language` (`notes`, `scores`), in the order of `named`.
    public func files(in language: Language) -> [(name: String, table: MatrixTable)] {
        let kinds: [MatrixWording.Table] = [
            .criteria, .scores, .contributions, .eliminations, .sensitivity, .equalWeights,
        ]
        return zip(kinds, named).map { (MatrixWording.tableFile($0).text(in: language), $1.table) }
    }
}
