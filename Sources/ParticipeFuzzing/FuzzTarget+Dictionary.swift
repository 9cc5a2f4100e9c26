import ParticipeCore
import ParticipeDocuments

extension FuzzTarget {
    /// Words the fuzzer should try, in libFuzzer's `-dict` format: without them it would take hours to spell
    /// `etat_des_lieux.population` or `{{#criteres}}` byte by byte.
    public var dictionary: String {
        var seen: Set<String> = []
        let unique = words.filter { !$0.isEmpty && seen.insert($0).inserted }
        return unique.map(Self.dictionaryLine).joined(separator: "\n") + "\n"
    }

    var words: [String] {
        switch self {
        case .kitLoader:
            return Self.yamlWords + Self.kitKeys + QuestionType.allCases.map(\.rawValue) + Self.expressionWords
                + ["#%file ", "#%file sections/a.yaml\n", "kit.yaml", "more.yaml"]
        case .answers, .pipeline:
            return Self.yamlWords + Self.answersWords(FuzzFixtures.shared.kit)
        case .expressions:
            return Self.expressionWords + ExpressionSandbox.names.keys.sorted() + ["p.a", "r.x", "r.y", "'a'"]
        case .markdown:
            return Self.markdownWords
        case .template:
            return Self.mustacheWords + Self.keys(of: FuzzFixtures.shared.templateValues).sorted()
        }
    }

    static let yamlWords = [
        ": ", "- ", "\n  ", "\n    - ", "[", "]", "{", "}", ", ", "'", "\"", "|", "|-", ">", "#", "~", "null", "true",
        "false", "yes", "no", ".nan", ".inf", "-.inf", "0x1F", "0o17", "1e19", "-1e19", "1e300", "1.7e308", "4.9e-324",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "2026-02-30",
        "2026-12-31", "0000-01-01", "9999-12-31", "&a ", "*a", "!!str ", "!!int ", "<<: ", "---\n", "...\n", "? ",
        "\t", "\r\n", "\u{FEFF}", "\u{2028}", "\u{85}",
    ]

    static let kitKeys = [
        "id", "version", "languages", "title", "description", "include", "author", "sections", "computed", "grids",
        "matrices", "rules", "catalogues", "documents", "glossary", "misconceptions", "questions", "type", "label",
        "help", "intro", "when", "required", "default", "choices", "validation", "min", "max", "min_length",
        "max_length", "min_items", "max_items", "scale", "labels", "total", "fields", "criteria", "price",
        "price_formula", "weights", "levels", "value", "severity", "message", "action", "concerns", "see", "unit",
        "examples", "items", "template", "filename", "fr", "en", "blocker", "warning", "info", "promise",
    ]

    static let expressionWords = [
        " and ", " or ", "not ", " in ", " not in ", " contains ", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*",
        "/", "%", "(", ")", "[", "]", ",", ".", "'", "\"", "\\", "true", "false", "null", "item", "abs", "all",
        "answered", "any", "avg", "ceil", "clock", "coalesce", "contains", "count", "date", "days_between", "empty",
        "filter", "floor", "if", "len", "lower", "max", "min", "numbers", "round", "sum", "text", "today", "upper",
        "year", "0.5", "99999999999999999999", "1797693134862315708145274237317043567981",
    ]

    static let markdownWords = [
        "# ", "## ", "###### ", "\n\n", "  \n", "    ", "\t", "- ", "* ", "+ ", "1. ", "3) ", "> ", "```", "~~~",
        "---", "***", "___", "*", "**", "_", "__", "`", "``", "[", "](", ")", "![", "<", ">", "&", "&amp;", "&#", ";",
        "|", "| --- |", "|:--|--:|:-:|", "\\", "<!-- pagebreak -->", "<!-- cut -->", "<br>", "https://", "]]>", "\u{0}",
        "\u{1}",
        "é", "👍", "\u{202E}", "\r\n",
    ]

    static let mustacheWords = [
        "{{", "}}", "{{{", "}}}", "{{#", "{{/", "{{^", "{{&", "{{!", "{{>", "{{=<% %>=}}", "{{% CONTENT_TYPE: TEXT}}",
        "{{.}}", "{{cell(", ")}}", "\n", ".", "first", "last", "index", "reversed", "count", "uppercased",
        "lowercased",
    ]

    /// Section, question and choice ids of `kit`, and its header, as an answers file spells them.
    static func answersWords(_ kit: Kit) -> [String] {
        var words = [
            "kit: \(kit.id)\n", "version: \"\(kit.version)\"\n", "language: ", "answers:\n", "price", "points",
            "comment",
        ]
        words += kit.languages.map(\.code)
        for section in kit.sections {
            words.append("\n  \(section.id):\n")
            for question in section.questions {
                words.append("\n    \(question.id): ")
                words += question.choiceIDs
                words += question.fields.map { "\($0.id): " }
            }
        }
        return words
    }

    /// Every object key under `value`, to spell names a template may use.
    static func keys(of value: TemplateValue) -> Set<String> {
        var keys: Set<String> = []
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .object(let object):
                for key in object.keys {
                    keys.insert(key)
                    if let child = object[key] { pending.append(child) }
                }
            case .list(let items): pending += items.prefix(2)
            case .emptyList(let prototype), .absent(let prototype): pending.append(prototype)
            default: break
            }
        }
        return keys
    }

    /// `"word"` with libFuzzer's escapes: `\\`, `\"` and `\xNN` for any other byte outside printable ASCII.
    static func dictionaryLine(_ word: String) -> String {
        var line = "\""
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): line += "\\\\"
            case UInt8(ascii: "\""): line += "\\\""
            case 0x20..<0x7F: line.append(Character(Unicode.Scalar(byte)))
            default: line += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return line + "\""
    }
}
