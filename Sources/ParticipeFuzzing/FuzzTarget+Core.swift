import ParticipeCore

extension FuzzTarget {
    static func loadKit(_ bytes: [UInt8]) {
        let workspace = FuzzWorkspace.shared
        guard let directory = workspace.fresh("kit") else { return }
        KitBundle(bytes).write(into: directory)
        var texts = SourceTexts()
        keep(try? KitLoader().load(directory: directory, texts: &texts))
    }

    static func evaluateAnswers(_ bytes: [UInt8]) {
        // As `participe check` does: the answers that fit are evaluated even when others do not.
        guard let sheet = decodeAnswers(bytes, keepingValid: true) else { return }
        let kit = FuzzFixtures.shared.kit
        // Each language: computed values and rule messages differ by language.
        for language in kit.languages {
            keep(Evaluation(kit: kit, sheet: sheet, language: language, today: FuzzFixtures.today))
        }
    }

    /// Reads and decodes answers the way `participe generate` does (or `check`, `keepingValid`); nil when they
    /// would refuse them.
    static func decodeAnswers(_ bytes: [UInt8], keepingValid: Bool = false) -> AnswerSheet? {
        let workspace = FuzzWorkspace.shared
        guard let path = workspace.write(bytes, to: "answers.yaml") else { return nil }
        var texts = SourceTexts()
        guard let file = try? AnswersFile.read(path, texts: &texts) else { return nil }
        if keepingValid { return try? file.decodeValid(for: FuzzFixtures.shared.kit).sheet }
        return try? file.decode(for: FuzzFixtures.shared.kit)
    }

    static func evaluateExpression(_ bytes: [UInt8]) {
        guard let source = text(bytes) else { return }
        let location = SourceLocation(file: "fuzz.yaml", line: 1, column: 1)
        guard let expression = try? Expression.parse(source, at: location) else { return }
        let sandbox = ExpressionSandbox()
        let (_, diagnostics) = expression.check(in: sandbox)
        // A kit only keeps expressions that check; evaluating others would test states the tool never reaches.
        guard diagnostics.isEmpty else { return }
        keep(expression.evaluate(in: sandbox))
    }
}
