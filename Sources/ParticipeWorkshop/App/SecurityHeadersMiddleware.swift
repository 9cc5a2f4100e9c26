import HTTPTypes
import Hummingbird

/// Adds the headers every response carries: a strict Content-Security-Policy (the page's own stylesheet and
/// script only, no framing, forms posted to the same origin), no MIME sniffing, no referrer (join links are
/// secrets in the path), and no caching of pages that show answers.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; "
            + "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        // A generated document's own policy (its inline stylesheet, never a script) is kept.
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.policy }
        response.headers[.xContentTypeOptions] = "nosniff"
        if let name = HTTPField.Name("Referrer-Policy") { response.headers[name] = "no-referrer" }
        if let name = HTTPField.Name("X-Frame-Options") { response.headers[name] = "SAMEORIGIN" }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
