import Crypto
import Foundation

/// The random secrets of links and sessions, and what the store keeps of them: their SHA-256 digest.
///
/// A token is 32 random bytes from the system's secure generator, written in base64url (43 characters),
/// so it can go in a path or a cookie as it is. The store holds only digests: a copy of the database does
/// not open any workshop.
public enum SecretToken {
    /// A new token.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return base64URL(Data(bytes))
    }

    /// A short random id for records (workshops, teams, members): 12 base64url characters.
    public static func identifier() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<9).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return base64URL(Data(bytes))
    }

    /// What the store keeps of `token`.
    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The form token of a session: derived from its secret, so a page from another site cannot know it,
    /// and checked without storing anything more.
    public static func formToken(for session: String) -> String {
        let key = SymmetricKey(data: Data(session.utf8))
        return base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data("participe-form".utf8), using: key)))
    }

    /// Compares two secrets in a time that does not depend on where they differ.
    public static func matches(_ given: String, _ expected: String) -> Bool {
        let left = Array(given.utf8)
        let right = Array(expected.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Whether `text` has the shape of a token or an id: base64url characters only, of a sensible length.
    public static func isWellFormed(_ text: some StringProtocol) -> Bool {
        (8...64).contains(text.utf8.count)
            && text.utf8.allSatisfy { byte in
                (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 45
                    || byte == 95
            }
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacing("+", with: "-").replacing("/", with: "_").replacing("=", with: "")
    }
}
