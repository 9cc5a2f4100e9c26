import Foundation
import Hummingbird
import ParticipeCore
import ParticipeDocuments

extension WorkshopRoutes {
    func addDocuments(to router: Router<Context>) {
        router.get("/w/:workshop/team/documents") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (_, _, team) = try await member(request, record)
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            return Responses.html(try documentsPage(request, snapshot))
        }
        router.get("/w/:workshop/team/documents/:file") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (_, _, team) = try await member(request, record)
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            return try documentFile(snapshot, name: context.parameters.get("file") ?? "")
        }
        router.get("/w/:workshop/team/documents.zip") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (_, _, team) = try await member(request, record)
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            return try documentsZip(snapshot)
        }
        router.get("/w/:workshop/team/answers.yaml") { request, context -> Response in
            let record = try await workshopRecord(context)
            let (_, _, team) = try await member(request, record)
            let snapshot = try await snapshot(team, of: record, language: language(request, record))
            let file = TeamDocuments.answers(snapshot)
            return Responses.file(file.data, name: file.name, type: Responses.mediaType(ofExtension: "yaml"))
        }
        router.get("/w/:workshop/trainer/teams/:team/documents.zip") { request, context -> Response in
            let record = try await workshopRecord(context)
            _ = try await trainer(request, record)
            let team = try await team(context, of: record)
            return try documentsZip(try await snapshot(team, of: record, language: language(request, record)))
        }
        router.get("/w/:workshop/trainer/teams/:team/answers.yaml") { request, context -> Response in
            let record = try await workshopRecord(context)
            _ = try await trainer(request, record)
            let team = try await team(context, of: record)
            let file = TeamDocuments.answers(try await snapshot(team, of: record, language: language(request, record)))
            return Responses.file(file.data, name: file.name, type: Responses.mediaType(ofExtension: "yaml"))
        }
    }

    private func documentsZip(_ snapshot: TeamSnapshot) throws -> Response {
        let files = try TeamDocuments.files(snapshot) + [TeamDocuments.answers(snapshot)]
        return Responses.file(
            try TeamDocuments.zip(files), name: TeamDocuments.fileStem(snapshot.team.name) + "-documents.zip",
            type: "application/zip")
    }

    /// One file of the team's documents; HTML is shown in the page (its own stylesheet, no script), the other
    /// formats are downloaded.
    private func documentFile(_ snapshot: TeamSnapshot, name: String) throws -> Response {
        // Only the format asked for is written: a DOCX link does not make every ODT too.
        let ext = (name as NSString).pathExtension
        guard let format = DocumentFormat(rawValue: ext),
            let file = try TeamDocuments.files(snapshot, formats: [format]).first(where: { $0.name == name })
        else {
            throw PageFailure.notFound
        }
        var response = Responses.file(
            file.data, name: file.name, type: Responses.mediaType(ofExtension: ext), inline: ext == "html")
        if ext == "html" {
            response.headers[.contentSecurityPolicy] =
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'"
        }
        return response
    }

    private func documentsPage(_ request: Request, _ snapshot: TeamSnapshot) throws -> Markup {
        let language = snapshot.language
        let say = { (wording: WorkshopWording) in wording.text(in: language) }
        let base = "/w/\(snapshot.workshop.id)/team"
        // The list needs the documents' names and titles, not their bytes: only the Markdown (every text
        // document has one, and its other formats the same name), the CSV tables and the spreadsheets' XLSX (each
        // has its ODS and CSV of the same name) are made here.
        let listed = try TeamDocuments.files(snapshot, formats: [.md, .csv, .xlsx])
        let textFormats = DocumentFormat.standard.filter(\.isText)
        let spreadsheets = Set(
            listed.map(\.name).filter { $0.hasSuffix(".xlsx") }.map { ($0 as NSString).deletingPathExtension })
        let documents = listed.compactMap { file -> (stem: String, title: String?, names: [String])? in
            let stem = (file.name as NSString).deletingPathExtension
            switch (file.name as NSString).pathExtension {
            case DocumentFormat.md.rawValue:
                return (stem, file.title, textFormats.map { "\(stem).\($0.rawValue)" })
            case DocumentFormat.xlsx.rawValue:
                let tables = listed.map(\.name).filter { $0.hasPrefix(stem) && $0.hasSuffix(".csv") }
                return (stem, file.title, ["\(stem).xlsx", "\(stem).ods"] + tables)
            default:
                // A spreadsheet's CSV files are listed with it.
                let owner = spreadsheets.first { stem == $0 || stem.hasPrefix($0 + "-") }
                return owner == nil ? (stem, file.title, [file.name]) : nil
            }
        }
        let preview = request.uri.queryParameters.get("preview").map { String($0) }
        let rows = documents.map { document -> Markup in
            let formats = document.names.map { name -> Markup in
                let ext = (name as NSString).pathExtension
                return "<a href=\"\(base)/documents/\(name)\" download>\(ext.uppercased())</a>"
            }
            let hasHTML = document.names.contains(document.stem + ".html")
            let previewLink: Markup =
                hasHTML
                ? "<a href=\"\(base)/documents?preview=\(document.stem)#preview\">\(say(.previewLink))</a> · " : .empty
            return """
                <tr><th scope="row">\(document.title ?? document.stem)</th><td>\(previewLink)\(formats.interspersed())</td></tr>
                """
        }
        let blocking = snapshot.documentEvaluation.blockingCount
        let provisional: Markup = blocking > 0 ? "<p class=\"notice\">\(say(.provisional(blocking)))</p>" : .empty
        var frame: Markup = .empty
        if let preview,
            let document = documents.first(where: { $0.stem == preview && $0.names.contains(preview + ".html") })
        {
            let title = document.title ?? preview
            frame = """
                <h2 id="preview">\(say(.previewHeading(title)))</h2>
                <iframe class="preview" src="\(base)/documents/\(preview).html" title="\(say(.previewHeading(title)))"></iframe>
                """
        }
        return layout(
            request, language, title: say(.documentsNav),
            navigation: teamNavigation(base, language, current: "documents")
        ).page(
            """
            <h1>\(say(.documentsTitle(snapshot.team.name)))</h1>
            \(provisional)
            <table><caption>\(say(.documentsCaption))</caption><thead><tr><th scope="col">\(say(.documentColumn))</th>\
            <th scope="col">\(say(.formatsColumn))</th></tr></thead><tbody>\(rows)</tbody></table>
            <p class="actions"><a class="button" href="\(base)/documents.zip">\(say(.allDocumentsOfTeam))</a> \
            <a href="\(base)/answers.yaml">\(say(.answersFile))</a></p>
            \(frame)
            """)
    }
}

extension Array where Element == Markup {
    /// The parts separated by a middle dot.
    func interspersed() -> Markup {
        Markup(trusted: map(\.html).joined(separator: " · "))
    }
}
