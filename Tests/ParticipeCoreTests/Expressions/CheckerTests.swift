import Testing

@testable import ParticipeCore

@Suite("Expressions: static checks")
struct ExpressionsCheckerTests {
    @Test(arguments: [
        ("n + 1", ValueType.number),
        ("t + 'x'", .text),
        ("objectifs.cible + '!'", .text),
        ("d + 3", .date),
        ("3 + d", .date),
        ("d - 3", .date),
        ("e - d", .number),
        ("n > 1 and b", .boolean),
        ("not b", .boolean),
        ("'jeunes' in objectifs.cibles", .boolean),
        ("[1, 2]", .list(.number)),
        ("[]", .list(.any)),
        ("['a', objectifs.cible]", .list(.text)),
        ("null", .any),
        ("anything + 1", .any),
        ("anything * 2", .number),
        ("count(ateliers, item.ouvert)", .number),
        ("filter(ateliers, item.ouvert)", .list(.record(["nom": .text, "places": .number, "ouvert": .boolean]))),
        ("filter(objectifs.cibles, item != 'jeunes')", .choices(["habitants", "jeunes", "associations"])),
        ("filter(ateliers, item.ouvert).nom", .list(.text)),
        ("ateliers.places", .list(.number)),
        ("priorites.logement", .number),
        ("if(b, 1, n)", .number),
        ("if(b, objectifs.cible, 'autre')", .text),
        ("coalesce(n, null, 0)", .number),
        ("min(notes)", .number),
        ("max(d, e)", .date),
        ("min(dates)", .date),
        ("sum(priorites)", .number),
        ("date('2026-03-01')", .date),
        ("today() - d", .number),
        ("round(n / 3, 1)", .number),
        ("lower(objectifs.cible)", .text),
        ("any(objectifs.cibles, item == 'jeunes')", .boolean),
    ])
    func resultTypes(source: String, expected: ValueType) throws {
        let (type, messages) = try check(source)
        #expect(messages == [])
        #expect(type == expected)
    }

    @Test(arguments: [
        ("⟨objectifs.cible2 == 'x'", "unknown question 'objectifs.cible2'; did you mean 'objectifs.cible'?"),
        ("n + ⟨inconnu", "unknown question 'inconnu'"),
        ("⟨cout(notes)", "unknown function 'cout'; did you mean 'count'?"),
        ("1 + ⟨frobnicate(1)", "unknown function 'frobnicate'"),
        ("⟨count()", "'count' takes 1 or 2 arguments, got 0"),
        ("⟨abs(1, 2)", "'abs' takes 1 argument, got 2"),
        ("⟨today(1)", "'today' takes no arguments, got 1"),
        ("⟨if(b, 1)", "'if' takes 3 arguments, got 2"),
        ("⟨min()", "'min' takes at least 1 argument, got 0"),
        ("'a' ⟨+ 2", "cannot add text and number with '+'"),
        ("n ⟨* 'x'", "cannot multiply number and text with '*'"),
        ("d ⟨+ d", "cannot add date and date with '+'"),
        ("b ⟨- 1", "cannot subtract boolean and number with '-'"),
        ("-⟨t", "'-' needs a number, got text"),
        ("not ⟨3", "'not' needs true or false, got number; use 'empty(...)' to test for no answer"),
        ("⟨n and b", "'and' needs true or false on its left, got number"),
        ("b or ⟨t", "'or' needs true or false on its right, got text"),
        ("d ⟨< 3", "'<' cannot order date with number; it compares numbers, dates or texts"),
        ("b ⟨>= b", "'>=' cannot order boolean with boolean; it compares numbers, dates or texts"),
        ("n ⟨== 'dix'", "cannot compare number with text"),
        ("t ⟨!= 3", "cannot compare text with number"),
        (
            "objectifs.cible == ⟨'jeune'",
            "'jeune' is not a choice of objectifs.cible (choices: associations, habitants, jeunes)"
        ),
        (
            "⟨'autre' != objectifs.cible",
            "'autre' is not a choice of objectifs.cible (choices: associations, habitants, jeunes)"
        ),
        (
            "⟨'x' in objectifs.cibles",
            "'x' is not a choice of objectifs.cibles (choices: associations, habitants, jeunes)"
        ),
        (
            "objectifs.cibles contains ⟨'x'",
            "'x' is not a choice of objectifs.cibles (choices: associations, habitants, jeunes)"
        ),
        ("⟨'culture' in priorites", "'culture' is not a choice of priorites (choices: logement, mobilite)"),
        (
            "objectifs.cible in ['jeunes', ⟨'seniors']",
            "'seniors' is not one of the choices (choices: associations, habitants, jeunes)"
        ),
        (
            "contains(objectifs.cibles, ⟨'x')",
            "'x' is not one of the choices (choices: associations, habitants, jeunes)"
        ),
        (
            "'jeunes' ⟨in objectifs.cible",
            "a single choice holds one id: compare it with '==' rather than 'in' or 'contains'"
        ),
        ("1 ⟨in n", "'in' and 'contains' need a list or a text, got number"),
        ("n ⟨in mots", "cannot look for number in a list of text"),
        ("t ⟨contains 1", "a text can only contain a text, not number"),
        ("[1, ⟨'a']", "a list cannot mix number and text"),
        ("⟨priorites.culture", "unknown question 'priorites.culture'"),
        ("(priorites).⟨culture", "'culture' is not one of the choices (choices: logement, mobilite)"),
        ("count(ateliers, item.⟨nb > 1)", "no field 'nb' in this record (fields: nom, ouvert, places)"),
        ("filter(notes, true).⟨x", "'.x' needs a record or a list of records, got list of number"),
        ("(n).⟨x", "'.x' needs a record, got number"),
        ("count(⟨n)", "'count' needs a list, got number"),
        ("count(notes, ⟨item + 1)", "'count' needs a condition (true or false), got number"),
        ("sum(⟨mots)", "'sum' needs a list of numbers, got list of text"),
        ("sum(ateliers, ⟨item.nom)", "'sum' needs a number for each item, got text"),
        ("avg(⟨t)", "'avg' needs a list, got text"),
        ("min(1, ⟨d)", "'min' needs values of one type (number), got date"),
        ("max(⟨t)", "'max' needs numbers or dates, got text"),
        ("any(ateliers, ⟨item.nom)", "'any' needs a condition (true or false), got text"),
        ("filter(ateliers, ⟨item.places)", "'filter' needs a condition (true or false), got number"),
        ("if(⟨n, 1, 2)", "'if' needs a condition (true or false), got number"),
        ("if(b, 1, ⟨'x')", "the two branches of 'if' must have the same type, got number and text"),
        ("coalesce(n, ⟨t)", "'coalesce' needs values of one type (number), got text"),
        ("round(n, ⟨t)", "'round' needs numbers, got text"),
        ("abs(⟨t)", "'abs' needs a number, got text"),
        ("len(⟨n)", "'len' needs a text, got number"),
        ("lower(⟨b)", "'lower' needs a text, got boolean"),
        ("date(⟨'2026-02-30')", "'2026-02-30' is not a valid date; write it as YYYY-MM-DD, e.g. '2026-03-01'"),
        ("date(⟨3)", "'date' needs a text such as '2026-03-01', got number"),
        ("days_between(d, ⟨n)", "'days_between' needs two dates, got number"),
        ("year(⟨n)", "'year' needs a date, got number"),
    ])
    func errors(marked: String, message: String) throws {
        let input = Marked(marked)
        let expression = try Expression.parse(input.source, at: origin)
        let (_, diagnostics) = expression.check(in: TestScope())
        try #require(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics[0].message == message)
        #expect(diagnostics[0].location == Location(file: "test.yaml", line: input.line, column: input.column))
    }

    @Test func everyProblemIsReportedOnceAndInOrder() throws {
        let (type, messages) = try check("inconnu + 1 > 2 and 'a' + 2 == 3 and nope(n)")
        #expect(type == .boolean)
        #expect(
            messages == [
                "unknown question 'inconnu'", "cannot add text and number with '+'", "unknown function 'nope'",
            ])
    }

    @Test func anyIsCompatibleWithEverything() throws {
        for source in [
            "anything + 1", "anything < d", "not anything", "anything in mots", "sum(anything)", "null == n",
        ] {
            #expect(try check(source).messages == [], "\(source)")
        }
    }

    @Test func itemIsTypedFromTheList() throws {
        #expect(try check("sum(notes, item * 2)").messages == [])
        #expect(try check("count(objectifs.cibles, item == 'jeunes')").messages == [])
        #expect(
            try check("count(objectifs.cibles, item == 'seniors')").messages == [
                "'seniors' is not a choice of item (choices: associations, habitants, jeunes)"
            ])
        #expect(try check("count(priorites, item > 0)").messages == [])
    }

    @Test func typeCompatibility() {
        #expect(ValueType.choice(["a"]).isCompatible(with: .text))
        #expect(ValueType.choices(["a"]).isCompatible(with: .list(.text)))
        #expect(ValueType.points(["a"]).isCompatible(with: .record(["a": .number])))
        #expect(ValueType.any.isCompatible(with: .date))
        #expect(ValueType.list(.any).isCompatible(with: .list(.number)))
        #expect(!ValueType.number.isCompatible(with: .text))
        #expect(!ValueType.date.isCompatible(with: .number))
        #expect(!ValueType.list(.number).isCompatible(with: .list(.text)))
        #expect(!ValueType.record(["a": .number]).isCompatible(with: .record(["a": .text])))
        #expect(ValueType.choice(["a"]).joined(with: .choice(["b"])) == .choice(["a", "b"]))
        #expect(ValueType.choice(["a"]).joined(with: .text) == .text)
        #expect(ValueType.any.joined(with: .number) == .number)
    }
}
