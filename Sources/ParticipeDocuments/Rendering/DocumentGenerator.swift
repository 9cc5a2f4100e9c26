import Foundation
import ParticipeCore

/// Renders every document of a kit for one evaluation.
public struct DocumentGenerator {
    public struct RenderedDocument: Sendable {
        var spec: DocumentSpec
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
        let context = TemplateContext(evaluation: evaluation)
        let shared = context.sharedValues()
        var documents: [RenderedDocument] = []
        var problems: [Diagnostic] = []
        let language = evaluation.language
        let banner = Self.banner(blocking: evaluation.blockingCount, language: language)
        for spec in kit.documents {
            guard let relative = spec.template(for: evaluation.language, fallbacks: kit.fallbacks) else {
                let message = TemplateMessage.noTemplate(document: spec.id, language: language.code)
                problems.append(Diagnostic(message, in: language, at: spec.location))
                continue
            }
            // The kit's loader refused templates outside the kit folder; a kit built otherwise is checked here.
            let path: String
            switch FolderBoundary.resolve(relative, in: kit.directory) {
            case .success(let contained): path = contained
            case .failure(let refusal):
                problems.append(
                    Diagnostic(
                        KitPaths.leavesKit(relative, .template, refusal, language: language), in: language,
                        at: spec.location))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(validating: [UInt8](data), as: UTF8.self)
            else {
                problems.append(Diagnostic(TemplateMessage.notUTF8(path: path), in: language, at: spec.location))
                continue
            }
            texts.register(text, for: path)
            do {
                let template = try DocumentTemplate(text: text, file: path, language: language)
                let markdown = try template.render(context.values(for: spec, shared: shared))
                documents.append(
                    RenderedDocument(
                        spec: spec, title: spec.title.resolve(evaluation.language, fallbacks: kit.fallbacks),
                        filename: context.filename(of: spec), markdown: Self.tidy(banner + markdown)))
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
