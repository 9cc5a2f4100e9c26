import Foundation

/// The one way Participe keeps a path inside its folder: a kit's files (`kit.yaml`, its includes, its
/// templates) inside the kit's folder, generated files inside the output folder.
///
/// A path is refused when it is empty, absolute, goes up with `..` or holds a control character, and when,
/// once every symbolic link on the way is resolved (a dangling one included: writing through it would create
/// its target), it lands outside the folder, itself resolved. The comparison is on path components, so
/// `/kits/demo-copy/x` is not inside `/kits/demo`.
public enum FolderBoundary {
    /// Why a path was refused.
    public enum Refusal: Error, Hashable, Sendable {
        case empty
        case absolute
        /// A `..` component.
        case parentReference
        /// A character of Unicode's `Cc` category (NUL, line feed, escape…).
        case controlCharacter
        /// A `/` in what must be a plain file name.
        case separator
        /// A file name longer than `maximumNameLength` bytes.
        case tooLong
        /// A symbolic link on the way leads outside the folder, to `resolved`.
        case outside(resolved: String)
        /// Symbolic links that loop, or nest more than `maximumLinks` deep.
        case unresolvable

        /// Why, as the end of a sentence: "it goes up with '..'".
        public func reason(language: Language) -> String { FileMessage.refusal(self).text(in: language) }
    }

    /// The longest output file name, in UTF-8 bytes, leaving room for an extension and a temporary suffix
    /// under the usual 255-byte limit of file systems.
    static let maximumNameLength = 200
    /// Symbolic links followed, one after another, before giving up.
    static let maximumLinks = 32

    /// `relative` joined to `folder`, when that path stays inside `folder` once symbolic links are resolved.
    public static func resolve(_ relative: String, in folder: String) -> Result<String, Refusal> {
        if relative.isEmpty { return .failure(.empty) }
        if relative.hasPrefix("/") { return .failure(.absolute) }
        if hasControlCharacter(relative) { return .failure(.controlCharacter) }
        if relative.split(separator: "/").contains("..") { return .failure(.parentReference) }
        let joined = join(folder, relative)
        var links = 0
        guard let base = canonical(folder.isEmpty ? "." : folder, links: &links) else {
            return .failure(.unresolvable)
        }
        guard let target = canonical(joined, links: &links) else { return .failure(.unresolvable) }
        return isInside(target, base) ? .success(joined) : .failure(.outside(resolved: target))
    }

    /// Why `name` is not a plain file name (no folder, no `..`, no control character), or nil when it is one.
    public static func fileNameRefusal(_ name: String) -> Refusal? {
        if name.isEmpty { return .empty }
        if name.hasPrefix("/") { return .absolute }
        if name == "." || name == ".." { return .parentReference }
        if name.contains("/") { return .separator }
        if hasControlCharacter(name) { return .controlCharacter }
        if name.utf8.count > maximumNameLength { return .tooLong }
        return nil
    }

    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    package static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether `path`'s components start with all of `folder`'s.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let parts = path.split(separator: "/")
        let base = folder.split(separator: "/")
        return parts.count >= base.count && zip(parts, base).allSatisfy { $0 == $1 }
    }

    /// The absolute path with every symbolic link resolved, even when its last components do not exist yet:
    /// the deepest existing ancestor is resolved and the rest appended. Nil when links loop.
    static func canonical(_ path: String, links: inout Int) -> String? {
        if let resolved = realPath(path) { return resolved }
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            // A dangling link: follow it by hand, relative to the folder holding it.
            links += 1
            guard links <= maximumLinks, let target = linkTarget(path) else { return nil }
            let parent = (path as NSString).deletingLastPathComponent
            return canonical(
                target.hasPrefix("/") ? target : join(parent.isEmpty ? "." : parent, target), links: &links)
        }
        let name = (path as NSString).lastPathComponent
        var parent = (path as NSString).deletingLastPathComponent
        if parent.isEmpty { parent = "." }
        guard parent != path, !name.isEmpty, let resolvedParent = canonical(parent, links: &links) else { return nil }
        switch name {
        case ".": return resolvedParent
        case "..": return (resolvedParent as NSString).deletingLastPathComponent
        default: return resolvedParent == "/" ? "/" + name : resolvedParent + "/" + name
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// What the symbolic link at `path` names, as written in the link; nil (and `errno` set) when it cannot be read.
    package static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
