import Foundation
import ParticipeCore

/// Renders every document of a kit for one evaluation.
public struct DocumentGenerator {
    public struct RenderedDocument: Sendable {
        var spec: DocumentSpec
        /// The lot the document is made for, when it is made per lot.
        var lot: Lot?
        public var title: String
        /// The file name without extension.
        public var filename: String
        public var markdown: String
    }

    public let evaluation: Evaluation

    public init(evaluation: Evaluation) {
        self.evaluation = evaluation
    }

    /// Every document rendered to Markdown; all template problems are reported together.
    public func render(texts: inout SourceTexts) throws(DiagnosticList) -> [RenderedDocument] {
        let kit = evaluation.kit
        // The whole purchase, then each lot in force: a document made per lot reads its lot's items and offers.
        // An evaluation already restricted to a lot is the only context.
        let lots = evaluation.lot == nil ? evaluation.parts(perLot: true).filter { $0.lot != nil } : []
        let contexts = ([evaluation] + lots).map { part in
            let context = TemplateContext(evaluation: part, lotEvaluations: lots)
            return (lot: part.lot, context: context, shared: context.sharedValues())
        }
        var documents: [RenderedDocument] = []
        var problems: [Diagnostic] = []
        let language = evaluation.language
        let banner = Self.banner(blocking: evaluation.blockingCount, language: language)
        for spec in evaluation.documents {
            guard
                let (path, text) = Self.templateText(
                    of: spec, kit: kit, in: language, messages: language, problems: &problems)
            else {
                continue
            }
            texts.register(text, for: path)
            do {
                let template = try DocumentTemplate(text: text, file: path, language: language)
                // The whole purchase's context first, then each lot's.
                let made = spec.perLot && !lots.isEmpty ? contexts.dropFirst() : contexts.prefix(1)
                for (lot, context, shared) in made {
                    let markdown = try template.render(context.values(for: spec, shared: shared))
                    documents.append(
                        RenderedDocument(
                            spec: spec, lot: lot, title: context.title(of: spec, lot: lot),
                            filename: context.filename(of: spec), markdown: Self.tidy(banner + markdown)))
                }
            } catch let error as Diagnostic {
                problems.append(error)
            } catch let error as DiagnosticList {
                problems += error.diagnostics
            } catch {
                problems.append(Diagnostic(TemplateMessage.mustache("\(error)"), in: language, at: spec.location))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return documents
    }

    /// The path and text of `spec`'s template in `documentLanguage`, or nil with the reason added to `problems`
    /// in the language of `messages`.
    static func templateText(
        of spec: DocumentSpec, kit: Kit, in documentLanguage: Language, messages language: Language,
        problems: inout [Diagnostic]
    ) -> (path: String, text: String)? {
        guard let relative = spec.template(for: documentLanguage, fallbacks: kit.fallbacks) else {
            let message = TemplateMessage.noTemplate(document: spec.id, language: documentLanguage.code)
            problems.append(Diagnostic(message, in: language, at: spec.location))
            return nil
        }
        // The kit's loader refused templates outside the kit folder; a kit built otherwise is checked here.
        let path: String
        switch FolderBoundary.resolve(relative, in: kit.directory) {
        case .success(let contained): path = contained
        case .failure(let refusal):
            let message = KitPaths.leavesKit(relative, .template, refusal, language: language)
            problems.append(Diagnostic(message, in: language, at: spec.location))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(validating: [UInt8](data), as: UTF8.self)
        else {
            problems.append(Diagnostic(TemplateMessage.notUTF8(path: path), in: language, at: spec.location))
            return nil
        }
        return (path, text)
    }

    /// The block quote every document opens with while blocking points remain, so that a provisional
    /// document cannot pass for a finished one in any format; empty when there are none.
    static func banner(blocking: Int, language: Language) -> String {
        guard blocking > 0 else { return "" }
        return "> " + DocumentWording.provisional(blocking: blocking).text(in: language) + "\n\n"
    }

    /// Folds runs of blank lines that conditional sections leave behind, and ends the file with one newline.
    static func tidy(_ markdown: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            blank = isBlank ? blank + 1 : 0
            if blank <= 1 { lines.append(isBlank ? "" : line) }
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
