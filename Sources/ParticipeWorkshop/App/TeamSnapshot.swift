import Foundation
import ParticipeCore

/// A team's answers as the store holds them, read into an answer sheet and evaluated as `check` does.
struct TeamSnapshot: Sendable {
    let kit: Kit
    let workshop: WorkshopRecord
    let team: TeamRecord
    let language: Language
    /// The date the snapshot is evaluated at (`today()`).
    let today: CalendarDate
    /// The team's answers by question path.
    let answers: [String: TeamAnswer]
    /// What each member last proposed, by question path.
    let proposals: [String: [Proposal]]
    let sheet: AnswerSheet
    /// The interview's logic over the sheet, for validating answers as the terminal and `check` do; its
    /// evaluation is the snapshot's. Made the first time a page needs it: a save that renders no page
    /// does not evaluate the kit at all.
    var session: InterviewSession { lazySession.value }
    var evaluation: Evaluation { session.evaluation }
    private let lazySession: Lazy<InterviewSession>
    /// The answers the documents use: the agreed answer, or the one answer given; a question where members
    /// differ and have not agreed is left out (the documents then say it is to be specified).
    let agreedSheet: AnswerSheet
    /// The evaluation of `agreedSheet`, for the documents; made on first use.
    var documentEvaluation: Evaluation { lazyDocuments.value }
    private let lazyDocuments: Lazy<Evaluation>

    init(
        kit: Kit, workshop: WorkshopRecord, team: TeamRecord, language: Language, today: CalendarDate,
        answers: [TeamAnswer], proposals: [Proposal]
    ) {
        self.kit = kit
        self.workshop = workshop
        self.team = team
        self.language = language
        self.today = today
        self.answers = Dictionary(answers.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        self.proposals = Dictionary(grouping: proposals, by: \.path)
        var sheet = AnswerSheet(for: kit, language: workshop.language)
        for answer in answers {
            guard let path = QuestionPath(answer.path), kit.question(path) != nil else { continue }
            if answer.pending {
                // Kept in the answers file under `pending:`, and reported by `check` as to be confirmed.
                sheet.pending.insert(path)
            } else {
                sheet[path] = answer.value
                if answer.value.isAnswered, !answer.provenance.isEmpty { sheet.provenance[path] = answer.provenance }
            }
        }
        self.sheet = sheet
        let answered = sheet
        self.lazySession = Lazy {
            InterviewSession(kit: kit, sheet: answered, language: language, today: today)
        }
        var agreed = sheet
        for (key, given) in self.proposals {
            guard let path = QuestionPath(key), !Self.divergence(given, answer: self.answers[key]).isEmpty else {
                continue
            }
            agreed[path] = .null
        }
        self.agreedSheet = agreed
        let documented = agreed
        self.lazyDocuments = Lazy { Evaluation(kit: kit, sheet: documented, language: language, today: today) }
    }

    /// The questions left as "not known yet".
    var pending: [QuestionPath] {
        answers.values.filter(\.pending).compactMap { QuestionPath($0.path) }.sorted()
    }

    /// The proposals of `path` when members gave different values and the team has not agreed since.
    func divergence(_ path: QuestionPath) -> [Proposal] {
        Self.divergence(proposals[path.description] ?? [], answer: answers[path.description])
    }

    private static func divergence(_ given: [Proposal], answer: TeamAnswer?) -> [Proposal] {
        guard Set(given.map(\.value)).count > 1 else { return [] }
        if let answer, answer.agreed, given.allSatisfy({ $0.at <= answer.at }) { return [] }
        return given
    }

    /// Every question where members differ, in questionnaire order.
    var divergent: [QuestionPath] {
        evaluation.visibleQuestions.filter { !divergence($0).isEmpty }
    }

    /// The criteria a `scores` question rates; none for the other types.
    func criteria(_ question: Question) -> [AnswerDialogue.Criterion] {
        question.type == .scores ? session.criteria(of: question) : []
    }

    /// The mandatory requirements an offer to a `scores` question may fail; none for the other types.
    func requirements(_ question: Question) -> [String] {
        question.type == .scores ? session.requirements(of: question) : []
    }

    /// The form of `question`, with the criteria and requirements of a `scores` question.
    func form(for question: Question) -> QuestionForm {
        QuestionForm(
            kit: kit, language: language, evaluation: evaluation, criteria: criteria(question),
            requirements: requirements(question), glossaryHref: "/w/\(workshop.id)/team/glossary")
    }
}

/// A value made once, on first use, whoever asks first.
private final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
