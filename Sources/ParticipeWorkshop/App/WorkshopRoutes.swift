import Foundation
import Hummingbird
import ParticipeCore

/// The pages of the workshop and what they need in common: the visitor's language, their access, the
/// submitted form, a team's answers evaluated.
struct WorkshopRoutes: Sendable {
    let workshop: Workshop
    var store: any WorkshopStore { workshop.store }

    typealias Context = WorkshopRequestContext

    // MARK: Language

    /// The visitor's choice, else the workshop's language, else French.
    func language(_ request: Request, _ record: WorkshopRecord? = nil) -> Language {
        Cookies.chosenLanguage(of: request) ?? record?.language ?? .default
    }

    /// The link that shows the current page in the other language.
    func switchHref(_ request: Request, _ language: Language) -> String {
        let other: Language = language == .french ? .english : .french
        let path = request.uri.path
        return "/lang/\(other.code)?next=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
    }

    func layout(_ request: Request, _ language: Language, title: String, navigation: [PageLayout.Link] = [])
        -> PageLayout
    {
        PageLayout(language: language, title: title, navigation: navigation, switchHref: switchHref(request, language))
    }

    // MARK: Forms

    /// The posted form, bounded in size (the context's limit) and in fields.
    func form(_ request: Request, _ context: Context) async throws -> FormData {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: context.maxUploadSize)
        } catch {
            throw PageFailure.tooLarge
        }
        do {
            return try FormData(body: Array(buffer.readableBytesView), contentType: request.headers[.contentType])
        } catch {
            throw PageFailure.badForm
        }
    }

    // MARK: Access

    func organiser(_ request: Request) async throws -> Access? {
        guard let token = request.cookies[Cookies.organiser]?.value, SecretToken.isWellFormed(token),
            try await store.isOrganiserKey(digest: SecretToken.digest(token))
        else { return nil }
        return Access(role: .organiser, secret: token)
    }

    /// The trainer of `record`, or the organiser, who leads every workshop.
    func trainer(_ request: Request, _ record: WorkshopRecord) async throws -> Access {
        if let token = request.cookies[Cookies.trainer]?.value, SecretToken.isWellFormed(token),
            try await store.isTrainer(workshopID: record.id, digest: SecretToken.digest(token))
        {
            return Access(role: .trainer, secret: token)
        }
        if let organiser = try await organiser(request) { return organiser }
        throw PageFailure.forbidden
    }

    /// Why the answers of `record` cannot change now: the workshop is closed, or its stored answers wait for a
    /// migration to the installed version of the kit; nil when they can.
    func frozen(_ record: WorkshopRecord) -> PageFailure? {
        if record.isClosed { return .closed }
        if let kit = try? kit(of: record), StoredAnswersMigration.earlierVersion(of: record, kit: kit) != nil {
            return .awaitingMigration
        }
        return nil
    }

    /// A form the trainer (or the organiser) posts to the workshop of the request's path: the workshop, who posts
    /// and the form, its token checked; refused on a closed workshop unless `whenClosed`.
    func trainerForm(_ request: Request, _ context: Context, whenClosed: Bool = false) async throws -> (
        record: WorkshopRecord, access: Access, form: FormData
    ) {
        let record = try await workshopRecord(context)
        let access = try await trainer(request, record)
        let form = try await form(request, context)
        try access.check(form)
        guard whenClosed || !record.isClosed else { throw PageFailure.closed }
        return (record, access, form)
    }

    /// The member of a team of `record` that the request's session names.
    func member(_ request: Request, _ record: WorkshopRecord) async throws -> (Access, MemberRecord, TeamRecord) {
        guard let token = request.cookies[Cookies.member]?.value, SecretToken.isWellFormed(token),
            let member = try await store.member(sessionDigest: SecretToken.digest(token)),
            let team = try await store.teams(workshopID: record.id).first(where: { $0.id == member.teamID })
        else { throw PageFailure.forbidden }
        return (Access(role: .member(member), secret: token), member, team)
    }

    func workshopRecord(_ context: Context) async throws -> WorkshopRecord {
        guard let id = context.parameters.get("workshop"), SecretToken.isWellFormed(id),
            let record = try await store.workshop(id: id)
        else { throw PageFailure.notFound }
        return record
    }

    func kit(of record: WorkshopRecord) throws -> Kit {
        guard let kit = workshop.kit(record.kitID) else { throw PageFailure.notFound }
        return kit
    }

    /// The client's address, for the limit on link attempts.
    func address(_ context: Context) -> String {
        context.remoteAddress?.ipAddress ?? "local"
    }

    /// Opening a link: refused while the address has failed too often, and a failure counted.
    func checkAttempts(_ context: Context) async throws {
        if await workshop.limiter.isBlocked(address(context)) { throw PageFailure.tooManyAttempts }
    }

    func failedAttempt(_ context: Context) async -> PageFailure {
        await workshop.limiter.recordFailure(address(context))
        return .notFound
    }

    // MARK: Teams

    func snapshot(_ team: TeamRecord, of record: WorkshopRecord, language: Language) async throws -> TeamSnapshot {
        let kit = try kit(of: record)
        return TeamSnapshot(
            kit: kit, workshop: record, team: team, language: language, today: workshop.today(),
            answers: try await store.answers(teamID: team.id), proposals: try await store.proposals(teamID: team.id))
    }

    func team(_ context: Context, of record: WorkshopRecord) async throws -> TeamRecord {
        guard let id = context.parameters.get("team"),
            let team = try await store.teams(workshopID: record.id).first(where: { $0.id == id })
        else { throw PageFailure.notFound }
        return team
    }
}
