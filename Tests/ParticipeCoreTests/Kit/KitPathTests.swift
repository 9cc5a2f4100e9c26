import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Paths that must stay in their folder")
struct FolderBoundaryTests {
    /// `<temporary>/kit` with a file `documents/a.md` inside, and `<temporary>/secret` outside.
    let folder: TemporaryDirectory
    let kit: String

    init() throws {
        folder = try TemporaryDirectory()
        kit = folder.path("kit")
        try folder.write("a", to: "kit/documents/a.md")
        try folder.write("secret", to: "secret")
    }

    @Test func aPathInsideIsJoinedToItsFolder() throws {
        #expect(FolderBoundary.resolve("documents/a.md", in: kit) == .success(kit + "/documents/a.md"))
        #expect(FolderBoundary.resolve("./documents/absent.md", in: kit) == .success(kit + "/./documents/absent.md"))
        #expect(FolderBoundary.resolve("new/deeper/file.md", in: kit) == .success(kit + "/new/deeper/file.md"))
    }

    @Test(arguments: [
        ("", FolderBoundary.Refusal.empty), ("/etc/hostname", .absolute), ("../secret", .parentReference),
        ("documents/../../secret", .parentReference), ("../../../../etc/hostname", .parentReference),
        ("documents/a\u{0}.md", .controlCharacter), ("documents/\u{1B}[2J", .controlCharacter),
    ])
    func refusesWhatLeavesByItsText(_ path: String, _ refusal: FolderBoundary.Refusal) {
        #expect(FolderBoundary.resolve(path, in: kit) == .failure(refusal))
    }

    @Test func refusesASymbolicLinkLeadingOutside() throws {
        let secret = try #require(realpath(folder.path("secret"), nil).map { String(cString: $0) })
        try FileManager.default.createSymbolicLink(atPath: kit + "/lien.md", withDestinationPath: "../secret")
        #expect(FolderBoundary.resolve("lien.md", in: kit) == .failure(.outside(resolved: secret)))
        // A folder on the way that is a link outside is refused the same way.
        try FileManager.default.createSymbolicLink(atPath: kit + "/etc", withDestinationPath: "/etc")
        #expect(FolderBoundary.resolve("etc/hostname", in: kit) == .failure(.outside(resolved: "/etc/hostname")))
    }

    @Test func refusesADanglingLinkWhoseTargetWouldBeOutside() throws {
        // Writing through it would create its target, outside the folder.
        try FileManager.default.createSymbolicLink(atPath: kit + "/nouveau.md", withDestinationPath: "../absent.md")
        guard case .failure(.outside(let resolved)) = FolderBoundary.resolve("nouveau.md", in: kit) else {
            Issue.record("a dangling link leading outside was accepted")
            return
        }
        #expect(resolved.hasSuffix("/absent.md") && !resolved.contains("/kit/"))
    }

    @Test func refusesAFolderWhoseNameOnlyStartsLikeTheKits() throws {
        // `/tmp/x/kit-copy` starts with the text `/tmp/x/kit` but is not inside it.
        try folder.write("copy", to: "kit-copy/a.md")
        try FileManager.default.createSymbolicLink(atPath: kit + "/copie", withDestinationPath: "../kit-copy")
        guard case .failure(.outside) = FolderBoundary.resolve("copie/a.md", in: kit) else {
            Issue.record("a sibling folder sharing the kit's name as a prefix was accepted")
            return
        }
    }

    @Test func acceptsLinksThatStayInsideAndAFolderThatIsItselfALink() throws {
        try FileManager.default.createSymbolicLink(atPath: kit + "/alias.md", withDestinationPath: "documents/a.md")
        #expect(FolderBoundary.resolve("alias.md", in: kit) == .success(kit + "/alias.md"))
        let linkedKit = folder.path("lien-vers-kit")
        try FileManager.default.createSymbolicLink(atPath: linkedKit, withDestinationPath: kit)
        #expect(FolderBoundary.resolve("documents/a.md", in: linkedKit) == .success(linkedKit + "/documents/a.md"))
    }

    @Test func refusesLinksThatLoop() throws {
        try FileManager.default.createSymbolicLink(atPath: kit + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: kit + "/b", withDestinationPath: "a")
        #expect(FolderBoundary.resolve("a", in: kit) == .failure(.unresolvable))
    }

    @Test(
        arguments: [
            ("cahier-des-charges", nil), ("Synthèse 2026", nil), (".cache", nil), ("", .empty),
            ("/tmp/x", .absolute), ("..", .parentReference), (".", .parentReference), ("../x", .separator),
            ("a/b", .separator), ("a\u{0}b", .controlCharacter), ("a\nb", .controlCharacter),
            ("a\u{7F}", .controlCharacter), (String(repeating: "é", count: 101), .tooLong),
            (String(repeating: "e", count: 200), nil),
        ] as [(String, FolderBoundary.Refusal?)])
    func outputNamesArePlainFileNames(_ name: String, _ refusal: FolderBoundary.Refusal?) {
        #expect(FolderBoundary.fileNameRefusal(name) == refusal)
    }
}

@Suite("Kit paths that leave the kit folder")
struct KitPathTests {
    @Test func anIncludeOutsideTheKitIsAnErrorAtItsPosition() throws {
        for (include, reason) in [
            ("/etc/passwd", "it is an absolute path"), ("../autre.yaml", "it goes up with '..'"),
        ] {
            let marked = MarkedText(kitHeader + "include: [⟨\(include)]\n" + baseSections)
            let fixture = try KitFixture(marked.text)
            #expect(
                fixture.errors().diagnostics.map(\.description) == [
                    "\(marked.location(in: fixture.kitFile)): error: the included file '\(include)' leaves the kit "
                        + "folder: \(reason); expected a path relative to the kit folder that stays inside it, such "
                        + "as 'sections.yaml'"
                ])
        }
    }

    @Test func anIncludeThroughALinkOutsideIsRefusedBeforeItIsRead() throws {
        let marked = MarkedText(kitHeader + "include: [⟨dehors.yaml]\n" + baseSections)
        let fixture = try KitFixture(marked.text)
        let outside = try fixture.folder.write("sections: []\n", to: "dehors.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: fixture.directory + "/dehors.yaml", withDestinationPath: outside)
        let (diagnostics, texts) = fixture.errors()
        let resolved = try #require(realpath(outside, nil).map { String(cString: $0) })
        #expect(
            diagnostics.map(\.description) == [
                "\(marked.location(in: fixture.kitFile)): error: the included file 'dehors.yaml' leaves the kit "
                    + "folder: a symbolic link leads it to '\(resolved)'; expected a path relative to the kit folder "
                    + "that stays inside it, such as 'sections.yaml'"
            ])
        #expect(texts.line(1, of: fixture.directory + "/dehors.yaml") == nil, "the file outside is never read")
    }

    @Test func aTemplateOutsideTheKitAndAFileNameThatIsAPathAreErrors() throws {
        let template = MarkedText(
            kitHeader + baseSections
                + "documents:\n  - {id: d, title: D, template: ⟨../../../../etc/hostname}\n")
        let fixture = try KitFixture(template.text)
        #expect(
            fixture.errors().diagnostics.map(\.description) == [
                "\(template.location(in: fixture.kitFile)): error: the template '../../../../etc/hostname' leaves the "
                    + "kit folder: it goes up with '..'; expected a path relative to the kit folder that stays inside "
                    + "it, such as 'documents/fr/cahier.md.mustache'"
            ])
        let filename = MarkedText(
            kitHeader + baseSections
                + "documents:\n  - {id: d, title: D, template: d.md, filename: {fr: ⟨\"../../tmp/x\"}}\n")
        let named = try KitFixture(filename.text, files: ["d.md": "D\n"])
        #expect(
            named.errors().diagnostics.map(\.description) == [
                "\(filename.location(in: named.kitFile)): error: the file name '../../tmp/x' is not a plain name: it "
                    + "holds a '/'; expected a name without '/', '..' or control characters, at most 200 bytes long, "
                    + "such as 'cahier-des-charges'"
            ])
    }

    @Test func theMessagesAreInFrenchWhenTheLoaderIsAskedTo() throws {
        let marked = MarkedText(kitHeader + "include: [⟨../autre.yaml]\n" + baseSections)
        let fixture = try KitFixture(marked.text)
        var texts = SourceTexts()
        do {
            _ = try KitLoader(reader: YAMLReader(language: .french)).load(directory: fixture.directory, texts: &texts)
            Issue.record("the kit loaded")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "\(marked.location(in: fixture.kitFile)): error: le fichier inclus « ../autre.yaml » sort du "
                        + "dossier du kit : il remonte avec « .. » ; attendu : un chemin relatif au dossier du kit, "
                        + "qui y reste, comme « sections.yaml »"
                ])
        }
    }

    @Test func aKitFileThatIsALinkOutsideIsRefused() throws {
        let fixture = try KitFixture(kitHeader + baseSections)
        let outside = try fixture.folder.write(kitHeader + baseSections, to: "ailleurs.yaml")
        try FileManager.default.removeItem(atPath: fixture.kitFile)
        try FileManager.default.createSymbolicLink(atPath: fixture.kitFile, withDestinationPath: outside)
        let descriptions = fixture.errors().diagnostics.map(\.description)
        #expect(descriptions.count == 1)
        #expect(
            descriptions.first?.hasPrefix("\(fixture.kitFile):1:1: error: the file 'kit.yaml' leaves the kit") == true)
    }
}
