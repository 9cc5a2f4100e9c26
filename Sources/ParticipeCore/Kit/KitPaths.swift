/// The paths a kit names, checked with `FolderBoundary`: included files and templates must stay inside the
/// kit's folder, and a document's `filename` must be a plain file name inside the output folder.
package enum KitPaths {
    /// What a kit path is, in each language: `("le fichier inclus", "the included file")`.
    package struct Kind {
        var french: String
        var english: String
        var example: String

        package static let include = Kind(
            french: "le fichier inclus", english: "the included file", example: "sections.yaml")
        package static let template = Kind(
            french: "le modèle", english: "the template", example: "documents/fr/cahier.md.mustache")
        package static let kitFile = Kind(french: "le fichier", english: "the file", example: "kit.yaml")
    }

    /// "the template '../x' leaves the kit folder: it goes up with '..'; expected …".
    package static func leavesKit(_ path: String, _ kind: Kind, _ refusal: FolderBoundary.Refusal, language: Language)
        -> String
    {
        let reason = refusal.reason(language: language)
        let path = visible(path)
        if language == .french {
            return "\(kind.french) « \(path) » sort du dossier du kit : \(reason) ; attendu : un chemin relatif "
                + "au dossier du kit, qui y reste, comme « \(kind.example) »"
        }
        return "\(kind.english) '\(path)' leaves the kit folder: \(reason); expected a path relative to the kit "
            + "folder that stays inside it, such as '\(kind.example)'"
    }

    /// "'filename' '../x' is not a plain file name: it holds a '/'; expected …".
    package static func notAFileName(_ name: String, _ refusal: FolderBoundary.Refusal, language: Language) -> String {
        let reason = refusal.reason(language: language)
        let name = visible(name)
        let limit = FolderBoundary.maximumNameLength
        if language == .french {
            return "le nom de fichier « \(name) » n'est pas un simple nom : \(reason) ; attendu : un nom sans « / », "
                + "« .. » ni caractère de contrôle, d'au plus \(limit) octets, comme « cahier-des-charges »"
        }
        return "the file name '\(name)' is not a plain name: \(reason); expected a name without '/', '..' or "
            + "control characters, at most \(limit) bytes long, such as 'cahier-des-charges'"
    }

    /// The text with its control characters written `\u{1B}`, so that a message never carries them raw.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
