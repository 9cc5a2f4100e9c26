import ParticipeCore

/// What `lint` checks in a kit's document templates: that each one parses and that every name it uses exists,
/// in every language and in every branch, before any answer reaches a branch that would otherwise fail.
///
/// Each template is read against two evaluations, one with no answer and one with every question answered (see
/// `SampleAnswers`), and every section and inverted section is read whatever the values say.
public struct TemplateContract {
    /// The problems of every document template, each once, in the order of their files.
    public let problems: [Diagnostic]
    /// Every name a template reads, written from the root: `answers.s.q.value`, `computed.total.value`,
    /// `sections[].questions[].label`.
    public let names: Set<String>

    /// Checks every document template of `kit`; messages in `language`.
    public init(kit: Kit, today: CalendarDate, language: Language, texts: inout SourceTexts) {
        var problems: [Diagnostic] = []
        var names: Set<String> = []
        var seen: Set<Diagnostic> = []
        func add(_ found: [Diagnostic]) {
            problems += found.filter { seen.insert($0).inserted }
        }
        let sheets = [AnswerSheet(for: kit), SampleAnswers.full(for: kit, today: today)]
        for documentLanguage in kit.languages {
            let contexts = sheets.map { sheet in
                let context = TemplateContext(
                    evaluation: Evaluation(kit: kit, sheet: sheet, language: documentLanguage, today: today))
                return (context, context.sharedValues())
            }
            for spec in kit.documents {
                var found: [Diagnostic] = []
                guard
                    let (path, text) = DocumentGenerator.templateText(
                        of: spec, kit: kit, in: documentLanguage, messages: language, problems: &found)
                else {
                    add(found)
                    continue
                }
                texts.register(text, for: path)
                let template: DocumentTemplate
                do {
                    template = try DocumentTemplate(text: text, file: path, language: language)
                } catch {
                    add([error])
                    continue
                }
                for (offset, (context, shared)) in contexts.enumerated() {
                    // A null over an object shows only in the sheet that answers everything (see `StrictChecker`).
                    let reach = StrictChecker.Reach.everyBranch(nullSections: offset == 1)
                    let found = template.check(with: context.values(for: spec, shared: shared), reach: reach)
                    add(found.problems)
                    names.formUnion(found.used)
                }
            }
        }
        self.problems = problems.inFileOrder()
        self.names = names
    }
}
