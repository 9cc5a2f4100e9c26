/// Names a kit uses before all of it is read: questions in `concerns` or `from`, glossary ids, section ids.
struct PendingReferences {
    var questions: [(path: QuestionPath, location: SourceLocation, what: String)] = []
    var glossary: [(id: String, location: SourceLocation)] = []
    var sections: [(id: String, location: SourceLocation)] = []
    var catalogues: [(id: String, location: SourceLocation)] = []
    var templates: [(path: String, location: SourceLocation)] = []
}
