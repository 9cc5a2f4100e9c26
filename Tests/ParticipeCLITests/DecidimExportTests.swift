import Foundation
import ParticipeTestSupport
import Testing

/// `participe export decidim-accountability`: the feedback plan's steps as the CSV that Decidim's accountability
/// importer reads (`Decidim::Accountability::ResultsCsvImporter`: `CSV.new(file, headers: true, col_sep: ";")`, then
/// `row["id"]`, `row["parent/id"]`, `row["title/<locale>"]`, `row["description/<locale>"]`, `row["start_date"]`,
/// `row["end_date"]`, `row["status/id"]`, `row["progress"]`, `row["proposal_urls"]`; title and description are
/// required in the default locale).
@Suite("participe export decidim-accountability")
struct DecidimExportTests {
    static let commune = "samples/outil-numerique/commune-budget-participatif.yaml"
    static let header = [
        "id", "parent/id", "title/fr", "title/en", "description/fr", "description/en", "start_date", "end_date",
        "status/id", "progress", "proposal_urls",
    ]

    /// The rows of a semicolon-separated CSV with quoted fields, as Ruby's CSV reads it.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ";":
                row.append(field)
                field = ""
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                (row, field) = ([], "")
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }

    static func export(_ arguments: [String], answers: String = commune) throws -> (CommandResult, [[String]], Data) {
        let folder = try TemporaryDirectory()
        let run = try runParticipe(
            ["export", "decidim-accountability", answers, "-o", folder.path("results.csv"), "--date", "2026-11-27"]
                + arguments, in: Fixtures.packageRoot)
        let data = (try? Data(contentsOf: URL(fileURLWithPath: folder.path("results.csv")))) ?? Data()
        return (run, rows(String(decoding: data, as: UTF8.self)), data)
    }

    @Test func theStepsComeWithTheColumnsTheImporterReads() throws {
        let (run, rows, data) = try Self.export([])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(!data.starts(with: [0xEF, 0xBB, 0xBF]), "no byte-order mark: Ruby would read it into « id »")
        #expect(rows.first == Self.header)
        let body = rows.dropFirst()
        #expect(body.count >= 15)
        for row in body {
            #expect(row.count == Self.header.count)
            let field = { (name: String) in row[Self.header.firstIndex(of: name) ?? 0] }
            // Without --first-id, no id: Decidim would update the component's result of that id.
            #expect(field("id").isEmpty && field("parent/id").isEmpty)
            for required in ["title/fr", "title/en", "description/fr", "description/en"] {
                #expect(!field(required).isEmpty, "\(required) of \(row)")
            }
            #expect(field("description/fr").hasPrefix("<p>"))
            for date in [field("start_date"), field("end_date")] where !date.isEmpty {
                #expect(date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "\(date)")
            }
        }
        // The answers to each project are due at the end of the assessment, before the vote.
        let answers = try #require(body.first { $0[2].hasPrefix("RST-07") })
        #expect(answers[7] == "2027-09-10")
        #expect(answers[3].hasPrefix("RST-07 — Answer each contribution"))
    }

    @Test func withIdsTheCategoriesAreParentsAndEveryResultHasItsStatus() throws {
        let (run, rows, _) = try Self.export(["--first-id", "500", "--status-id", "3"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let body = Array(rows.dropFirst())
        #expect(body.map { Int($0[0]) } == body.indices.map { 500 + $0 })
        var seen: Set<String> = []
        for row in body {
            if !row[1].isEmpty { #expect(seen.contains(row[1]), "parent \(row[1]) comes before its children") }
            seen.insert(row[0])
            #expect(row[8] == "3")
        }
        #expect(body.contains { $0[1].isEmpty } && body.contains { !$0[1].isEmpty })
    }

    @Test func answersAreEscapedInTheHTMLDescriptions() throws {
        let folder = try TemporaryDirectory()
        var text = try String(contentsOfFile: Fixtures.packageRoot + "/" + Self.commune, encoding: .utf8)
        let responsible = try #require(text.firstMatch(of: /\n    responsable: [^\n]+/))
        text.replaceSubrange(responsible.range, with: "\n    responsable: \"<script>alert(1)</script>; \\\"x\\\"\"")
        let answers = try folder.write(text, to: "answers.yaml")
        let (run, rows, _) = try Self.export([], answers: answers)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let descriptions = rows.dropFirst().map { $0[4] }.joined()
        #expect(descriptions.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!descriptions.contains("<script>"))
        #expect(rows.dropFirst().allSatisfy { $0.count == Self.header.count })
    }

    @Test func anUnknownCatalogueIsNamedWithTheKnownOnes() throws {
        let (run, _, data) = try Self.export(["--catalogue", "etapes"])
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("« etapes »") && run.stderr.contains("etapes_restitution"), "\(run.stderr)")
        #expect(data.isEmpty)
    }
}
