/// The paths a kit names, checked with `FolderBoundary`: included files and templates must stay inside the
/// kit's folder, and a document's `filename` must be a plain file name inside the output folder.
package enum KitPaths {
    /// What a kit path is: an included file, a template, the kit file itself.
    package typealias Kind = KitMessage.PathKind

    /// "the template '../x' leaves the kit folder: it goes up with '..'; expected …".
    package static func leavesKit(_ path: String, _ kind: Kind, _ refusal: FolderBoundary.Refusal, language: Language)
        -> KitMessage
    {
        KitMessage.leavesKit(path: visible(path), kind: kind, reason: refusal.reason(language: language))
    }

    /// "'filename' '../x' is not a plain file name: it holds a '/'; expected …".
    package static func notAFileName(_ name: String, _ refusal: FolderBoundary.Refusal, language: Language)
        -> KitMessage
    {
        KitMessage.notAFileName(
            name: visible(name), reason: refusal.reason(language: language), limit: FolderBoundary.maximumNameLength)
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
