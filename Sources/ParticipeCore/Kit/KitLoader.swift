import Foundation

/// Loads and validates a kit folder, reporting every problem of its files at once.
public struct KitLoader: Sendable {
    /// The lists a kit file (or a file it includes) may hold.
    static let listKeys = [
        "sections", "facts", "computed", "grids", "matrices", "rules", "catalogues", "documents", "spreadsheets",
        "lots", "calendars", "glossary",
        "misconceptions", "migrations",
    ]
    static let headerKeys = NodeDecoder.Keys(
        required: ["id", "version", "languages", "title", "sections"],
        optional: ["description", "include", "author", "facts_date"] + listKeys.filter { $0 != "sections" })

    public var reader: YAMLReader

    public init(reader: YAMLReader = YAMLReader()) {
        self.reader = reader
    }

    /// Loads `directory/kit.yaml` and what it includes.
    /// - Returns: the kit, or throws a `DiagnosticList` with every error found; `texts` receives the files read.
    public func load(directory: String, texts: inout SourceTexts) throws(DiagnosticList) -> Kit {
        let file = Self.join(directory, "kit.yaml")
        var decoder = NodeDecoder()
        decoder.language = reader.language
        if case .failure(let refusal) = FolderBoundary.resolve("kit.yaml", in: directory) {
            let message = KitPaths.leavesKit("kit.yaml", .kitFile, refusal, language: reader.language)
            throw DiagnosticList([
                Diagnostic(message, in: reader.language, at: SourceLocation(file: file, line: 1, column: 1))
            ])
        }
        let root = try read(file, texts: &texts)
        guard let header = decoder.fields(of: root, Self.headerKeys, what: name(.kit)) else {
            throw DiagnosticList(decoder.collector.diagnostics)
        }
        var lists: [String: [YAMLNode]] = [:]
        collectLists(header, into: &lists, decoder: &decoder)
        if let include = header["include"] {
            for entry in decoder.list(include, what: name(.key("include"))) {
                guard let relative = decoder.string(entry, what: name(.includedFile)) else { continue }
                let path: String
                switch FolderBoundary.resolve(relative, in: directory) {
                case .success(let contained): path = contained
                case .failure(let refusal):
                    decoder.error(
                        KitPaths.leavesKit(relative, .include, refusal, language: reader.language),
                        at: entry.location)
                    continue
                }
                do {
                    let node = try read(path, texts: &texts)
                    let keys = NodeDecoder.Keys(optional: Self.listKeys)
                    if let fields = decoder.fields(of: node, keys, what: name(.includedFile)) {
                        collectLists(fields, into: &lists, decoder: &decoder)
                    }
                } catch {
                    decoder.collector.append(
                        contentsOf: error.diagnostics.map { diagnostic in
                            var located = diagnostic
                            if diagnostic.location == SourceLocation(file: path, line: 1, column: 1),
                                diagnostic.code == YAMLMessage.cannotRead(path: path, reason: .other("")).code
                            {
                                located.location = entry.location
                            }
                            return located
                        })
                }
            }
        }
        var builder = KitBuilder(directory: directory, file: file, decoder: decoder)
        let kit = builder.build(header: header, lists: lists)
        guard let kit, !builder.decoder.collector.hasErrors else {
            throw DiagnosticList(builder.decoder.collector.errors.inFileOrder())
        }
        return kit
    }

    /// What a part of the kit is called in the decoder's messages, in the reader's language.
    private func name(_ thing: KitMessage.Thing) -> String { KitMessage.thing(thing).text(in: reader.language) }

    private func collectLists(
        _ fields: NodeDecoder.Fields, into lists: inout [String: [YAMLNode]], decoder: inout NodeDecoder
    ) {
        for key in Self.listKeys {
            if let node = fields[key] {
                lists[key, default: []] += decoder.list(node, what: name(.key(key)))
            }
        }
    }

    func read(_ path: String, texts: inout SourceTexts) throws(DiagnosticList) -> YAMLNode {
        try readWithText(path, texts: &texts).node
    }

    /// The parsed file and its text, read once.
    func readWithText(_ path: String, texts: inout SourceTexts) throws(DiagnosticList) -> (node: YAMLNode, text: String)
    {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let bytes: [UInt8]
        switch BoundedFile.contents(of: path, limit: reader.maximumSize) {
        case .success(let read): bytes = read
        case .failure(.tooLarge(let size)):
            let message = YAMLMessage.tooLarge(size: size, limit: reader.maximumSize)
            throw DiagnosticList([Diagnostic(message, in: reader.language, at: start)])
        case .failure(.unreadable(let reason)):
            let message = YAMLMessage.cannotRead(path: path, reason: reason)
            throw DiagnosticList([Diagnostic(message, in: reader.language, at: start)])
        }
        do {
            // Decoded once: the same text is parsed and kept to show the lines diagnostics point at.
            let text = try reader.decode(bytes, file: path)
            texts.register(text, for: path)
            return (try reader.read(text: text, file: path), text)
        } catch {
            throw DiagnosticList([error])
        }
    }

    package static func join(_ directory: String, _ name: String) -> String {
        if name.hasPrefix("/") { return name }
        if directory.isEmpty || directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
