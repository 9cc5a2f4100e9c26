extension Evaluation {
    /// Every problem the answers have, as diagnostics: invalid answers (`validation.missing-required`,
    /// `validation.out-of-range`), the answers to be confirmed (`provenance.to-confirm`, warnings), then the rules
    /// that fired (`rule.<id>`), blockers first. A blocker is an error, a warning a warning, an advice a note; a
    /// rule points at the first answer it concerns.
    public var diagnostics: [Diagnostic] {
        let validation = issues.map(\.diagnostic)
        let rules = firedRules.map { fired in
            let severity: Diagnostic.Severity =
                switch fired.rule.severity {
                case .blocker: .error
                case .warning: .warning
                case .advice: .note
                }
            let location = fired.rule.concerns.lazy.compactMap { sheet.locations[$0.description] }.first
            return Diagnostic(
                severity, fired.message.description, at: location, notes: fired.action.map { [$0.description] } ?? [],
                code: "rule.\(fired.rule.id)")
        }
        return validation + answersToConfirmDiagnostics + factsNotInForce + offersToReview + rules
    }

    /// A warning for each failure an offer records that the matrix cannot count (`fails` naming a requirement that
    /// is not mandatory for these answers, `matrix.unknown-requirement`) and for a regularisation asked of an offer
    /// that fails nothing (`matrix.regularising-without-failure`), at the offer's row: they would otherwise go
    /// without a word.
    ///
    /// When the purchase is divided into lots, each lot's matrix speaks for its offers, and an offer that names no
    /// lot in force is a warning (`matrix.offer-without-lot`): no matrix ranks it.
    public var offersToReview: [Diagnostic] {
        guard lot == nil, !lots.isEmpty else { return notesOnOffers }
        return lots.flatMap { restricted(to: $0).notesOnOffers } + offersWithoutLot
    }

    private var offersWithoutLot: [Diagnostic] {
        let ids = lots.map(\.id)
        return kit.matrices.flatMap { spec -> [Diagnostic] in
            guard let path = spec.candidates, isVisible(path) else { return [] }
            return (sheet[path].list ?? []).enumerated().compactMap { index, row in
                let named = row.record?["lot"]?.text
                if let named, ids.contains(named) { return nil }
                let message = ValidationMessage.offerWithoutLot(
                    candidate: row.record?["candidate"]?.text ?? "#\(index + 1)", named: named, lots: ids,
                    hint: named.map { Suggestion.hint(for: $0, among: ids, language: language) } ?? "")
                let location = sheet.locations["\(path)[\(index)]"] ?? sheet.locations[path.description]
                return Diagnostic(.warning, message.text(in: language), at: location, code: "matrix.offer-without-lot")
            }
        }
    }

    private var notesOnOffers: [Diagnostic] {
        kit.matrices.flatMap { spec -> [Diagnostic] in
            guard let path = spec.candidates else { return [] }
            let rows = sheet[path].list ?? []
            return (matrices[spec.id]?.diagnostics ?? []).compactMap { note in
                let candidate: String
                switch note.message {
                case .unknownRequirement(let named, _), .regularisingWithoutFailure(let named): candidate = named
                default: return nil
                }
                let row = rows.firstIndex { row in
                    row.record?["candidate"]?.text == candidate && (lot == nil || row.record?["lot"]?.text == lot?.id)
                }
                let location = row.flatMap { sheet.locations["\(path)[\($0)]"] } ?? sheet.locations[path.description]
                return Diagnostic(.warning, note.text(in: language), at: location, code: note.message.code)
            }
        }
    }

    /// A warning for each dated fact the kit does not know on the facts' date, coded `validation.fact-not-in-force`:
    /// the nearest value was used, and the rule in force must be checked. It points at the answer that dates the
    /// facts (the launch of the consultation).
    public var factsNotInForce: [Diagnostic] {
        let formatter = ValueFormatter(language: language)
        let location = kit.factsDate?.references.lazy.compactMap { [sheet] reference in
            reference.path.count >= 2 ? sheet.locations[reference.path.prefix(2).joined(separator: ".")] : nil
        }.first
        return facts.filter { !$0.inForce }.map { applied in
            let computed = applied.computed
            let unit = computed.unit?.resolve(language, fallbacks: kit.fallbacks)
            let message = ValidationMessage.factNotInForce(
                label: computed.label?.resolve(language, fallbacks: kit.fallbacks) ?? computed.id,
                date: formatter.date(factsDate),
                known: formatter.period(from: computed.fact?.periods.first?.from, until: computed.fact?.knownUntil),
                value: formatter.withUnit(formatter.plain(self.computed[computed.id] ?? .null), unit),
                source: applied.source?.resolve(language, fallbacks: kit.fallbacks) ?? "")
            return Diagnostic(.warning, message.text(in: language), at: location, code: message.code)
        }
    }

    /// The answers shown and given but marked to be confirmed (`provenance:`), in questionnaire order.
    public var answersToConfirm: [QuestionPath] {
        kit.allQuestions.map(\.path).filter { path in
            sheet.provenance[path]?.toConfirm == true && isVisible(path) && sheet[path].isAnswered
        }
    }

    /// A warning for each answer to be confirmed, naming who gave it, when and from what source, coded
    /// `provenance.to-confirm`: to settle before the documents are published.
    public var answersToConfirmDiagnostics: [Diagnostic] {
        let formatter = ValueFormatter(language: language)
        return answersToConfirm.map { path in
            let label = kit.question(path)?.label.resolve(language, fallbacks: kit.fallbacks) ?? ""
            var provenance = sheet.provenance[path] ?? AnswerProvenance()
            provenance.toConfirm = false
            let message = ValidationMessage.answerToConfirm(
                path: path.description, label: label, provenance: formatter.provenance(provenance))
            return Diagnostic(
                .warning, message.text(in: language),
                at: sheet.locations["provenance." + path.description] ?? sheet.locations[path.description],
                code: "provenance.to-confirm")
        }
    }
}
