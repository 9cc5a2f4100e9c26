import Testing

@testable import ParticipeCore

/// Test input with a `⟨` marking the column a diagnostic must point at (swift-format's `MarkedText` idea).
struct Marked {
    static let marker: Character = "⟨"
    let source: String
    /// 1-based column of the marker in the stripped source (on its own line when the source has newlines).
    let line: Int
    let column: Int

    init(_ text: String) {
        var source = ""
        var (line, column) = (1, 1)
        var (markerLine, markerColumn) = (0, 0)
        for character in text {
            if character == Self.marker {
                (markerLine, markerColumn) = (line, column)
                continue
            }
            source.append(character)
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.source = source
        self.line = markerLine
        self.column = markerColumn
    }
}

/// Swift Testing has its own `SourceLocation`.
typealias Location = ParticipeCore.SourceLocation

/// Expressions in the tests start at line 1, column 1 of `test.yaml` unless said otherwise.
let origin = Location(file: "test.yaml", line: 1, column: 1)

/// A scope backed by a dictionary of dotted names.
struct TestScope: ExpressionScope {
    var types: [String: ValueType]

    init(_ types: [String: ValueType] = TestScope.standardTypes) {
        self.types = types
    }

    /// The longest known prefix of `path`, then its fields, as the kit's scope resolves `question.field`.
    func type(of path: [String]) -> ValueType? {
        for length in stride(from: path.count, through: 1, by: -1) {
            guard let type = types[path.prefix(length).joined(separator: ".")] else { continue }
            return path.dropFirst(length).reduce(Optional(type)) { type, name in
                type.flatMap { Self.field(name, of: $0) }
            }
        }
        return nil
    }

    private static func field(_ name: String, of type: ValueType) -> ValueType? {
        switch type {
        case .record(let fields): fields[name]
        case .points(let ids): ids.contains(name) ? .number : nil
        case .list(let element): field(name, of: element).map { .list($0) }
        default: nil
        }
    }

    func unknownReferenceMessage(_ path: [String]) -> String {
        let name = path.joined(separator: ".")
        let suggestion = Suggestion.closest(to: name, among: types.keys).map { "; did you mean '\($0)'?" }
        return "unknown question '\(name)'\(suggestion ?? "")"
    }

    static let standardTypes: [String: ValueType] = [
        "n": .number, "m": .number, "t": .text, "b": .boolean, "d": .date, "e": .date, "anything": .any,
        "objectifs.cible": .choice(["habitants", "jeunes", "associations"]),
        "objectifs.cibles": .choices(["habitants", "jeunes", "associations"]),
        "priorites": .points(["mobilite", "logement"]),
        "ressources.budget_total": .number,
        "ateliers": .list(.record(["nom": .text, "places": .number, "ouvert": .boolean])),
        "notes": .list(.number), "dates": .list(.date), "mots": .list(.text),
    ]
}

/// An environment backed by a dictionary, recording every path read to test short-circuits.
final class TestEnvironment: ExpressionEnvironment {
    var values: [String: Value]
    let today: CalendarDate
    let language: Language
    private(set) var reads: [String] = []

    init(_ values: [String: Value] = [:], today: String = "2026-03-15", language: Language = .french) {
        self.values = values
        self.today = CalendarDate(iso: today) ?? CalendarDate(dayNumber: 0)
        self.language = language
    }

    /// The longest known prefix of `path`, then its fields, as the kit's environment resolves `question.field`.
    func value(of path: [String]) -> Value {
        reads.append(path.joined(separator: "."))
        for length in stride(from: path.count, through: 1, by: -1) {
            if let value = values[path.prefix(length).joined(separator: ".")] {
                return path.dropFirst(length).reduce(value) { $0.member($1) }
            }
        }
        return .null
    }
}

/// Parses and evaluates, recording an issue when parsing fails.
func evaluate(
    _ source: String, _ values: [String: Value] = [:], today: String = "2026-03-15", language: Language = .french
) throws -> Value {
    let expression = try Expression.parse(source, at: origin)
    return expression.evaluate(in: TestEnvironment(values, today: today, language: language))
}

/// Parses and checks against `TestScope`, returning the type and the messages.
func check(_ source: String, scope: TestScope = TestScope()) throws -> (type: ValueType, messages: [String]) {
    let (type, diagnostics) = try Expression.parse(source, at: origin).check(in: scope)
    return (type, diagnostics.map(\.message))
}

/// The parse error of `source`, or nil when it parses.
func parseError(_ source: String, at location: Location = origin) -> Diagnostic? {
    do throws(Diagnostic) {
        _ = try Expression.parse(source, at: location)
        return nil
    } catch {
        return error
    }
}

func date(_ iso: String) -> Value {
    CalendarDate(iso: iso).map(Value.date) ?? .null
}

extension ExpressionNode {
    /// Fully parenthesised rendering, to assert precedence and associativity.
    var rendered: String {
        switch kind {
        case .literal(.text(let text)): return "'\(text)'"
        case .literal(.number(let number)): return NumberFormat.plain(number)
        case .literal(.boolean(let flag)): return String(flag)
        case .literal(let value): return value.isNull ? "null" : "\(value)"
        case .list(let items): return "[" + items.map(\.rendered).joined(separator: ", ") + "]"
        case .reference(let path): return path.joined(separator: ".")
        case .unary(let op, let operand): return "(\(op.rawValue) \(operand.rendered))"
        case .binary(let op, let left, let right): return "(\(left.rendered) \(op.rawValue) \(right.rendered))"
        case .call(let name, let arguments): return name + "(" + arguments.map(\.rendered).joined(separator: ", ") + ")"
        case .member(let base, let name): return "\(base.rendered).\(name)"
        }
    }
}
