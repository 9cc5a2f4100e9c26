extension MatrixTables {
    /// Every table with a stable id for file names and templates: `criteria`, `scores`, `contributions`,
    /// `eliminations`, `sensitivity`, `equal_weights`.
    public var named: [(id: String, table: MatrixTable)] {
        [
            ("criteria", criteria), ("scores", scores), ("contributions", contributions),
            ("eliminations", eliminations), ("sensitivity", sensitivity), ("equal_weights", equalWeights),
        ]
    }
}
