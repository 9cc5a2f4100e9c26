import Foundation
import ParticipeCore

/// A workshop in one file, to move it between machines: its title, kit and language, and each team's
/// answers as an ordinary answers file. JSON, so any answer goes through unchanged. Links are not carried:
/// importing makes new ones.
enum WorkshopArchive {
    static let format = "participe-workshop"

    struct Document: Codable {
        var format: String
        var version: Int
        var title: String
        var kit: String
        var language: String
        var teams: [Team]

        struct Team: Codable {
            var name: String
            var answers: String
        }
    }

    struct Refusal: Error {
        var message: String
    }

    struct Imported {
        var record: WorkshopRecord
        var trainerToken: String
        var teamLinks: [(team: TeamRecord, link: String)]
    }

    static func export(_ record: WorkshopRecord, snapshots: [TeamSnapshot]) throws -> Data {
        let document = Document(
            format: format, version: 1, title: record.title, kit: record.kitID, language: record.language.code,
            teams: snapshots.map { snapshot in
                // Answers waiting for their migration go out at their version, whole: the import migrates them.
                let answers =
                    StoredAnswersMigration.earlierVersion(of: record, kit: snapshot.kit).map {
                        StoredAnswersMigration.earlierFile(
                            Array(snapshot.answers.values), version: $0, language: record.language, kit: snapshot.kit)
                    } ?? AnswersWriter.yaml(snapshot.sheet, kit: snapshot.kit)
                return Document.Team(name: snapshot.team.name, answers: answers)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// Creates a new workshop from an export: every team's answers are checked as `check` does first, and
    /// nothing is created when one of them does not read.
    static func importing(_ data: Data, into workshop: Workshop, language: Language) async throws -> Imported {
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        guard let document = try? JSONDecoder().decode(Document.self, from: data), document.format == format else {
            throw Refusal(message: say(.archiveUnreadable))
        }
        guard document.version == 1 else { throw Refusal(message: say(.archiveNewer(document.version))) }
        guard let kit = workshop.kit(document.kit) else { throw Refusal(message: say(.unknownKit(document.kit))) }
        // The same checks as the creation form: names cleaned, none empty, none twice.
        let title = document.title.cleanedName
        let names = document.teams.map(\.name.cleanedName)
        guard !title.isEmpty, title.count <= 200, !names.isEmpty, names.count <= 100,
            names.allSatisfy({ !$0.isEmpty && $0.count <= 100 }), Set(names).count == names.count
        else { throw Refusal(message: say(.archiveUnreadable)) }
        var sheets: [AnswerSheet] = []
        for team in document.teams {
            do {
                sheets.append(
                    try AnswersImport.sheet(from: team.answers, name: team.name + ".yaml", kit: kit, language: language)
                )
            } catch {
                throw Refusal(message: error.messages.joined(separator: "\n"))
            }
        }
        let trainerToken = SecretToken.make()
        let joinTokens = document.teams.map { _ in SecretToken.make() }
        let record = try await workshop.store.createWorkshop(
            title: title, kitID: kit.id, kitVersion: kit.version,
            language: Language(code: document.language) ?? language,
            trainerDigest: SecretToken.digest(trainerToken),
            teams: zip(names, joinTokens).map { (name: $0, joinDigest: SecretToken.digest($1)) })
        let teams = try await workshop.store.teams(workshopID: record.id)
        for (team, sheet) in zip(teams, sheets) {
            _ = try await workshop.store.save(
                AnswersImport.saves(for: sheet, replacing: [], kit: kit), teamID: team.id, member: nil,
                source: "import",
                agreed: false)
        }
        return Imported(
            record: record, trainerToken: trainerToken,
            teamLinks: zip(teams, joinTokens).map { (team: $0.0, link: "/w/\(record.id)/join/\($0.1)") })
    }
}
