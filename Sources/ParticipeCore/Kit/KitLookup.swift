/// Positions by id; the first definition wins when an id is duplicated (the checker reports it).
struct KitLookup: Sendable {
    var sections: [String: Int] = [:]
    var questions: [QuestionPath: (section: Int, question: Int)] = [:]
    var computed: [String: Int] = [:]
    var grids: [String: Int] = [:]

    init(sections: [Section], computed: [ComputedValue], grids: [Grid]) {
        for (sectionIndex, section) in sections.enumerated() {
            if self.sections[section.id] == nil { self.sections[section.id] = sectionIndex }
            for (questionIndex, question) in section.questions.enumerated() {
                let path = QuestionPath(section.id, question.id)
                if self.questions[path] == nil { self.questions[path] = (sectionIndex, questionIndex) }
            }
        }
        for (index, value) in computed.enumerated() where self.computed[value.id] == nil {
            self.computed[value.id] = index
        }
        for (index, grid) in grids.enumerated() where self.grids[grid.id] == nil { self.grids[grid.id] = index }
    }
}
