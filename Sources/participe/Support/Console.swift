import ArgumentParser
import Foundation
import ParticipeCore

/// Where the command line writes: results on standard output, problems on standard error.
struct Console {
    var texts = SourceTexts()
    let language: Language

    func say(_ message: CommandMessage) -> String { message.text(in: language) }

    /// Writes a line of results; control characters that answers may hold are shown, never obeyed.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((VisibleText.escapingControls(text, keepingNewlines: true) + "\n").utf8))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data((VisibleText.escapingControls(text, keepingNewlines: true) + "\n").utf8))
    }

    /// How `report` writes: capped text on standard error, or every diagnostic as JSON on standard output.
    var format: OutputFormat = .text

    func report(_ diagnostics: [Diagnostic]) {
        switch format {
        case .text:
            for text in texts.render(diagnostics, language: language) { err(text) }
        case .json:
            out((try? JSONOutput.encode(DiagnosticsReport(diagnostics))) ?? "{}")
        }
    }

    /// Writes `data` to `path` atomically; when it cannot, says why and exits 2, the file as it was.
    func save(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            err(error.message(language: language))
            throw ExitStatus.unreadable.code
        }
    }

    /// Loads a kit by id or folder; reports every problem and exits 2 when it is invalid.
    mutating func loadKit(id: String, library: KitLibrary) throws -> Kit {
        do {
            return try loadKit(directory: try library.directory(of: id, language: language))
        } catch let diagnostic as Diagnostic {
            report([diagnostic])
            throw ExitStatus.unreadable.code
        }
    }

    mutating func loadKit(directory: String) throws -> Kit {
        do {
            return try KitLoader().load(directory: directory, texts: &texts)
        } catch {
            report(error.diagnostics)
            err(say(.kitInvalid(directory: directory, errors: error.diagnostics.count)))
            throw ExitStatus.unreadable.code
        }
    }

    /// Reads an answers file's header and text: exit 2 when it cannot be read.
    mutating func readAnswersFile(_ path: String) throws -> AnswersFile {
        do {
            return try AnswersFile.read(path, language: language, texts: &texts)
        } catch {
            report(error.diagnostics)
            throw ExitStatus.unreadable.code
        }
    }

    /// The answers of `file` to compare with answers to `kit`: a file of an earlier version of the kit is brought
    /// forward first, in memory, through its migrations. Exit 2 when it is for another kit or holds an answer that
    /// does not fit.
    mutating func answersBroughtForward(_ file: AnswersFile, kit: Kit) throws -> (AnswerSheet, AnswersMigration.Report?)
    {
        do throws(DiagnosticList) {
            let (current, report) = try file.broughtForward(to: kit, language: language, texts: &texts)
            return (try current.decode(for: kit, messages: language), report)
        } catch {
            report(error.diagnostics)
            throw ExitStatus.unreadable.code
        }
    }

    /// Reads an answers file and the kit it names, then checks the answers against it: exit 2 when the file
    /// cannot be read, is for another kit or, unless `keepingInvalid`, holds an answer that does not fit.
    /// With `keepingInvalid`, those answers are returned as diagnostics and the others go on.
    mutating func loadAnswers(_ path: String, library: KitLibrary, keepingInvalid: Bool = false) throws -> (
        Kit, AnswerSheet, invalid: [Diagnostic]
    ) {
        let file: AnswersFile
        do {
            file = try AnswersFile.read(path, language: language, texts: &texts)
        } catch {
            report(error.diagnostics)
            throw ExitStatus.unreadable.code
        }
        let kit = try loadKit(id: file.kitID, library: library)
        let decoded: AnswersFile.Decoded
        do {
            decoded = try file.decodeValid(for: kit, messages: language)
        } catch {
            report(error.diagnostics)
            throw ExitStatus.unreadable.code
        }
        let errors = decoded.invalid.filter { $0.severity == .error }
        if !keepingInvalid, !decoded.invalid.isEmpty {
            report(decoded.invalid)
            guard errors.isEmpty else {
                err(say(.answersInvalid(path: path, errors: errors.count)))
                throw ExitStatus.unreadable.code
            }
        }
        return (kit, decoded.sheet, decoded.invalid)
    }
}

extension Console {
    /// Peeks at an answers file's language without failing, to pick the language of messages.
    static func answersLanguage(_ path: String) -> Language? {
        var scratch = SourceTexts()
        return try? AnswersFile.read(path, texts: &scratch).language
    }
}

/// Diagnostics as `--format json` prints them: all of them, with their positions.
struct DiagnosticsReport: Encodable {
    struct Entry: Encodable {
        var severity: String
        var code: String?
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var notes: [String]
    }

    var diagnostics: [Entry]

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.map { diagnostic in
            Entry(
                severity: diagnostic.severity.rawValue, code: diagnostic.code, message: diagnostic.message,
                file: diagnostic.location?.file,
                line: diagnostic.location?.line, column: diagnostic.location?.column, notes: diagnostic.notes)
        }
    }
}
