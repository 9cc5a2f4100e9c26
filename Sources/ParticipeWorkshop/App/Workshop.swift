import Foundation
import Hummingbird
import Logging
import ParticipeCore

/// The workshop web app's services: the store, the kits it offers, the date documents carry, and, for
/// `participe serve answers.yaml`, the file the answers are written back to. It keeps no state of its own
/// between requests but the join attempts' counts, so several instances can share one database.
public struct Workshop: Sendable {
    public let store: any WorkshopStore
    public let kits: [Kit]
    let today: @Sendable () -> CalendarDate
    let limiter = JoinLimiter()
    /// The answers file of a single-person workshop, kept in step with its team.
    public let file: AnswersFileLink?

    public init(
        store: any WorkshopStore, kits: [Kit], today: @escaping @Sendable () -> CalendarDate,
        file: AnswersFileLink? = nil
    ) {
        self.store = store
        self.kits = kits
        self.today = today
        self.file = file
    }

    func kit(_ id: String) -> Kit? { kits.first { $0.id == id } }

    /// Records the installed version of its kit for each workshop created before versions were kept: a later
    /// version of the kit is then told apart from the one their answers were given for.
    public func adoptInstalledKitVersions() async throws {
        for record in try await store.workshops() where record.kitVersion == nil {
            guard let kit = kit(record.kitID) else { continue }
            try await store.setKitVersion(kit.version, workshopID: record.id)
        }
    }
}

/// The router with every page of the workshop, for `buildApplication` and for tests in memory.
public func buildRouter(_ workshop: Workshop) -> Router<WorkshopRequestContext> {
    let router = Router(context: WorkshopRequestContext.self)
    // The headers go on every response, error pages included.
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorPageMiddleware(store: workshop.store))
    let routes = WorkshopRoutes(workshop: workshop)
    routes.addAssets(to: router)
    routes.addHome(to: router)
    routes.addTrainer(to: router)
    routes.addTeam(to: router)
    routes.addDocuments(to: router)
    return router
}

/// The workshop's HTTP server on `host:port`; `onServerRunning` is told once it listens.
public func buildApplication(
    _ workshop: Workshop, host: String, port: Int,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(workshop),
        configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "Participe"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: {
            var logger = Logger(label: "participe.workshop")
            logger.logLevel = .warning
            return logger
        }()
    )
}
