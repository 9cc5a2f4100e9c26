import ParticipeCore

/// Writes an answer sheet as the text of an answers file, every answer in flow style, so that a property can read
/// it back through `AnswersFile` and compare.
///
/// Texts are double-quoted: printable characters stay raw (UTF-8), the rest become YAML escapes (`\x00`, `\uFFFE`),
/// the only way YAML carries them. Numbers are written as Swift prints them (`1e+19`, `-0.0`, `5e-324`).
enum AnswersText {
    static func yaml(_ sheet: AnswerSheet, kit: Kit) -> String {
        var text = "kit: \(quoted(kit.id))\nversion: \(quoted(kit.version))\n"
        if let language = sheet.language { text += "language: \(language)\n" }
        text += "answers:\n"
        for section in kit.sections {
            let answered = section.questions.filter { sheet[QuestionPath(section.id, $0.id)] != .null }
            guard !answered.isEmpty else { continue }
            text += "  \(section.id):\n"
            for question in answered {
                let value = sheet[QuestionPath(section.id, question.id)]
                text += "    \(question.id): \(flow(value, question: question))\n"
            }
        }
        return text
    }

    /// A value in flow style; `question` tells times (minutes) from numbers.
    static func flow(_ value: Value, question: Question?) -> String {
        switch value {
        case .null: return "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .number(let number) where question?.type == .time:
            let minutes = Int(number)
            return quoted("\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)")
        case .number(let number): return "\(number)"
        case .text(let text): return quoted(text)
        case .date(let date): return date.description
        case .list(let items): return "[" + items.map { flow($0, question: question) }.joined(separator: ", ") + "]"
        case .record(let fields):
            let pairs = fields.keys.sorted().map { key in
                let field = question?.fields.first { $0.id == key }
                return "\(quoted(key)): \(flow(fields[key] ?? .null, question: field))"
            }
            return "{" + pairs.joined(separator: ", ") + "}"
        }
    }

    /// A YAML double-quoted scalar holding exactly `text`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case _ where isRaw(scalar): result.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let (escape, width) = scalar.value < 0x100 ? ("x", 2) : scalar.value < 0x10000 ? ("u", 4) : ("U", 8)
                result += "\\" + escape + String(repeating: "0", count: width - hex.count) + hex
            }
        }
        return result + "\""
    }

    /// What YAML allows raw inside a quoted scalar without folding it: printable, and not a line break or BOM.
    private static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0xA0...0xD7FF: scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        case 0x10000...0x10_FFFF: true
        default: false
        }
    }
}
