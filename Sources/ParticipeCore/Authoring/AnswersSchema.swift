import Foundation

/// The JSON Schema of a kit's answers files, so that an editor (VS Code with its YAML extension, any editor speaking
/// the YAML language server) completes the sections, questions and choices, shows each question's label and help,
/// and marks a value of the wrong kind. It follows what `AnswersFile` accepts: numbers may be written with spaces
/// between thousands (`15 240`), yes/no as `oui`/`non`, and no question is required (files fill in over time);
/// `check` remains the judge of everything else (conditions, computed bounds, required answers).
public struct AnswersSchema {
    public let kit: Kit
    public let language: Language

    public init(kit: Kit, language: Language) {
        self.kit = kit
        self.language = language
    }

    /// The schema as JSON, keys sorted, so that a generated file only changes when the kit does.
    public func json() -> Data {
        (try? JSONSerialization.data(
            withJSONObject: schema(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }

    func schema() -> [String: Any] {
        var sections: [String: Any] = [:]
        for section in kit.sections {
            var questions: [String: Any] = [:]
            for question in section.questions { questions[question.id] = property(question) }
            sections[section.id] = [
                "type": ["object", "null"], "title": text(section.title), "properties": questions,
                "additionalProperties": false,
            ]
        }
        let provenance: [String: Any] = [
            "type": "object",
            "additionalProperties": [
                "type": "object",
                "properties": [
                    "source": ["type": "string"], "by": ["type": "string"], "date": Self.date,
                    "to_confirm": Self.boolean,
                ],
                "additionalProperties": false,
            ],
        ]
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "\(text(kit.title)) (\(kit.id), version \(kit.version))",
            "type": "object",
            "required": ["kit", "version"],
            "properties": [
                "kit": ["const": kit.id], "version": ["const": kit.version],
                "language": ["enum": kit.languages.map(\.code)],
                "pending": ["type": "object"],
                "answers": [
                    "type": ["object", "null"], "properties": sections, "additionalProperties": false,
                ] as [String: Any],
                "provenance": provenance,
            ] as [String: Any],
            "additionalProperties": false,
        ]
    }

    /// A number as an answers file may write it: a YAML number, or digits grouped by spaces with a decimal comma.
    static var numeral: [String: Any] {
        ["type": "string", "pattern": "^-?[0-9][0-9 \u{00A0}\u{202F}]*([.,][0-9]+)?$"]
    }
    static var boolean: [String: Any] {
        ["anyOf": [["type": "boolean"], ["enum": ["oui", "non", "vrai", "faux", "yes", "no", "true", "false"]]]]
    }
    static var date: [String: Any] { ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"] }

    /// A question's value, or nothing: a question written with no answer is left unanswered.
    func property(_ question: Question) -> [String: Any] {
        var property: [String: Any] = ["anyOf": [value(question), ["type": "null"]]]
        property["title"] = text(question.label)
        // Help that interpolates answers shows its expressions as written: the editor has no answers to fill them.
        var description = question.help?.written(language, fallbacks: kit.fallbacks) ?? ""
        if let unit = question.unit { description += (description.isEmpty ? "" : "\n\n") + "(\(text(unit)))" }
        if !description.isEmpty { property["description"] = description }
        return property
    }

    func value(_ question: Question) -> [String: Any] {
        let validation = question.validation
        func bounded(_ type: String) -> [String: Any] {
            var number: [String: Any] = ["type": type]
            if let minimum = validation.minimum { number["minimum"] = minimum }
            if let maximum = validation.maximum { number["maximum"] = maximum }
            return ["anyOf": [number, Self.numeral]]
        }
        func items(_ schema: [String: Any]) -> [String: Any] {
            var list: [String: Any] = ["type": "array", "items": schema]
            if let minimum = validation.minimumItems { list["minItems"] = minimum }
            if let maximum = validation.maximumItems { list["maxItems"] = maximum }
            return list
        }
        let choices: [String: Any] = [
            "enum": question.choiceIDs,
            "description": question.choices.map { "\($0.id): \(text($0.label))" }.joined(separator: "\n"),
        ]
        switch question.type {
        case .text, .paragraph:
            var string: [String: Any] = ["type": "string"]
            if let maximum = validation.maximumLength { string["maxLength"] = maximum }
            return string
        case .integer: return bounded("integer")
        case .number: return bounded("number")
        case .boolean: return Self.boolean
        case .date: return Self.date
        // `19:30`, which a YAML 1.1 reader may also take for a sexagesimal number.
        case .time: return ["anyOf": [["type": "string", "pattern": "^[0-9]{1,2}[:h][0-9]{2}$"], ["type": "integer"]]]
        case .single: return choices
        case .multiple:
            var list = items(choices)
            list["uniqueItems"] = true
            return list
        case .ranking:
            var list = items(choices)
            list["uniqueItems"] = true
            return list
        case .points:
            return [
                "type": "object",
                "properties": Dictionary(uniqueKeysWithValues: question.choiceIDs.map { ($0, bounded("number")) }),
                "additionalProperties": false,
            ]
        case .scale:
            let scale = question.scale
            return [
                "anyOf": [
                    ["type": "integer", "minimum": scale?.minimum ?? 1, "maximum": scale?.maximum ?? 5],
                    Self.numeral,
                ]
            ]
        case .list:
            var fields: [String: Any] = [:]
            for field in question.fields { fields[field.id] = property(field) }
            let required = question.fields.filter { field in
                if case .always = field.required { return true }
                return false
            }.map(\.id)
            return items(["type": "object", "properties": fields, "required": required, "additionalProperties": false])
        case .scores:
            // An offer: the bidder, the lot, the price and a score per criterion (`docs/answers-format.md`).
            return items(["type": "object", "required": ["candidate"], "properties": ["candidate": ["type": "string"]]])
        }
    }

    func text(_ text: LocalizedText) -> String { text.resolve(language, fallbacks: kit.fallbacks) }
}
