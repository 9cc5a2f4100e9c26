import Foundation
import ParticipeCore
import ParticipeTestSupport
import PropertyBased
import Testing

/// Evaluation returns, and its results can be written for people, whatever an answers file holds: any finite
/// number (signed zeros, subnormals, 2^63, 1e19, 1e300, the largest), any Unicode text, any date from 0001 to
/// 9999, empty and large lists; for the demo kit and the shipped kits, in memory and through an answers file.
@Suite("Evaluation: properties")
struct EvaluationPropertyTests {
    static let kits = ["demo", "outil-numerique", "tribunal-generations-futures"]

    static func kit(_ id: String) throws -> Kit {
        guard id != "demo" else { return try demoKit() }
        var texts = SourceTexts()
        return try KitLoader().load(directory: Fixtures.packageRoot + "/Templates/" + id, texts: &texts)
    }

    @Test(arguments: kits)
    func evaluationReturnsForArbitraryAnswers(kitID: String) async throws {
        let kit = try Self.kit(kitID)
        let input = zip(
            ArbitraryAnswers.sheets(for: kit, numbers: .any), Generator(run: { ArbitraryAnswers.today(using: &$0) }))
        await propertyCheck(count: 40, input: input) { sheet, today in
            for language in kit.languages {
                let evaluation = Evaluation(kit: kit, sheet: sheet, language: language, today: today)
                Self.checkInvariants(evaluation)
                Self.formatEverything(evaluation)
            }
        }
    }

    /// Written as an answers file and read back, the sheet is the same (every text, every number within the file
    /// limit, every date), then evaluates like any other.
    @Test(arguments: kits)
    func answersFilesReadBackAndEvaluate(kitID: String) async throws {
        let kit = try Self.kit(kitID)
        let folder = try TemporaryDirectory()
        await propertyCheck(count: 20, input: ArbitraryAnswers.sheets(for: kit, numbers: .readable)) { sheet in
            let text = AnswersText.yaml(sheet, kit: kit)
            let decoded = try #require(Self.decode(text, kit: kit, in: folder), "\(text.debugDescription)")
            #expect(decoded.hasSameContent(as: sheet), "\(Self.differences(decoded, sheet))")
            let evaluation = Evaluation(kit: kit, sheet: decoded, today: ArbitraryAnswers.lastDay)
            Self.checkInvariants(evaluation)
            Self.formatEverything(evaluation)
        }
    }

    /// Numbers written the way people and programs write the extremes, in each kind of number an answers file holds:
    /// up to 10^15 in magnitude they read exactly (sign of zero included) and evaluate; past it, or past the largest
    /// Double, they are refused with one error at their line that names the limit.
    @Test func numberLiteralsReadExactlyOrAreRefused() async throws {
        let kit = try Self.kit("demo")
        let folder = try TemporaryDirectory()
        let wholes = [
            "0", "-0", "1", "-0.0", "+1e3", "1E3", "1_000_000", "15 000", "1e15", "-1e15", "1000000000000001",
            "9007199254740993", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "18446744073709551616", "1e19", "-1e19", "1E19", "+1e19", "1e300", "-1e300", "1.7e308", "-1.7e308",
            "1.7976931348623157e308", "-1.7976931348623157e308", "1e400", "-1e400", "100000000000000000000000000000",
        ]
        let fractions =
            wholes + [
                "0.5", "-0.5", "4.9e-324", "-5e-324", "2.2250738585072009e-308", "1,82", "1e-400", "999999999999999.9",
            ]
        // Where a number goes, and whether it must be whole there.
        let slots: [(name: String, whole: Bool)] = [
            ("population", true), ("maturite", true), ("budget", false), ("enveloppe", false), ("technique", false),
            ("temps", false), ("price", false), ("fonctionnel", false),
        ]
        let input = zip(Gen.int(in: 0...(slots.count - 1)), Gen.int(in: 0...(fractions.count - 1)))
        await propertyCheck(count: 80, input: input) { slotIndex, pick in
            let slot = slots[slotIndex]
            let literal = slot.whole ? wholes[pick % wholes.count] : fractions[pick]
            var values = [
                "population": "57000", "maturite": "3", "budget": "25000", "enveloppe": "5000", "technique": "70",
                "temps": "0.5", "price": "40000", "fonctionnel": "4",
            ]
            values[slot.name] = literal
            // Block style, so that a comma in a literal (`1,82`) stays in its scalar.
            let lines = [
                "kit: demo", "version: \"2\"", "language: fr", "answers:", "  identite:", "    nom: Ville",
                "    type: commune", "    population: \(values["population"] ?? "")", "  projet:",
                "    budget: \(values["budget"] ?? "")", "    modules: [budget_participatif, vote]",
                "    enveloppe: \(values["enveloppe"] ?? "")", "    maturite: \(values["maturite"] ?? "")",
                "    ponderation:", "      technique: \(values["technique"] ?? "")", "      prix: 30", "    equipe:",
                "      - nom: A", "        role: dpo", "        temps: \(values["temps"] ?? "")", "    offres:",
                "      - candidate: A", "        price: \(values["price"] ?? "")", "        scores:",
                "          fonctionnel: \(values["fonctionnel"] ?? "")", "          accessibilite: 3",
                "      - {candidate: B, price: 1, scores: {fonctionnel: 2, accessibilite: 1}}",
            ]
            let text = lines.joined(separator: "\n") + "\n"
            let line = (lines.firstIndex { $0.contains(slot.name + ":") } ?? 0) + 1
            let expected = Self.parsed(literal)
            switch Self.read(text, kit: kit, in: folder) {
            case .success(let sheet):
                #expect(abs(expected) <= ArbitraryAnswers.fileLimit, "\(literal) in \(slot.name) was accepted")
                let read = Self.number(in: sheet, slot: slot.name)
                #expect(read == expected && read?.sign == expected.sign, "\(literal) in \(slot.name) read as \(read)")
                for language in kit.languages {
                    let evaluation = Evaluation(
                        kit: kit, sheet: sheet, language: language, today: ArbitraryAnswers.firstDay)
                    Self.checkInvariants(evaluation)
                    Self.formatEverything(evaluation)
                }
            case .failure(let list):
                #expect(
                    !(abs(expected) <= ArbitraryAnswers.fileLimit), "\(literal) in \(slot.name): \(list.diagnostics)")
                #expect(list.diagnostics.count == 1, "\(literal) in \(slot.name): \(list.diagnostics)")
                for diagnostic in list.diagnostics {
                    #expect(diagnostic.location?.line == line, "\(diagnostic)")
                    #expect(diagnostic.message.contains("10^15"), "\(diagnostic)")
                }
            }
        }
    }

    /// Numbers for people: any finite number reads back, to its rounding in full digits (always below 10^13 with at
    /// most two decimals), or to within half a percent in the `1,5 × 10^18` form the formatter uses for larger ones.
    @Test func formattingReturnsForAnyNumber() async throws {
        // A number question with a unit.
        let question = try #require(try Self.kit("demo").question(QuestionPath("projet", "budget")))
        let input = zip(Generator(run: { ArbitraryAnswers.number(.any, using: &$0) }), Gen.int(in: 0...4))
        await propertyCheck(count: 400, input: input) { number, decimals in
            for language in Language.allCases {
                let formatter = ValueFormatter(language: language)
                let text = formatter.number(number, decimals: decimals)
                let read = try #require(Self.readNumber(text, french: language == .french), "\(number) gave \(text)")
                if read.exponent > 0 {
                    #expect(!(abs(number) < 1e13 && decimals <= 2), "\(number) gave \(text)")
                    let scaled = number / pow(10, Double(read.exponent))
                    #expect(abs(read.mantissa - scaled) <= 0.005 * abs(scaled), "\(number) gave \(text)")
                } else {
                    let scale = pow(10, Double(decimals))
                    let expected = (number * scale).rounded() / scale
                    #expect(
                        abs(read.mantissa - expected) <= 1e-9 * max(1, abs(number)),
                        "\(number) gave \(text.debugDescription), expected \(expected)")
                }
                _ = formatter.time(number)
                _ = formatter.answer(.number(number), for: question, fallbacks: [])
                _ = NumberFormat.clock(number)
            }
            _ = NumberFormat.plain(number)
            let cell = TableCell.number(number, decimals: decimals).plainText
            #expect(!cell.isEmpty)
        }
    }

    /// Every date an answers file can hold prints, long and ISO, and the ISO form reads back.
    @Test func everyDateFormats() async {
        await propertyCheck(count: 300, input: Generator(run: { ArbitraryAnswers.date(using: &$0) })) { date in
            #expect(CalendarDate(iso: date.description) == date, "\(date.dayNumber)")
            for language in Language.allCases {
                let long = ValueFormatter(language: language).date(date)
                #expect(long.hasSuffix(" \(date.components.year)"), "\(long)")
            }
        }
    }

    // MARK: - Checks

    /// What holds for any evaluation.
    static func checkInvariants(_ evaluation: Evaluation) {
        let kitPaths = Set(evaluation.kit.allQuestions.map(\.path))
        #expect(Set(evaluation.visibleQuestions).isSubset(of: kitPaths))
        #expect(Set(evaluation.missingRequired).isSubset(of: Set(evaluation.visibleQuestions)))
        #expect(evaluation.progress.answered <= evaluation.progress.total)
        #expect((0...100).contains(evaluation.progress.percent))
        for (id, result) in evaluation.matrices {
            for candidate in result.candidates {
                #expect(candidate.total.map { !$0.isNaN } ?? true, "matrix \(id): total of \(candidate.id) is NaN")
            }
        }
    }

    /// Everything evaluation results are shown with: answers, computed values, rules, catalogues, matrix tables.
    static func formatEverything(_ evaluation: Evaluation) {
        let kit = evaluation.kit
        let formatter = ValueFormatter(language: evaluation.language)
        for (path, question) in kit.allQuestions {
            _ = formatter.answer(evaluation.value(path), for: question, fallbacks: kit.fallbacks)
            if case .list(let items) = evaluation.value(path) {
                for case .record(let fields) in items {
                    for field in question.fields {
                        _ = formatter.answer(fields[field.id] ?? .null, for: field, fallbacks: kit.fallbacks)
                    }
                }
            }
        }
        for computed in kit.computed {
            _ = formatter.plain(evaluation.computed[computed.id] ?? .null)
        }
        for fired in evaluation.firedRules {
            _ = fired.message.description
            _ = fired.action?.description
        }
        for items in evaluation.catalogues.values {
            for item in items {
                _ = item.text?.description
                _ = item.title?.description
                for (_, value) in item.values { _ = formatter.plain(value) }
            }
        }
        _ = evaluation.author
        for (id, result) in evaluation.matrices {
            for language in Language.allCases {
                for (name, table) in result.tables(language: language).named {
                    for row in table.rows {
                        #expect(row.count == table.columns.count, "matrix \(id), table \(name): a row is not full")
                        for cell in row {
                            if case .number = cell { #expect(!cell.plainText.isEmpty) }
                        }
                    }
                }
            }
        }
    }

    // MARK: - Helpers

    /// Reads `text` as an answers file; nil after recording the diagnostics when it does not decode.
    static func decode(_ text: String, kit: Kit, in folder: TemporaryDirectory) -> AnswerSheet? {
        switch read(text, kit: kit, in: folder) {
        case .success(let sheet):
            return sheet
        case .failure(let list):
            Issue.record("the answers file does not decode: \(list.diagnostics.map(\.description))")
            return nil
        }
    }

    /// The sheet an answers file holding `text` decodes to, or its diagnostics.
    static func read(_ text: String, kit: Kit, in folder: TemporaryDirectory) -> Result<AnswerSheet, DiagnosticList> {
        let path = folder.path("answers-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var texts = SourceTexts()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            return .failure(DiagnosticList([Diagnostic("cannot write \(path): \(error)", at: nil)]))
        }
        do {
            return .success(try AnswersFile.read(path, texts: &texts).decode(for: kit))
        } catch {
            return .failure(error)
        }
    }

    /// The number at `slot` of the literal test's sheet.
    static func number(in sheet: AnswerSheet, slot: String) -> Double? {
        func field(_ question: String, _ keys: String...) -> Double? {
            var value = sheet[QuestionPath(question == "population" ? "identite" : "projet", question)]
            for key in keys {
                if let index = Int(key) {
                    value = value.list?[index] ?? .null
                } else {
                    value = value.record?[key] ?? .null
                }
            }
            return value.number
        }
        switch slot {
        case "technique": return field("ponderation", "technique")
        case "temps": return field("equipe", "0", "temps")
        case "price": return field("offres", "0", "price")
        case "fonctionnel": return field("offres", "0", "scores", "fonctionnel")
        default: return field(slot)
        }
    }

    /// A number as `ValueFormatter` writes it, read back: digits grouped by non-breaking spaces and a decimal comma
    /// in French, by commas and a decimal point in English; `1,5 × 10^18` for large ones (exponent 18, and 0 for the
    /// others, so that 1,8 × 10^308 does not overflow).
    static func readNumber(_ text: String, french: Bool) -> (mantissa: Double, exponent: Int)? {
        var plain = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case french ? "\u{00A0}" : ",": continue
            case french ? "," : ".": plain += "."
            default: plain.unicodeScalars.append(scalar)
            }
        }
        let parts = plain.split(separator: " × 10^", omittingEmptySubsequences: false)
        guard parts.count <= 2, let mantissa = Double(parts[0]) else { return nil }
        guard parts.count == 2 else { return (mantissa, 0) }
        guard let exponent = Int(parts[1]), (0...308).contains(exponent) else { return nil }
        return (mantissa, exponent)
    }

    /// A literal as the answers reader takes it: spaces and `_` are thousands separators, one comma a decimal one.
    static func parsed(_ literal: String) -> Double {
        var cleaned = literal.filter { $0 != " " && $0 != "_" }
        if !cleaned.contains(".") { cleaned = cleaned.replacingOccurrences(of: ",", with: ".") }
        return Double(cleaned) ?? .nan
    }

    /// The questions whose answers differ between two sheets, for failure messages.
    static func differences(_ left: AnswerSheet, _ right: AnswerSheet) -> String {
        let paths = Set(left.values.keys).union(right.values.keys).sorted()
        return paths.filter { left[$0] != right[$0] }.map { "\($0): \(left[$0]) ≠ \(right[$0])" }
            .joined(separator: "\n")
    }
}
