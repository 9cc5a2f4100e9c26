/// Reads the answer to a `scores` question: one row per candidate.
enum ScoresDecoder {
    static let keys = NodeDecoder.Keys(
        required: ["candidate"], optional: ["lot", "price", "scores", "fails", "regularisation", "notes"])

    /// The id `fails` names, as the kit writes it (`fon-10` is `FON-10`): a criterion or a requirement, an item
    /// made for each entry of a list being `<id>-<n>`; nil when it is none.
    static func failable(_ id: String, criteria: [String], requirements: [String]) -> String? {
        let known = { (candidate: String) in
            (criteria + requirements).first { $0.lowercased() == candidate.lowercased() }
        }
        if let found = known(id) { return found }
        guard let dash = id.lastIndex(of: "-"), id[id.index(after: dash)...].allSatisfy(\.isNumber),
            let item = requirements.first(where: { $0.lowercased() == id[..<dash].lowercased() })
        else { return nil }
        return item + id[dash...]
    }

    static func rows(
        _ node: YAMLNode, criteria: [String], requirements: [String] = [], name: String, decoder: inout NodeDecoder,
        path: String, locations: inout [String: SourceLocation]
    ) -> Value? {
        guard let items = node.sequence else {
            return AnswerDecoder.mismatch(node, name, .candidates, &decoder)
        }
        var rows: [Value] = []
        for (index, item) in items.enumerated() {
            let rowPath = "\(path)[\(index)]"
            locations[rowPath] = item.location
            guard
                let fields = decoder.fields(of: item, keys, what: decoder.say(.candidateOf(answer: name)))
            else { continue }
            var row: [String: Value] = [:]
            if let candidate = fields["candidate"],
                let text = decoder.string(candidate, what: decoder.quoted("candidate"))
            {
                row["candidate"] = .text(text)
            }
            if let notes = fields["notes"], let text = decoder.string(notes, what: decoder.quoted("notes")) {
                row["notes"] = .text(text)
            }
            // The lot the offer answers, when the purchase is divided; the evaluation says if it is not one.
            if let lot = fields["lot"], !lot.isNull, let text = decoder.string(lot, what: decoder.quoted("lot")) {
                row["lot"] = .text(text)
            }
            if let price = fields["price"], !price.isNull {
                locations["\(rowPath).price"] = price.location
                if let text = price.scalar, let number = AnswerDecoder.parseNumber(text) {
                    row["price"] = .number(number)
                } else {
                    decoder.error(
                        .priceMustBeNumber(tooLarge: AnswerDecoder.isTooLarge(price.scalar)),
                        at: price.location)
                }
            }
            if let scores = fields["scores"], !scores.isNull {
                var values: [String: Value] = [:]
                for pair in scores.mapping ?? [] {
                    let id = pair.key.scalar ?? ""
                    guard criteria.contains(id) else {
                        let suggestion = Suggestion.closest(to: id, among: criteria)
                        decoder.error(
                            .unknownCriterion(id, suggestion: suggestion, criteria: criteria),
                            at: pair.key.location)
                        continue
                    }
                    if pair.value.isNull { continue }
                    guard let text = pair.value.scalar, let number = AnswerDecoder.parseNumber(text) else {
                        let tooLarge = AnswerDecoder.isTooLarge(pair.value.scalar)
                        decoder.error(.scoreMustBeNumber(criterion: id, tooLarge: tooLarge), at: pair.value.location)
                        continue
                    }
                    values[id] = .number(number)
                    locations["\(rowPath).scores.\(id)"] = pair.value.location
                }
                if scores.mapping == nil {
                    decoder.error(.scoresMustBeMapping, at: scores.location)
                }
                row["scores"] = .record(values)
            }
            if let fails = fields["fails"] {
                var failed: [Value] = []
                for entry in decoder.list(fails, what: decoder.quoted("fails")) {
                    guard let written = entry.scalar else {
                        decoder.error(.failsMustListCriteria, at: entry.location)
                        continue
                    }
                    guard let id = failable(written, criteria: criteria, requirements: requirements) else {
                        let hint = Suggestion.hint(
                            for: written, among: criteria + requirements, language: decoder.language)
                        decoder.error(.unknownFailed(id: written, hint: hint), at: entry.location)
                        continue
                    }
                    failed.append(.text(id))
                }
                row["fails"] = .list(failed)
            }
            if let regularisation = fields["regularisation"], !regularisation.isNull {
                // Yes or no as every answer writes it: `true`, `oui`, `non`….
                if let text = regularisation.scalar, let asked = AnswerDecoder.parseBoolean(text) {
                    row["regularisation"] = .boolean(asked)
                } else {
                    _ = decoder.boolean(regularisation, what: decoder.quoted("regularisation"))
                }
            }
            rows.append(.record(row))
        }
        return .list(rows)
    }

    /// A warning at each score the matrix will not read: for a criterion computed from its sub-criteria or
    /// from the price, or for an eliminatory one.
    static func reportIgnoredScores(_ node: YAMLNode, catalogue: Catalogue, decoder: inout NodeDecoder) {
        for item in node.sequence ?? [] {
            let scores = item.mapping?.first { $0.key.scalar == "scores" }?.value
            for pair in scores?.mapping ?? [] {
                guard let id = pair.key.scalar, let criterion = catalogue.items.first(where: { $0.id == id })
                else { continue }
                let subCriteria = catalogue.items.filter { $0.parent == id }.map(\.id)
                let why: IgnoredScore? =
                    if criterion.kind == .price { .fromPrice } else if criterion.kind == .eliminatory {
                        .eliminatory
                    } else if !subCriteria.isEmpty { .fromSubCriteria(subCriteria: subCriteria) } else { nil }
                if let why {
                    decoder.warning(DecodingMessage.scoreIgnored(criterion: id, why: why), at: pair.key.location)
                }
            }
        }
    }
}
