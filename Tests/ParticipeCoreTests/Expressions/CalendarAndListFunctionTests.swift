import Foundation
import Testing

@testable import ParticipeCore

@Suite("Expressions: calendar, formatting and list functions")
struct CalendarAndListFunctionTests {
    /// Dates checked by hand against a calendar: month ends, leap years (2028 is one, 2100 is not, 2000 was).
    @Test(arguments: [
        ("add_months(date('2027-01-31'), 1)", date("2027-02-28")),
        ("add_months(date('2028-01-31'), 1)", date("2028-02-29")),
        ("add_months(date('2027-03-31'), 1)", date("2027-04-30")),
        ("add_months(date('2027-05-30'), 3)", date("2027-08-30")),
        ("add_months(date('2027-11-15'), 3)", date("2028-02-15")),
        ("add_months(date('2027-01-15'), -1)", date("2026-12-15")),
        ("add_months(date('2027-01-15'), -13)", date("2025-12-15")),
        ("add_months(date('2027-03-31'), -1)", date("2027-02-28")),
        ("add_months(date('2027-01-15'), 0)", date("2027-01-15")),
        ("add_months(date('2027-01-15'), 1.5)", .null),
        ("add_months(q, 1)", .null),
        ("add_years(date('2028-02-29'), 1)", date("2029-02-28")),
        ("add_years(date('2028-02-29'), 4)", date("2032-02-29")),
        ("add_years(date('2099-02-28'), 1)", date("2100-02-28")),
        ("add_years(date('9999-06-01'), 1)", .null),
        ("end_of_month(date('2028-02-10'))", date("2028-02-29")),
        ("end_of_month(date('2100-02-10'))", date("2100-02-28")),
        ("end_of_month(date('2000-02-01'))", date("2000-02-29")),
        ("end_of_month(date('2027-12-31'))", date("2027-12-31")),
        ("end_of_month(date('2027-04-01'))", date("2027-04-30")),
        ("month(date('2027-05-30'))", .number(5)),
        ("day(date('2027-05-30'))", .number(30)),
        ("year(date('2027-05-30'))", .number(2027)),
        // 1 January 2027 is a Friday, 7 December 2026 a Monday, 30 May 2027 a Sunday.
        ("weekday(date('2027-01-01'))", .number(5)),
        ("weekday(date('2026-12-07'))", .number(1)),
        ("weekday(date('2027-05-30'))", .number(7)),
        ("weekday(q)", .null),
        // A legal deadline: the decision comes within three months of a bilan published on 30 November.
        ("add_months(date('2027-11-30'), 3)", date("2028-02-29")),
    ])
    func calendar(source: String, expected: Value) throws {
        #expect(try evaluate(source) == expected, "\(source)")
    }

    @Test(arguments: [
        ("format(8571.43)", Language.french, Value.text("8\u{00A0}571,43")),
        ("format(8571.43)", .english, .text("8,571.43")),
        ("format(8571.4321, 1)", .english, .text("8,571.4")),
        ("format(date('2027-05-30'))", .french, .text("30 mai 2027")),
        ("format(date('2027-05-01'))", .french, .text("1er mai 2027")),
        ("format(date('2027-05-30'))", .english, .text("30 May 2027")),
        ("format(true)", .french, .text("oui")),
        ("format(false)", .english, .text("no")),
        ("format([1500, 2])", .french, .text("1\u{00A0}500, 2")),
        ("format('déjà écrit')", .french, .text("déjà écrit")),
        ("format(q)", .french, .null),
        (
            "'Décision avant le ' + format(add_months(date('2027-01-31'), 3))", .french,
            .text("Décision avant le 30 avril 2027")
        ),
    ])
    func formatting(source: String, language: Language, expected: Value) throws {
        #expect(try evaluate(source, language: language) == expected, "\(source)")
    }

    static let meetings: [String: Value] = [
        "rencontres": .list([
            .record(["lieu": .text("Mairie"), "date": date("2027-03-10"), "cout": .number(1200)]),
            .record(["lieu": .text("École"), "date": date("2027-02-01"), "cout": .number(300)]),
            .record(["lieu": .text("Gare"), "date": .null, "cout": .number(50)]),
        ])
    ]

    @Test(arguments: [
        ("sort([3, 1, 2])", Value.list([.number(1), .number(2), .number(3)])),
        ("reverse(sort([3, 1, 2]))", .list([.number(3), .number(2), .number(1)])),
        ("sort(['b', 'a'])", .list([.text("a"), .text("b")])),
        ("sort(rencontres, item.date).lieu", .list([.text("École"), .text("Mairie"), .text("Gare")])),
        ("sort(rencontres, item.cout).lieu", .list([.text("Gare"), .text("École"), .text("Mairie")])),
        ("reverse(sort(rencontres, item.cout)).lieu", .list([.text("Mairie"), .text("École"), .text("Gare")])),
        ("sort(q)", .list([])),
        (
            "add_field(rencontres, 'jours', item.date - date('2027-01-15')).jours",
            .list([.number(54), .number(17), .null])
        ),
        ("sum(add_field(rencontres, 'double', item.cout * 2), item.double)", .number(3100)),
        (
            "sort(add_field(rencontres, 'jours', item.date - date('2027-01-15')), item.jours).lieu",
            .list([.text("École"), .text("Mairie"), .text("Gare")])
        ),
        ("add_field(q, 'x', 1)", .list([])),
        // `l.field` and `(l).field` are the same list.
        ("rencontres.cout", .list([.number(1200), .number(300), .number(50)])),
        ("(rencontres).cout", .list([.number(1200), .number(300), .number(50)])),
    ])
    func lists(source: String, expected: Value) throws {
        #expect(try evaluate(source, Self.meetings) == expected, "\(source)")
    }

    @Test func addFieldGivesItsFieldATypeLaterExpressionsCheck() throws {
        #expect(try check("sum(add_field(ateliers, 'double', item.places * 2), item.double)").messages == [])
        #expect(
            try check("sum(add_field(ateliers, 'double', item.places * 2), item.tripple)").messages.first?
                .hasPrefix("no field 'tripple'") == true)
        #expect(
            try check("add_field(ateliers, 'a' + 'b', 1)").messages.first?.hasPrefix("the field name must be") == true)
        #expect(try check("add_field(ateliers, 'deux mots', 1)").messages.first?.hasPrefix("the field name") == true)
        #expect(try check("sort(ateliers, item.nom)").messages == [])
        #expect(try check("sort(ateliers, item)").messages.first?.contains("numbers, dates or texts") == true)
    }
}
