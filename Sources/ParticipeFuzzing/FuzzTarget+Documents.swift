import Foundation
import ParticipeCore
import ParticipeDocuments

extension FuzzTarget {
    static func writeMarkdown(_ bytes: [UInt8]) {
        guard let markdown = text(bytes) else { return }
        let document = MarkdownReader().read(markdown)
        let metadata = DocumentMetadata(title: "Fuzz", author: "Participe", date: "2026-03-01", language: "fr")
        keep(HTMLWriter().write(document, metadata: metadata))
        keep(try? DOCXWriter().write(document, metadata: metadata))
        keep(try? ODTWriter().write(document, metadata: metadata))
    }

    static func renderTemplate(_ bytes: [UInt8]) {
        guard let source = text(bytes) else { return }
        guard let template = try? DocumentTemplate(text: source, file: "fuzz.md.mustache") else { return }
        keep(try? template.render(FuzzFixtures.shared.templateValues))
    }

    static func generate(_ bytes: [UInt8]) {
        guard let sheet = decodeAnswers(bytes) else { return }
        let evaluation = Evaluation(kit: FuzzFixtures.shared.kit, sheet: sheet, today: FuzzFixtures.today)
        var texts = SourceTexts()
        guard let documents = try? DocumentGenerator(evaluation: evaluation).render(texts: &texts),
            let exporter = try? DocumentExporter(formats: DocumentFormat.standard),
            let output = FuzzWorkspace.shared.fresh("out")
        else {
            return
        }
        keep(try? exporter.export(documents, evaluation: evaluation, to: output))
    }
}
