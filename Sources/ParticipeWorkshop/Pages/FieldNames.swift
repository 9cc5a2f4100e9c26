import ParticipeCore

/// How the inputs of a section's form are named: `a:<path>` the answer (`a:<path>:<choice>` per choice,
/// `a:<path>:<item>:<field>` per list item, `a:<path>:new:<field>` for the item being added), `v:<path>` the
/// version the page showed, `h:<path>` a digest of the value shown (so an untouched field is not saved
/// again), `u:<path>` "not known yet", `s:<path>` what the answer rests on and `c:<path>` "to be confirmed".
/// Ids are identifiers, so `:` never appears inside one.
enum FieldNames {
    static func answer(_ path: String, _ parts: String...) -> String {
        (["a", path] + parts).joined(separator: ":")
    }

    static func version(_ path: String) -> String { "v:" + path }
    static func shown(_ path: String) -> String { "h:" + path }
    static func unknown(_ path: String) -> String { "u:" + path }
    static func items(_ path: String) -> String { "n:" + path }
    static func source(_ path: String) -> String { "s:" + path }
    static func toConfirm(_ path: String) -> String { "c:" + path }

    /// An HTML id for a name: letters, digits and hyphens.
    static func id(_ name: String) -> String {
        "f-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// The digest written in `h:<path>`: the first 16 hex digits of the SHA-256 of the value as the form reads
    /// it back (`canonical`), of whether it is "not known yet", and of its source and flag.
    static func digest(
        _ value: Value, pending: Bool = false, question: Question? = nil, source: String? = nil, toConfirm: Bool = false
    ) -> String {
        let shape = question.map { Self.canonical(value, for: $0) } ?? value
        var text = StoredValue.encode(shape) + (pending ? "?" : "")
        if source != nil || toConfirm { text += "\u{0}" + (source ?? "") + (toConfirm ? "\u{0}!" : "") }
        return String(SecretToken.digest(text).prefix(16))
    }

    /// `value` in the shape the section's form gives it back: choices in the kit's order, every choice of a
    /// points question given, no empty `fails` or `scores` in a row, text trimmed. A value from a file or
    /// an import that differs from it only in shape is then not taken for a change.
    static func canonical(_ answer: Value, for question: Question) -> Value {
        switch (question.type, answer) {
        case (.multiple, .list(let ids)):
            let order = Dictionary(
                question.choiceIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            return .list(ids.sorted { (order[$0.text ?? ""] ?? .max) < (order[$1.text ?? ""] ?? .max) })
        case (.points, .record(var points)):
            for choice in question.choices where points[choice.id] == nil { points[choice.id] = .number(0) }
            return .record(points)
        case (.scores, .list(let rows)):
            return .list(
                rows.map { row in
                    guard var fields = row.record else { return row }
                    for key in ["fails", "scores"] where fields[key]?.isAnswered == false { fields[key] = nil }
                    if let candidate = fields["candidate"]?.text {
                        fields["candidate"] = .text(candidate.trimmingWhitespace)
                    }
                    return .record(fields)
                })
        case (.list, .list(let items)):
            return .list(
                items.map { item in
                    guard let fields = item.record else { return item }
                    var canonical: [String: Value] = [:]
                    for field in question.fields {
                        if let value = fields[field.id], value != .null {
                            canonical[field.id] = Self.canonical(value, for: field)
                        }
                    }
                    return .record(canonical)
                })
        case (.text, .text(let text)):
            return .text(text.trimmingWhitespace)
        default:
            return answer
        }
    }
}
