import Foundation
import ParticipeCore

/// `participe serve answers.yaml`: one person's answers file opened in the browser. Its answers fill a
/// one-team workshop, and after every save the team's answers are written back to the file, editing only
/// the lines of the answers that changed (`AnswersEditor`), so its comments stay.
public struct AnswersFileLink: Sendable {
    public let path: String
    public let workshopID: String
    public let teamID: String

    public init(path: String, workshopID: String, teamID: String) {
        self.path = path
        self.workshopID = workshopID
        self.teamID = teamID
    }

    /// Writes `sheet` into the file: its text edited in place when it can be, else the whole file anew.
    func write(_ sheet: AnswerSheet, kit: Kit) throws {
        let current = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let text = AnswersEditor.edited(current, to: sheet, kit: kit) ?? AnswersWriter.yaml(sheet, kit: kit)
        guard text != current else { return }
        try AtomicFile.write(Data(text.utf8), to: path)
    }
}

/// A one-team workshop over an answers file, for `participe serve answers.yaml`.
public enum SingleFileWorkshop {
    public struct Opened: Sendable {
        public var link: AnswersFileLink
        /// The path that joins the team, to print.
        public var joinPath: String
    }

    public static func open(
        _ path: String, kit: Kit, sheet: AnswerSheet, store: any WorkshopStore, language: Language
    ) async throws -> Opened {
        let joinToken = SecretToken.make()
        let name = (path as NSString).lastPathComponent
        let record = try await store.createWorkshop(
            title: name, kitID: kit.id, kitVersion: kit.version, language: sheet.language ?? language,
            trainerDigest: SecretToken.digest(SecretToken.make()),
            teams: [(name: name, joinDigest: SecretToken.digest(joinToken))])
        guard let team = try await store.teams(workshopID: record.id).first else {
            throw CocoaError(.fileReadUnknown)
        }
        _ = try await store.save(
            AnswersImport.saves(for: sheet, replacing: [], kit: kit), teamID: team.id, member: nil, source: "import",
            agreed: false)
        return Opened(
            link: AnswersFileLink(path: path, workshopID: record.id, teamID: team.id),
            joinPath: "/w/\(record.id)/join/\(joinToken)")
    }
}
