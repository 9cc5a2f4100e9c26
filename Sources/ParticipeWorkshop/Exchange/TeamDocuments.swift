import Foundation
import ParticipeCore
import ParticipeDocuments

/// A team's documents in every format, and its answers as an ordinary answers file: what the team and the
/// trainer download.
enum TeamDocuments {
    struct File: Sendable {
        var name: String
        var data: Data
        /// The document's title, for the files of a text document or a spreadsheet.
        var title: String?
    }

    /// Every document of the kit in every format, made in memory from the team's agreed answers.
    static func files(_ snapshot: TeamSnapshot, formats: [DocumentFormat] = DocumentFormat.standard) throws -> [File] {
        var texts = SourceTexts()
        let documents = try DocumentGenerator(evaluation: snapshot.documentEvaluation).render(texts: &texts)
        let exporter = try DocumentExporter(formats: formats, csvWriter: .preset(for: snapshot.language))
        // The spreadsheets' titles by file name, without making them: the exporter does.
        let evaluation = snapshot.documentEvaluation
        let spreadsheets = SpreadsheetBuilder(evaluation: evaluation).planned().map { ($0.filename, $0.title) }
        let titles = Dictionary(
            documents.map { ($0.filename, $0.title) } + spreadsheets, uniquingKeysWith: { first, _ in first })
        return try exporter.files(documents, evaluation: snapshot.documentEvaluation, in: "documents").map { file in
            let name = String(file.path.dropFirst("documents/".count))
            return File(name: name, data: file.data, title: titles[(name as NSString).deletingPathExtension])
        }
    }

    /// The team's answers file.
    static func answers(_ snapshot: TeamSnapshot) -> File {
        File(
            name: fileStem(snapshot.team.name) + ".yaml",
            data: Data(AnswersWriter.yaml(snapshot.sheet, kit: snapshot.kit).utf8))
    }

    /// A zip of files, each under `folder/` when one is given.
    static func zip(_ files: [File], folder: String? = nil) throws -> Data {
        var package = ZipPackage()
        for file in files {
            package.add(folder.map { "\($0)/\(file.name)" } ?? file.name, data: file.data)
        }
        return try package.archived()
    }

    /// A name for files and folders made from a team's or a workshop's name: letters, digits and hyphens.
    static func fileStem(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var stem = ""
        for character in folded {
            if character.isASCII, character.isLetter || character.isNumber {
                stem.append(character)
            } else if !stem.isEmpty, stem.last != "-" {
                stem.append("-")
            }
        }
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem.isEmpty ? "equipe" : String(stem.prefix(60))
    }
}
