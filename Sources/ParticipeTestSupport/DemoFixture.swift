import ParticipeCore

/// The date the tests evaluate at.
public let testToday = CalendarDate(year: 2026, month: 11, day: 27) ?? CalendarDate(dayNumber: 0)

/// The demo fixture kit, `Tests/Fixtures/kits/demo`, which has a question of every type.
public func demoKit() throws -> Kit {
    var texts = SourceTexts()
    return try KitLoader().load(directory: Fixtures.path("kits/demo"), texts: &texts)
}

/// The complete demo answers, `Tests/Fixtures/answers/demo-complete.yaml`, read for `kit`.
public func demoSheet(for kit: Kit) throws -> AnswerSheet {
    var texts = SourceTexts()
    return try AnswersFile.read(Fixtures.path("answers/demo-complete.yaml"), texts: &texts).decode(for: kit)
}

/// The demo kit evaluated at `testToday` over `sheet` (the complete demo answers when nil), changed by `edit`.
public func demoEvaluation(
    language: Language? = nil, _ sheet: AnswerSheet? = nil, _ edit: (inout AnswerSheet) -> Void = { _ in }
) throws -> Evaluation {
    let kit = try demoKit()
    var answers = try sheet ?? demoSheet(for: kit)
    edit(&answers)
    return Evaluation(kit: kit, sheet: answers, language: language, today: testToday)
}
