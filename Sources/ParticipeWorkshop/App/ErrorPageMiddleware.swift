import Hummingbird
import ParticipeCore

/// Turns every failure of a handler into a page in the visitor's language, with the right status: a server
/// never answers a request with a stack trace, nor stops on one.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let store: any WorkshopStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let failure as PageFailure {
            return failure.response(language: await language(of: request))
        } catch let error as HTTPError {
            let failure: PageFailure =
                switch error.status {
                case .notFound: .notFound
                case .contentTooLarge: .tooLarge
                case .badRequest: .badForm
                default: .serverError
                }
            return failure.response(language: await language(of: request))
        } catch {
            context.logger.error("request failed: \(String(describing: error))")
            return PageFailure.serverError.response(language: await language(of: request))
        }
    }

    /// The visitor's choice, else the language of the workshop the path names, else French.
    func language(of request: Request) async -> Language {
        if let chosen = Cookies.chosenLanguage(of: request) { return chosen }
        let parts = request.uri.path.split(separator: "/")
        if parts.count >= 2, parts[0] == "w", SecretToken.isWellFormed(parts[1]),
            let record = try? await store.workshop(id: String(parts[1]))
        {
            return record.language
        }
        return .default
    }
}

/// What a page can fail with, as the visitor sees it.
enum PageFailure: Error {
    case notFound
    case forbidden
    case badForm
    case tooLarge
    case tooManyAttempts
    case closed
    /// The kit has a new version and the stored answers wait for the trainer to bring them forward.
    case awaitingMigration
    case serverError

    var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .badForm: .badRequest
        case .tooLarge: .contentTooLarge
        case .tooManyAttempts: .tooManyRequests
        case .closed, .awaitingMigration: .conflict
        case .serverError: .internalServerError
        }
    }

    var wording: WorkshopWording {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .badForm: .badForm
        case .tooLarge: .tooLarge
        case .tooManyAttempts: .tooManyAttempts
        case .closed: .workshopClosedRefusal
        case .awaitingMigration: .awaitingMigrationRefusal
        case .serverError: .serverError
        }
    }

    func response(language: Language) -> Response {
        let layout = PageLayout(language: language, title: WorkshopWording.errorTitle.text(in: language))
        let page = layout.page(
            """
            <h1>\(WorkshopWording.errorTitle.text(in: language))</h1>
            <p>\(wording.text(in: language))</p>
            <p><a href="/">\(WorkshopWording.backHome.text(in: language))</a></p>
            """)
        return Responses.html(page, status: status)
    }
}
