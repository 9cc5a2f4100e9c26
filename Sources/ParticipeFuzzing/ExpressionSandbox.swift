import ParticipeCore

/// A small fixed world for the expressions target: one name of each type an answer can have, with a value.
///
/// Kit-independent on purpose: the parser and evaluator are tested on their own, and every name here stands
/// for a kind of question (`n` a number, `c` a single choice, `p` points...), so the fuzzer can combine them.
struct ExpressionSandbox: ExpressionScope, ExpressionEnvironment {
    static let choices: Set<String> = ["a", "b", "c"]

    static let names: [String: (type: ValueType, value: Value)] = [
        "n": (.number, .number(42.5)),
        "i": (.number, .number(3)),
        "z": (.number, .number(0)),
        "neg": (.number, .number(-7)),
        "t": (.text, .text("Bonjour à tous")),
        "e": (.text, .text("")),
        "d": (.date, CalendarDate(iso: "2026-02-28").map(Value.date) ?? .null),
        "b": (.boolean, .boolean(true)),
        "f": (.boolean, .boolean(false)),
        "c": (.choice(choices), .text("b")),
        "m": (.choices(choices), .list([.text("a"), .text("c")])),
        "p": (.points(choices), .record(["a": .number(2), "b": .number(0), "c": .number(5)])),
        "l": (.list(.text), .list([.text("un"), .text("deux")])),
        "r": (.record(["x": .number, "y": .text]), .record(["x": .number(1.5), "y": .text("oui")])),
        // A list of records, as `filter`, `count`, `sum`... take with `item`.
        "w": (
            .list(.record(["places": .number, "ouvert": .boolean])),
            .list([
                .record(["places": .number(20), "ouvert": .boolean(true)]),
                .record(["places": .number(8), "ouvert": .boolean(false)]),
            ])
        ),
        // Minutes since midnight, as a `time` answer.
        "h": (.number, .number(1_215)),
        // Unanswered questions: evaluation must carry null through every operation.
        "u": (.number, .null),
        "ut": (.text, .null),
        "um": (.choices(choices), .null),
    ]

    var today: CalendarDate { CalendarDate(iso: "2026-03-01") ?? CalendarDate(dayNumber: 0) }

    func type(of path: [String]) -> ValueType? {
        guard let head = path.first, let entry = Self.names[head] else { return nil }
        switch (path.count, entry.type) {
        case (1, let type): return type
        case (2, .points(let ids)) where ids.contains(path[1]): return .number
        case (2, .record(let fields)): return fields[path[1]]
        default: return nil
        }
    }

    func unknownReferenceMessage(_ path: [String]) -> String {
        "unknown name '\(path.joined(separator: "."))'"
    }

    func value(of path: [String]) -> Value {
        guard let head = path.first, let value = Self.names[head]?.value else { return .null }
        if path.count == 1 { return value }
        guard path.count == 2, let fields = value.record else { return .null }
        return fields[path[1]] ?? .null
    }
}
