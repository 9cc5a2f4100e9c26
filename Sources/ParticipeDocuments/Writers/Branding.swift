import Foundation
import ParticipeCore

/// The body's own look, given once in a small file (`generate --branding charte.yaml`): its name, its logo and its
/// colour, which the cover of every document, the HTML pages and the footers take.
///
/// ```yaml
/// name: Ville de Kerbrivan-sur-Mer
/// logo: logo-kerbrivan.png   # PNG or JPEG, relative to this file
/// color: "#005A9C"           # titles and headings; at least 4.5:1 against white
/// ```
public struct Branding: Sendable, Equatable {
    /// The body's name as it signs its documents, in place of the answers' one.
    public var name: String?
    public var logo: Logo?
    /// `RRGGBB`, upper case, without `#`.
    public var color: String?

    public init(name: String? = nil, logo: Logo? = nil, color: String? = nil) {
        self.name = name
        self.logo = logo
        self.color = color
    }

    /// An image and its size in pixels, for its proportions.
    public struct Logo: Sendable, Equatable {
        public var data: Data
        /// `png` or `jpeg`: the file extension and the MIME subtype.
        public var format: String
        public var width: Int
        public var height: Int

        /// The logo read from PNG or JPEG bytes; nil for any other format.
        public init?(data: Data) {
            let bytes = [UInt8](data.prefix(1 << 16))
            if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), bytes.count >= 24 {
                func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
                (format, width, height) = ("png", word(16), word(20))
            } else if bytes.starts(with: [0xFF, 0xD8]), let size = Self.jpegSize(bytes) {
                (format, width, height) = ("jpeg", size.width, size.height)
            } else {
                return nil
            }
            guard width > 0, height > 0 else { return nil }
            self.data = data
        }

        /// The size in a JPEG's start-of-frame segment.
        private static func jpegSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
            var index = 2
            while index + 9 < bytes.count, bytes[index] == 0xFF {
                let marker = bytes[index + 1]
                let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
                    let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
                    return (width, height)
                }
                index += 2 + length
            }
            return nil
        }

        /// Its size on the cover: 2 cm high, at most 8 cm wide, in centimetres.
        public var coverSize: (width: Double, height: Double) {
            let ratio = Double(width) / Double(height)
            return ratio * 2 <= 8 ? (ratio * 2, 2) : (8, 8 / ratio)
        }
    }

    /// The largest logo accepted.
    public static let maximumLogoSize = 5 << 20

    /// Reads a branding file; a problem is reported at its line and column, in `language`.
    public static func load(_ path: String, language: Language) throws(Diagnostic) -> Branding {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(FileMessage.brandingUnreadable(path: path), in: language, at: nil)
        }
        let node = try YAMLReader().read(bytes: [UInt8](bytes), file: path)
        func problem(_ problem: FileMessage.BrandingProblem, at location: SourceLocation) -> Diagnostic {
            Diagnostic(FileMessage.branding(problem), in: language, at: location)
        }
        guard let pairs = node.mapping else { throw problem(.notAMapping, at: node.location) }
        var branding = Branding()
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            guard let text = pair.value.scalar?.trimmingWhitespace, !text.isEmpty else {
                throw problem(.notText(key: key), at: pair.value.location)
            }
            switch key {
            case "name":
                branding.name = text
            case "color":
                let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
                guard hex.count == 6, hex.allSatisfy({ $0.isHexDigit }) else {
                    throw problem(.colorFormat(text), at: pair.value.location)
                }
                let ratio = contrastOnWhite(hex)
                guard ratio >= 4.5 else { throw problem(.colorContrast(text, ratio: ratio), at: pair.value.location) }
                branding.color = hex.uppercased()
            case "logo":
                let base = URL(fileURLWithPath: path).deletingLastPathComponent()
                let url = text.hasPrefix("/") ? URL(fileURLWithPath: text) : base.appendingPathComponent(text)
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
                guard let size, let data = FileManager.default.contents(atPath: url.path) else {
                    throw problem(.logoMissing(text), at: pair.value.location)
                }
                guard size <= maximumLogoSize else {
                    throw problem(.logoTooLarge(text, limit: maximumLogoSize), at: pair.value.location)
                }
                guard let logo = Logo(data: data) else { throw problem(.logoFormat(text), at: pair.value.location) }
                branding.logo = logo
            default:
                throw problem(.unknownKey(key), at: pair.key.location)
            }
        }
        return branding
    }

    /// The WCAG contrast ratio of the colour `RRGGBB` against white.
    static func contrastOnWhite(_ hex: String) -> Double {
        let value = Int(hex, radix: 16) ?? 0
        let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { channel -> Double in
            let unit = Double(channel) / 255
            return unit <= 0.039_28 ? unit / 12.92 : pow((unit + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return 1.05 / (luminance + 0.05)
    }
}
