import Foundation

/// Finds kits by id in a list of folders, first match wins.
///
/// The order, documented in the README: folders given with `--templates`, then those of
/// `PARTICIPE_TEMPLATES` (separated by `:`), then `./Templates`, then the installed share folder.
public struct KitLibrary: Sendable {
    public var folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The standard search order.
    public static func standard(extra: [String], environment: [String: String], executablePath: String?) -> KitLibrary {
        var folders = extra
        if let variable = environment["PARTICIPE_TEMPLATES"] {
            folders += variable.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        folders.append("Templates")
        if let executablePath {
            let binary = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            folders.append(binary.deletingLastPathComponent().appendingPathComponent("share/participe/Templates").path)
        }
        var seen: Set<String> = []
        return KitLibrary(folders: folders.filter { seen.insert($0).inserted })
    }

    /// Every kit folder found (a folder holding `kit.yaml`), by id, in search order, first one winning.
    public func kitDirectories() -> [(id: String, directory: String)] {
        var found: [(String, String)] = []
        var seen: Set<String> = []
        for folder in folders {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for entry in entries.sorted() where !seen.contains(entry) {
                let directory = KitLoader.join(folder, entry)
                if FileManager.default.fileExists(atPath: KitLoader.join(directory, "kit.yaml")) {
                    seen.insert(entry)
                    found.append((entry, directory))
                }
            }
        }
        return found
    }

    /// The folder of the kit `id`, or a diagnostic in `language` listing the folders searched and the kits found.
    public func directory(of id: String, language: Language = .english) throws(Diagnostic) -> String {
        let kits = kitDirectories()
        if let match = kits.first(where: { $0.id == id }) { return match.directory }
        let known = kits.map(\.id)
        let hint = Suggestion.hint(for: id, among: known, language: language)
        throw Diagnostic(
            KitMessage.noKit(id: id, folders: folders, hint: hint), in: language, at: nil,
            notes: known.isEmpty ? [] : [KitMessage.kitsAvailable(known).text(in: language)])
    }
}
