/// Reads the answer to a `scores` question: one row per candidate.
enum ScoresDecoder {
    static let keys = NodeDecoder.Keys(required: ["candidate"], optional: ["price", "scores", "fails", "notes"])

    static func rows(
        _ node: YAMLNode, criteria: [String], name: String, decoder: inout NodeDecoder, path: String,
        locations: inout [String: SourceLocation]
    ) -> Value? {
        guard let items = node.sequence else {
            return AnswerDecoder.mismatch(
                node, name,
                decoder.say(
                    "une liste d'offres, chacune avec « candidate » et « scores »",
                    "a list of candidates, each with 'candidate' and 'scores'"), &decoder)
        }
        var rows: [Value] = []
        for (index, item) in items.enumerated() {
            let rowPath = "\(path)[\(index)]"
            locations[rowPath] = item.location
            guard
                let fields = decoder.fields(
                    of: item, keys, what: decoder.say("une offre de \(name)", "a candidate of \(name)"))
            else { continue }
            var row: [String: Value] = [:]
            if let candidate = fields["candidate"], let text = decoder.string(candidate, what: "'candidate'") {
                row["candidate"] = .text(text)
            }
            if let notes = fields["notes"], let text = decoder.string(notes, what: "'notes'") {
                row["notes"] = .text(text)
            }
            if let price = fields["price"], !price.isNull {
                locations["\(rowPath).price"] = price.location
                if let text = price.scalar, let number = AnswerDecoder.parseNumber(text) {
                    row["price"] = .number(number)
                } else {
                    decoder.error(
                        decoder.say(
                            "« price » doit être un nombre (euros hors taxes)"
                                + AnswerDecoder.tooLargeNote(price.scalar, language: .french),
                            "'price' must be a number (euros excluding tax)"
                                + AnswerDecoder.tooLargeNote(price.scalar, language: .english)),
                        at: price.location)
                }
            }
            if let scores = fields["scores"], !scores.isNull {
                var values: [String: Value] = [:]
                for pair in scores.mapping ?? [] {
                    let id = pair.key.scalar ?? ""
                    guard criteria.contains(id) else {
                        let hint = Suggestion.hint(for: id, among: criteria, language: decoder.language)
                        let list = criteria.joined(separator: ", ")
                        decoder.error(
                            decoder.say(
                                "critère inconnu \(decoder.quoted(id))\(hint) (critères : \(list))",
                                "unknown criterion '\(id)'\(hint) (criteria: \(list))"),
                            at: pair.key.location)
                        continue
                    }
                    if pair.value.isNull { continue }
                    guard let text = pair.value.scalar, let number = AnswerDecoder.parseNumber(text) else {
                        decoder.error(
                            decoder.say(
                                "la note de \(decoder.quoted(id)) doit être un nombre"
                                    + AnswerDecoder.tooLargeNote(pair.value.scalar, language: .french),
                                "the score for '\(id)' must be a number"
                                    + AnswerDecoder.tooLargeNote(pair.value.scalar, language: .english)),
                            at: pair.value.location)
                        continue
                    }
                    values[id] = .number(number)
                    locations["\(rowPath).scores.\(id)"] = pair.value.location
                }
                if scores.mapping == nil {
                    decoder.error(
                        decoder.say(
                            "« scores » attend des paires « critère : note »",
                            "'scores' must be a mapping of criterion ids to scores"),
                        at: scores.location)
                }
                row["scores"] = .record(values)
            }
            if let fails = fields["fails"] {
                var failed: [Value] = []
                for entry in decoder.list(fails, what: "'fails'") {
                    guard let id = entry.scalar, criteria.contains(id) else {
                        decoder.error(
                            decoder.say(
                                "« fails » attend des identifiants de critères", "'fails' must list criterion ids"),
                            at: entry.location)
                        continue
                    }
                    failed.append(.text(id))
                }
                row["fails"] = .list(failed)
            }
            rows.append(.record(row))
        }
        return .list(rows)
    }
}
