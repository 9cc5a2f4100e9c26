import Hummingbird
import ParticipeCore

/// The cookies of the workshop. Sessions are HttpOnly and SameSite=Strict, scoped to the workshop's path, so
/// one browser can be a trainer in one workshop and a member of a team in another.
enum Cookies {
    static let organiser = "participe_organiser"
    static let trainer = "participe_trainer"
    static let member = "participe_member"
    static let language = "participe_lang"

    /// A session that lasts the workshop's week, then asks for the link again.
    static let lifetime = 7 * 24 * 3600

    static func session(_ name: String, value: String, path: String) -> Cookie {
        Cookie(name: name, value: value, maxAge: lifetime, path: path, httpOnly: true, sameSite: .strict)
    }

    /// The language the visitor chose with the switch, if any.
    static func chosenLanguage(of request: Request) -> Language? {
        request.cookies[Cookies.language].flatMap { Language(code: $0.value) }
    }

    static func language(_ language: Language) -> Cookie {
        Cookie(
            name: Cookies.language, value: language.code, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true,
            sameSite: .lax)
    }
}

/// Who a request speaks for, found from its cookies, and the form token its forms must carry.
struct Access: Sendable {
    enum Role: Sendable {
        /// Whoever opened the link `participe serve` printed: creates workshops, and leads all of them.
        case organiser
        /// Whoever opened a workshop's trainer link.
        case trainer
        case member(MemberRecord)
    }

    var role: Role
    /// The session's secret: the form token derives from it.
    var secret: String

    var formToken: String { SecretToken.formToken(for: secret) }

    var member: MemberRecord? {
        if case .member(let member) = role { return member }
        return nil
    }

    /// Checks a posted form's token; a missing or forged one is refused.
    func check(_ form: FormData) throws(PageFailure) {
        guard let given = form["csrf"], SecretToken.matches(given, formToken) else { throw .badForm }
    }

    var hiddenToken: Markup { "<input type=\"hidden\" name=\"csrf\" value=\"\(formToken)\">" }
}
