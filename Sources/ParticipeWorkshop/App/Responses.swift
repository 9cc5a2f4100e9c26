import Foundation
import Hummingbird

/// The responses pages give: HTML, a redirect after a form, a file to download.
enum Responses {
    static func html(_ page: Markup, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page.html)))
    }

    /// 303 after a form: the browser then asks the page with GET, so a reload does not post again.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func json(_ object: [String: any Sendable]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A file to save (`inline` false) or to show in the browser.
    static func file(_ data: Data, name: String, type: String, inline: Bool = false) -> Response {
        // The name is ASCII-only in `filename` and complete in `filename*`, as RFC 6266 asks.
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded =
            name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: ".-_")))
            ?? ascii
        let disposition = "\(inline ? "inline" : "attachment"); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: disposition],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func mediaType(ofExtension ext: String) -> String {
        switch ext {
        case "md": "text/markdown; charset=utf-8"
        case "html": "text/html; charset=utf-8"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": "application/vnd.oasis.opendocument.text"
        case "csv": "text/csv; charset=utf-8"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "ods": "application/vnd.oasis.opendocument.spreadsheet"
        case "yaml": "application/yaml; charset=utf-8"
        case "zip": "application/zip"
        default: "application/octet-stream"
        }
    }
}
