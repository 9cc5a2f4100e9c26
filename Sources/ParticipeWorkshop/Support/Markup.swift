/// A piece of HTML. Text interpolated into it is escaped; only other `Markup` goes in as it is.
///
/// Every page is built from `Markup`, so an answer, a team name or a kit's label reaches a page escaped
/// whatever path it takes: there is no way to put a `String` into a page unescaped but `Markup(trusted:)`,
/// which the code calls only on its own constant HTML.
public struct Markup: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var html: String

    public init(trusted html: String) { self.html = html }

    public init(stringLiteral literal: String) { self.html = literal }

    public init(stringInterpolation: Interpolation) { self.html = stringInterpolation.html }

    public var description: String { html }

    public static let empty = Markup(trusted: "")

    public static func + (lhs: Markup, rhs: Markup) -> Markup { Markup(trusted: lhs.html + rhs.html) }

    public static func += (lhs: inout Markup, rhs: Markup) { lhs.html += rhs.html }

    /// Text escaped for an element's content or a quoted attribute's value.
    public static func escaping(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            // Control characters other than tab and newlines cannot appear in HTML: shown as a replacement.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    public struct Interpolation: StringInterpolationProtocol {
        var html = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            html.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { html += literal }

        public mutating func appendInterpolation(_ text: String) { html += Markup.escaping(text) }

        public mutating func appendInterpolation(_ markup: Markup) { html += markup.html }

        public mutating func appendInterpolation(_ number: Int) { html += String(number) }

        public mutating func appendInterpolation(_ parts: [Markup]) {
            for part in parts { html += part.html }
        }

        public mutating func appendInterpolation(_ markup: Markup?) { html += markup?.html ?? "" }
    }
}

extension Array where Element == Markup {
    /// The parts one after the other.
    var joined: Markup { Markup(trusted: map(\.html).joined()) }
}
