import Foundation
import ParticipeTestSupport
import Testing

/// The spreadsheets of the consultation file, written by the built `participe` for the shipped samples and read by
/// LibreOffice: a price schedule whose amounts and total are formulas, a response form with a row per requirement.
@Suite("participe generate: the consultation file's spreadsheets")
struct ConsultationSpreadsheetTests {
    static func generate(_ sample: String, in folder: TemporaryDirectory) throws -> String {
        let output = folder.path("out")
        let result = try runParticipe(
            ["generate", "samples/outil-numerique/\(sample).yaml", "-o", output, "--format", "xlsx,ods,csv"],
            in: Fixtures.packageRoot)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return output
    }

    @Test(
        .enabled(
            if: LibreOffice.python != nil,
            "LibreOffice Calc or python3-uno is missing (CI runs .ci/install-document-tools.sh)"))
    func thePriceScheduleComputesItsTotal() throws {
        let folder = try TemporaryDirectory()
        let output = try Self.generate("commune-budget-participatif", in: folder)
        for format in ["xlsx", "ods"] {
            let read = try LibreOfficeSheets.read(URL(fileURLWithPath: output + "/bordereau-prix.\(format)"))
            let sheet = try #require(read.sheets.first)
            #expect(sheet.name == "Détail quantitatif estimatif")
            #expect(sheet.titleRows == [0, 0])
            #expect(sheet.cells[0].first == .text("N°"))
            let last = sheet.cells.count - 1
            #expect(
                sheet.cells[last][2] == .text("Total HT du détail quantitatif estimatif, noté au titre du critère prix")
            )
            #expect(sheet.formulas[last][6] == "=SUM(G2:G\(last))")
            #expect(sheet.formulas[1][6] == "=E2*F2")
            // The days of support come from the phases (two a phase), the training sessions from the team.
            let support = try #require(sheet.cells.first { $0.first == .text("BP-10") })
            #expect(support[4] == .number(14))
            let training = try #require(sheet.cells.first { $0.first == .text("BP-11") })
            #expect(training[4] == .number(2))
        }
    }

    @Test(
        .enabled(
            if: LibreOffice.python != nil,
            "LibreOffice Calc or python3-uno is missing (CI runs .ci/install-document-tools.sh)"))
    func theResponseFormHasARowPerRequirementOfTheSpecification() throws {
        // The metropolis divides its purchase: each lot's response form has the rows of its lot's specification.
        let folder = try TemporaryDirectory()
        let output = try Self.generate("metropole-mobilite", in: folder)
        let read = try LibreOfficeSheets.read(
            URL(fileURLWithPath: output + "/cadre-de-reponse-technique-lot-1-plateforme.ods"))
        let sheet = try #require(read.sheets.first)
        let specification = try runParticipe(
            ["generate", "samples/outil-numerique/metropole-mobilite.yaml", "-o", folder.path("md"), "--format", "md"],
            in: Fixtures.packageRoot)
        #expect(specification.exitCode == 0)
        let cahier = try String(
            contentsOfFile: folder.path("md/cahier-des-charges-lot-1-plateforme.md"), encoding: .utf8)
        // Every requirement of the specification, and no other: its price schedule (BP) and deliverables (LIV)
        // have their own tables.
        let ids = cahier.split(separator: "\n").compactMap { line -> String? in
            guard let match = line.firstMatch(of: #/^\| ([A-Z]+-[0-9]+(?:-[0-9]+)?) \| \*\*/#),
                !match.1.hasPrefix("BP-"), !match.1.hasPrefix("LIV-")
            else { return nil }
            return String(match.1)
        }
        #expect(ids.count > 50)
        let rows = sheet.cells.dropFirst().compactMap { row -> String? in
            guard case .text(let id)? = row.first ?? nil else { return nil }
            return id
        }
        #expect(rows.sorted() == ids.sorted())
        #expect(sheet.cells[0].count == 9)
    }

    @Test func withoutAProviderThereIsNoConsultationSpreadsheet() throws {
        let folder = try TemporaryDirectory()
        let output = try Self.generate("petite-commune-plan-fragile", in: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: output)
        #expect(!files.contains { $0.hasPrefix("bordereau-prix") || $0.hasPrefix("cadre-de-reponse") })
    }
}
