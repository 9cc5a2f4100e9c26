/// Names a kit uses before all of it is read: questions in `concerns` or `from`, glossary ids, section ids.
struct PendingReferences {
    var questions: [(path: QuestionPath, location: SourceLocation, what: String)] = []
    var glossary: [(id: String, location: SourceLocation)] = []
    var sections: [(id: String, location: SourceLocation)] = []
    /// Rule ids in rules' `follows`.
    var rules: [(id: String, location: SourceLocation)] = []
    var catalogues: [(id: String, location: SourceLocation)] = []
    var templates: [(path: String, location: SourceLocation)] = []
    /// Lot ids in catalogues' `lots`.
    var lots: [(id: String, location: SourceLocation)] = []
    /// Where `per_lot: true` is written, which needs the kit to declare lots.
    var perLot: [SourceLocation] = []
}
