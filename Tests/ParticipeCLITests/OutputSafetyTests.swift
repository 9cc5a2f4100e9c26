import Foundation
import ParticipeTestSupport
import Testing

/// A copy of the demo kit in `folder/kits/demo`, with `edit` applied to its `kit.yaml`.
private func demoKitCopy(in folder: TemporaryDirectory, edit: (String) -> String = { $0 }) throws -> String {
    let kit = Fixtures.path("kits/demo")
    for file in ["more.yaml", "documents/synthese.fr.md.mustache", "documents/synthese.en.md.mustache"] {
        try folder.write(try String(contentsOfFile: kit + "/" + file, encoding: .utf8), to: "kits/demo/" + file)
    }
    let text = edit(try String(contentsOfFile: kit + "/kit.yaml", encoding: .utf8))
    return try folder.write(text, to: "kits/demo/kit.yaml")
}

@Suite("Paths that leave their folder")
struct PathBoundaryCommandTests {
    @Test func lintReportsEveryPathLeavingTheKitWithItsPosition() throws {
        let folder = try TemporaryDirectory()
        let kitFile = try demoKitCopy(in: folder)
        // Each marked in turn; the template comes after the include, so the first mark stays where it is.
        let include = MarkedText(
            try String(contentsOfFile: kitFile, encoding: .utf8).replacingOccurrences(
                of: "include: [more.yaml]", with: "include: [more.yaml, ⟨../../secret.yaml]"))
        let templateLine = "template: {fr: documents/synthese.fr.md.mustache"
        #expect(include.text.contains(templateLine))
        let template = MarkedText(
            include.text.replacingOccurrences(of: templateLine, with: "template: {fr: ⟨/etc/hostname"))
        let marks = [include, template]
        try folder.write(template.text, to: "kits/demo/kit.yaml")
        let result = try runParticipe(["lint", folder.path("kits/demo"), "--lang", "en"])
        assertResult(result, exitCode: 1, stdout: "")
        #expect(
            result.stderr.contains(
                "\(marks[0].location(in: kitFile)): error: the included file '../../secret.yaml' leaves the kit "
                    + "folder: it goes up with '..'; expected a path relative to the kit folder that stays inside it"))
        #expect(
            result.stderr.contains(
                "\(marks[1].location(in: kitFile)): error: the template '/etc/hostname' leaves the kit folder: it is "
                    + "an absolute path; expected a path relative to the kit folder that stays inside it"))
        let french = try runParticipe(["lint", folder.path("kits/demo"), "--lang", "fr"])
        #expect(
            french.stderr.contains(
                "\(marks[1].location(in: kitFile)): error: le modèle « /etc/hostname » sort du dossier du kit : c'est "
                    + "un chemin absolu ; attendu : un chemin relatif au dossier du kit, qui y reste"))
    }

    @Test func generateRefusesAKitWhoseTemplateIsALinkOutsideAndWritesNothing() throws {
        let folder = try TemporaryDirectory()
        let kitFile = try demoKitCopy(in: folder)
        let template = folder.path("kits/demo/documents/synthese.fr.md.mustache")
        try FileManager.default.removeItem(atPath: template)
        let secret = try folder.write("SECRET {{date}}\n", to: "secret.md")
        try FileManager.default.createSymbolicLink(atPath: template, withDestinationPath: secret)
        let result = try runParticipe(
            ["generate", demoAnswers, "-o", folder.path("out"), "--templates", folder.path("kits")])
        assertResult(result, exitCode: 2, stdout: "")
        #expect(result.stderr.contains("\(kitFile):"))
        #expect(
            result.stderr.contains(
                "error: the template 'documents/synthese.fr.md.mustache' leaves the kit folder: a symbolic link leads it"
            ))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func aFileNameThatIsAPathIsRefusedAndNothingIsWrittenOutside() throws {
        let folder = try TemporaryDirectory()
        let kitFile = try demoKitCopy(in: folder) { text in
            text.replacingOccurrences(of: "filename: {fr: synthese,", with: "filename: {fr: \"../evade\",")
        }
        #expect(try String(contentsOfFile: kitFile, encoding: .utf8).contains("../evade"))
        let result = try runParticipe(
            ["generate", demoAnswers, "-o", folder.path("out"), "--templates", folder.path("kits")])
        assertResult(result, exitCode: 2, stdout: "")
        #expect(
            result.stderr.contains(
                "error: the file name '../evade' is not a plain name: it holds a '/'; expected a name without '/'"))
        #expect(result.stderr.contains(kitFile + ":"))
        #expect(try folder.contents().sorted() == ["kits"])
    }

    @Test func aLinkInTheOutputFolderLeadingOutsideIsNotWrittenThrough() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder.path("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("out/synthese.md"), withDestinationPath: folder.path("ailleurs.md"))
        let result = try participe("generate", demoAnswers, "-o", folder.path("out"), "--format", "md")
        assertResult(
            result, exitCode: 2, stdout: "",
            stderr: """
                erreur : \(folder.path("out/synthese.md")) sortirait du dossier de sortie : un lien symbolique le mène \
                à « \(try realFolder(folder))/ailleurs.md »
                Aucun fichier n'a été écrit ; le dossier de sortie est resté tel qu'il était.

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.path("ailleurs.md")))
    }

    private func realFolder(_ folder: TemporaryDirectory) throws -> String {
        try #require(realpath(folder.path, nil).map { String(cString: $0) })
    }
}

@Suite("A reference document that is a zip bomb")
struct ZipBombCommandTests {
    /// `size` zero bytes as one raw deflate block with fixed codes: a literal 0, then copies of 258 bytes at
    /// distance 1 (13 bits each), so 17 MiB take about 110 KB.
    static func deflatedZeros(_ size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer: UInt32 = 0
        var count = 0
        func bits(_ value: UInt32, _ width: Int) {
            buffer |= value << UInt32(count)
            count += width
            while count >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                count -= 8
            }
        }
        // Huffman codes are packed from their most significant bit.
        func code(_ value: UInt32, _ width: Int) {
            var reversed: UInt32 = 0
            for index in 0..<width { reversed |= ((value >> UInt32(index)) & 1) << UInt32(width - 1 - index) }
            bits(reversed, width)
        }
        bits(1, 1)  // the last block
        bits(1, 2)  // fixed Huffman codes
        code(0x30, 8)  // literal 0
        var remaining = size - 1
        while remaining >= 258 {
            code(0xC5, 8)  // length 258 (symbol 285)
            code(0, 5)  // distance 1
            remaining -= 258
        }
        for _ in 0..<remaining { code(0x30, 8) }
        code(0, 7)  // end of block
        if count > 0 { bytes.append(UInt8(buffer & 0xFF)) }
        return bytes
    }

    /// A `.docx` whose only part, `word/styles.xml`, inflates to `size` zero bytes and declares `declared`.
    static func bomb(size: Int, declared: Int) -> Data {
        let name = Array("word/styles.xml".utf8)
        let deflated = deflatedZeros(size)
        var out: [UInt8] = []
        func u16(_ value: Int) { out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func u32(_ value: Int) {
            u16(value & 0xFFFF)
            u16(value >> 16 & 0xFFFF)
        }
        // Local header: version, flags, deflate, time, date, CRC (never reached: the part is refused first), sizes.
        u32(0x0403_4B50)
        for field in [20, 0, 8, 0, 0x21] { u16(field) }
        for field in [0, deflated.count, declared] { u32(field) }
        u16(name.count)
        u16(0)
        out += name + deflated
        let central = out.count
        u32(0x0201_4B50)
        for field in [20, 20, 0, 8, 0, 0x21] { u16(field) }
        for field in [0, deflated.count, declared] { u32(field) }
        for field in [name.count, 0, 0, 0, 0] { u16(field) }
        u32(0)
        u32(0)
        out += name
        let centralSize = out.count - central
        u32(0x0605_4B50)
        for field in [0, 0, 1, 1] { u16(field) }
        u32(centralSize)
        u32(central)
        u16(0)
        return Data(out)
    }

    @Test(.timeLimit(.minutes(1)), arguments: [("honest", 17 << 20), ("lying", 1_000)])
    func isRefusedQuicklyNamingTheFileAndThePart(_ header: String, _ declared: Int) throws {
        let folder = try TemporaryDirectory()
        let bomb = Self.bomb(size: 17 << 20, declared: declared)
        #expect(bomb.count < 200_000, "\(header): \(bomb.count) bytes")
        let path = try folder.write(bomb, to: "modele.docx")
        let result = try participe(
            "generate", demoAnswers, "-o", folder.path("out"), "--format", "docx", "--reference-doc", path)
        assertResult(
            result, exitCode: 2, stdout: "",
            stderr: """
                --reference-doc : \(path): erreur : document de référence refusé : sa partie word/styles.xml dépasse \
                16 Mio une fois décompressée (la limite par partie)

                """)
        #expect(result.duration < 10, "\(header): \(result.duration) s")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
        let english = try participe(
            "generate", demoAnswers, "-o", folder.path("out"), "--format", "docx", "--reference-doc", path, "--lang",
            "en")
        #expect(
            english.stderr
                == "--reference-doc: \(path): error: reference document refused: its part word/styles.xml inflates "
                + "to more than 16 MiB (the limit for one part)\n")
    }
}

@Suite("What generate says when it cannot write")
struct GenerateWriteFailureTests {
    @Test func aFailureHalfWayNamesTheFilesWrittenAndTheOneThatFailed() throws {
        let folder = try TemporaryDirectory()
        let out = folder.path("out")
        // A folder where the HTML file should go: the Markdown file is written, the HTML one cannot be.
        try FileManager.default.createDirectory(atPath: out + "/synthese.html", withIntermediateDirectories: true)
        let result = try participe("generate", demoAnswers, "-o", out, "--format", "md,html,docx")
        assertResult(
            result, exitCode: 2, stdout: "\(out)/synthese.md\n",
            stderr: """
                erreur : impossible d'écrire « \(out)/synthese.html » : un dossier porte déjà ce nom
                1 fichier(s) écrit(s) avant l'échec : \(out)/synthese.md. Les 2 autre(s) n'ont pas été écrits : chacun \
                est absent ou dans sa version précédente.

                """)
        #expect(try folder.contents("out") == ["synthese.html", "synthese.md"], "no temporary file is left")
        try FileManager.default.createDirectory(atPath: out + "/summary.html", withIntermediateDirectories: true)
        let english = try participe("generate", demoAnswers, "-o", out, "--format", "md,html,docx", "--lang", "en")
        assertResult(
            english, exitCode: 2, stdout: "\(out)/summary.md\n",
            stderr: """
                error: cannot write \(out)/summary.html: a folder already has that name
                1 file(s) written before the failure: \(out)/summary.md. The other 2 were not written: each is absent \
                or in its previous version.

                """)
    }

    @Test func anOutputFolderUnderAFileIsASentence() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("", to: "fichier")
        let result = try participe("generate", demoAnswers, "-o", file + "/out", "--lang", "en")
        assertResult(
            result, exitCode: 2, stdout: "",
            stderr: """
                error: cannot create the folder \(file)/out: a file has its name or the name of a folder above it
                No file was written; the output folder is as it was.

                """)
    }
}

@Suite("generate killed at random moments")
struct GenerateKilledTests {
    /// The name of a temporary file `AtomicFile` leaves when killed: `.<name>.<pid>.<random>.tmp`.
    static func temporaryTarget(_ entry: String) -> String? {
        guard entry.hasPrefix("."), entry.hasSuffix(".tmp") else { return nil }
        let parts = entry.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[parts.count - 2].allSatisfy(\.isNumber) else { return nil }
        return parts.dropLast(2).joined(separator: ".")
    }

    /// Every file of `folder`, by name, with its bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    @Test(.timeLimit(.minutes(2)))
    func everyFileLeftIsTheOldOrTheNewVersionAndEveryPathPrintedIsComplete() throws {
        let folder = try TemporaryDirectory()
        let out = folder.path("out")
        // A shipped sample: 40 files, so that kills land between files as well as before and after them.
        // The previous output (an older date) and the expected new one, each written by a complete run.
        let answers = Fixtures.packageRoot + "/samples/outil-numerique/commune-budget-participatif.yaml"
        let arguments = ["generate", answers, "--templates", Fixtures.packageRoot + "/Templates"]
        assertResult(try runParticipe(arguments + ["-o", out, "--date", "2026-01-15"]), exitCode: 0)
        let reference = try runParticipe(arguments + ["-o", folder.path("new"), "--date", "2026-11-27"])
        assertResult(reference, exitCode: 0)
        let old = try Self.snapshot(out)
        let new = try Self.snapshot(folder.path("new"))
        #expect(old.keys.sorted() == new.keys.sorted() && old.count == 40)
        #expect(old.keys.contains { old[$0] != new[$0] }, "the two versions differ")

        var generator = SystemRandomNumberGenerator()
        var temporaries = 0
        var killedMidway = 0
        let rounds = 12
        for round in 0..<rounds {
            let printed = folder.path("stdout-\(round)")
            #expect(FileManager.default.createFile(atPath: printed, contents: nil))
            // Rendering comes first and writing last: most kills aim at the second half of a run.
            let delay = reference.duration * Double.random(in: 0.3...1.1, using: &generator)
            let process = try startParticipe(
                arguments + ["-o", out, "--date", "2026-11-27"], in: folder.path, stdout: printed)
            usleep(UInt32(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let what = "round \(round), killed after \(Int(delay * 1000)) ms"
            for (name, data) in try Self.snapshot(out) {
                if let target = Self.temporaryTarget(name) {
                    #expect(new[target] != nil, "\(what): a temporary file of an unknown file, \(name)")
                    temporaries += 1
                } else {
                    #expect(data == old[name] || data == new[name], "\(what): \(name) is neither version")
                }
            }
            // Each path printed names a file already complete in its new version.
            let paths = try String(contentsOfFile: printed, encoding: .utf8).split(separator: "\n")
            for path in paths {
                let name = String(path.split(separator: "/").last ?? "")
                #expect(path.hasPrefix(out + "/"), "\(what): \(path)")
                #expect(try Self.snapshot(out)[name] == new[name], "\(what): \(name) printed but not new")
            }
            if !paths.isEmpty && paths.count < new.count { killedMidway += 1 }
        }
        // The next complete run leaves exactly the new files: it removes the temporaries of the killed runs.
        assertResult(try runParticipe(arguments + ["-o", out, "--date", "2026-11-27"]), exitCode: 0)
        #expect(try Self.snapshot(out) == new)
        print(
            "generate killed \(rounds) times: \(killedMidway) between two files, \(temporaries) temporary file(s) seen")
    }
}
